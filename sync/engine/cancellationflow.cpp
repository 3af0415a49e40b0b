#include "sync/engine/cancellationflow.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace backroom {

void CancellationFlow::process(const OutboxItem &item)
{
    if (!m_ctx.settings.cancellation) {
        succeed(item, nullptr, QStringLiteral("cancellation flow turned off"));
        return;
    }
    if (item.erpRef.isEmpty()) {
        succeed(item, Stage::Cancelled, QStringLiteral("never reached the ERP"));
        return;
    }
    m_ctx.erp->cancelSalesOrder(item.erpRef, [this, item](const Status &s) {
        if (s) {
            succeed(item, Stage::Cancelled, QStringLiteral("cancelled %1").arg(item.erpRef));
            return;
        }
        SyncError e = s.error();
        if (e.category == ErrorCategory::Conflict) {
            // "cancelled", or a status the mappings' status table cancels.
            const QString status = QJsonDocument::fromJson(m_ctx.journal->latestRevision(item.orderKey))
                                       .object().value(QLatin1String("status")).toString();
            const QString how = status.isEmpty() || status == QLatin1String("cancelled")
                ? QStringLiteral("was cancelled in the store")
                : QStringLiteral("was set to \"%1\" in the store, which the status map cancels").arg(status);
            e.message = QStringLiteral("WooCommerce order #%1 %2, but the ERP refuses to cancel %3: %4")
                            .arg(item.number, how, item.erpRef, e.message);
        }
        fail(item, e, QStringLiteral("erp"), m_ctx.erp->connectionName());
    });
}

} // namespace backroom
