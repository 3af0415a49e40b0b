#include "sync/engine/cancellationflow.h"

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
        if (e.category == ErrorCategory::Conflict)
            e.message = QStringLiteral("WooCommerce order #%1 was cancelled in the store, but the ERP refuses to cancel %2: %3")
                            .arg(item.number, item.erpRef, e.message);
        fail(item, e, QStringLiteral("erp"), m_ctx.erp->connectionName());
    });
}

} // namespace backroom
