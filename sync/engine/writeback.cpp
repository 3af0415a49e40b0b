#include "sync/engine/writeback.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/writebatch.h"
#include "sync/journal/journal.h"
#include "sync/woo/wooorderparser.h"

#include <QHash>
#include <QJsonArray>

namespace backroom {

WriteBack::WriteBack(StoreConfig store, StoreClient *client, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor,
                     Clock *clock, DeliveryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_client(client)
    , m_journal(journal)
    , m_batch(batch)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_policy(std::move(policy))
{
}

void WriteBack::pump()
{
    // Two batches in flight at most: the per-host limit is shared with notes and polling.
    if (m_inFlight > 1 || m_monitor->isPaused(m_client->connectionName()))
        return;
    if (!m_batch->open())
        return;
    const QList<OutboxItem> items =
        m_journal->claimDue(QString::fromLatin1(OutboxKind::WooWriteBack), m_clock->nowMs(), 100, m_store.id);
    if (items.isEmpty())
        return;
    if (!m_batch->flush())
        return;
    QList<OrderUpdate> updates;
    for (const OutboxItem &it : items) {
        QJsonObject fields{{QStringLiteral("meta_data"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QLatin1String(kErpRefMetaKey)},
                                                   {QStringLiteral("value"), it.erpRef}}}}};
        if (!m_store.completeStatus.isEmpty())
            fields.insert(QStringLiteral("status"), m_store.completeStatus);
        updates << OrderUpdate{it.wooId, fields};
    }
    m_inFlight += int(items.size());
    m_client->updateOrders(updates, [this, items](const Result<QList<BatchItemResult>> &r) { onBatch(items, r); });
}

void WriteBack::onBatch(const QList<OutboxItem> &items, const Result<QList<BatchItemResult>> &result)
{
    if (!result) {
        for (const OutboxItem &it : items)
            fail(it, result.error());
        return;
    }
    m_monitor->success(m_client->connectionName());
    QHash<qint64, SyncError> errors;
    for (const BatchItemResult &r : result.value()) {
        if (r.error)
            errors.insert(r.id, *r.error);
    }
    for (const BatchItemResult &r : result.value()) {
        const QString modified = r.order.value(QLatin1String("date_modified_gmt")).toString();
        if (!r.error && !modified.isEmpty() && m_batch->open())
            (void)m_journal->noteModified(m_store.id, r.id, canonicalWooOrder(r.order).hash, modified);
    }
    for (const OutboxItem &it : items) {
        if (errors.contains(it.wooId))
            fail(it, errors.value(it.wooId));
        else
            addNote(it);
    }
}

void WriteBack::addNote(const OutboxItem &item)
{
    const QString note = QStringLiteral("Backroom: sent to the ERP as %1.").arg(item.erpRef);
    if (item.attempts > 1) {
        // An earlier attempt may have added the note before its outcome was recorded.
        m_client->listOrderNotes(item.wooId, [this, item, note](const Result<QStringList> &r) {
            if (!r) {
                fail(item, r.error());
                return;
            }
            if (r.value().contains(note))
                finishNote(item);
            else
                postNote(item, note);
        });
        return;
    }
    postNote(item, note);
}

void WriteBack::finishNote(const OutboxItem &item)
{
    if (m_batch->open())
        (void)m_journal->completeWriteBack(item, m_clock->nowMs());
    --m_inFlight;
    Q_EMIT progressed();
}

void WriteBack::postNote(const OutboxItem &item, const QString &note)
{
    m_client->addOrderNote(item.wooId, note, false, [this, item](const Result<qint64> &r) {
        if (!r) {
            fail(item, r.error());
            return;
        }
        finishNote(item);
    });
}

void WriteBack::fail(const OutboxItem &item, const SyncError &error)
{
    if (m_batch->open())
        (void)m_policy.onFailure(*m_journal, *m_monitor, m_client->connectionName(), item, error, QStringLiteral("woocommerce"),
                                 m_clock->nowMs());
    --m_inFlight;
    Q_EMIT progressed();
}

} // namespace backroom
