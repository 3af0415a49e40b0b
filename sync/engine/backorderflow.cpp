#include "sync/engine/backorderflow.h"

#include "sync/engine/writebatch.h"

namespace backroom {

QString BackorderFlow::noteFor(const SalesOrderState &state)
{
    QStringList parts;
    for (const SalesOrderState::Line &l : state.lines) {
        if (l.shortfall > 0)
            parts << QStringLiteral("%1 × %2").arg(l.shortfall).arg(l.itemCode);
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Backorder: the ERP cannot cover %1 of sales order %2 from stock now.")
        .arg(parts.join(QLatin1String(", ")), state.name);
}

void BackorderFlow::process(const OutboxItem &item)
{
    if (!m_ctx.settings.backorders || item.erpRef.isEmpty()) {
        succeed(item, nullptr, QStringLiteral("not checked"));
        return;
    }
    m_ctx.erp->salesOrderState(item.erpRef, [this, item](const Result<SalesOrderState> &state) {
        if (!state) {
            if (state.error().code == QLatin1String("unsupported"))
                return succeed(item, nullptr, QStringLiteral("the ERP cannot tell"));
            failQuietly(item, state.error(), m_ctx.erp->connectionName());
            return;
        }
        const QString note = noteFor(state.value());
        if (note.isEmpty()) {
            succeed(item, nullptr, QStringLiteral("no shortfall"));
            return;
        }
        StoreClient *client = store(item);
        auto post = [this, item, client, note] {
            client->addOrderNote(item.wooId, note, false, [this, item, client, note](const Result<qint64> &r) {
                if (!r) {
                    failQuietly(item, r.error(), client->connectionName());
                    return;
                }
                raise(item, note);
            });
        };
        if (item.attempts <= 1)
            return post();
        client->listOrderNotes(item.wooId, [this, item, client, note, post](const Result<QStringList> &r) {
            if (!r) {
                failQuietly(item, r.error(), client->connectionName());
                return;
            }
            if (r.value().contains(note))
                raise(item, note);
            else
                post();
        });
    });
}

void BackorderFlow::raise(const OutboxItem &item, const QString &note)
{
    if (m_ctx.batch->open()) {
        SyncError e;
        e.category = ErrorCategory::Business;
        e.code = QStringLiteral("backorder");
        e.message = QStringLiteral("Order #%1: %2").arg(item.number, note);
        e.hint = QStringLiteral("Tell the customer when the missing items arrive (the helpdesk ticket for this exception "
                                "does), then resolve the exception.");
        e.groupKey = item.erpRef;
        const qint64 now = m_ctx.clock->nowMs();
        (void)m_ctx.journal->raiseOrderException(item.orderKey, kExceptionKind, e, QStringLiteral("erp"), now);
        (void)m_ctx.journal->markBackorderNoted(item.orderKey, now);
    }
    succeed(item, nullptr, note);
}

} // namespace backroom
