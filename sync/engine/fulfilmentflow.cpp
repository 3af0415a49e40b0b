#include "sync/engine/fulfilmentflow.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/writebatch.h"
#include "sync/mapping/statusmap.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFulfilment, "backroom.sync.fulfilment")

namespace backroom {

namespace {
const QString kCursorScope = QStringLiteral("erp");
const QString kCursorName = QStringLiteral("deliveries.modified");

QString describeLines(const QString &linesJson)
{
    QStringList parts;
    for (const QJsonValue &v : QJsonDocument::fromJson(linesJson.toUtf8()).array()) {
        const QJsonObject l = v.toObject();
        parts << QStringLiteral("%1 × %2").arg(l.value(QLatin1String("qty")).toDouble()).arg(l.value(QLatin1String("item")).toString());
    }
    return parts.join(QLatin1String(", "));
}
} // namespace

FulfilmentFlow::FulfilmentFlow(OrderFlowContext context, QObject *parent)
    : OrderFlow(std::move(context), OutboxKind::WooFulfilment, 4, parent)
{
    m_timer.setInterval(std::chrono::seconds(m_ctx.erpPollIntervalS));
    connect(&m_timer, &QTimer::timeout, this, &FulfilmentFlow::poll);
}

QString FulfilmentFlow::noteFor(const Journal::DeliveryRecord &d, bool complete)
{
    QString tracking;
    if (!d.tracking.isEmpty() && !d.carrier.isEmpty())
        tracking = QStringLiteral(" Carrier: %1, tracking number: %2.").arg(d.carrier, d.tracking);
    else if (!d.tracking.isEmpty())
        tracking = QStringLiteral(" Tracking number: %1.").arg(d.tracking);
    else if (!d.carrier.isEmpty())
        tracking = QStringLiteral(" Carrier: %1.").arg(d.carrier);
    if (complete)
        return QStringLiteral("Your order has shipped.%1 (%2)").arg(tracking, d.delivery);
    return QStringLiteral("Part of your order has shipped: %1.%2 The rest follows. (%3)")
        .arg(describeLines(d.lines), tracking, d.delivery);
}

void FulfilmentFlow::start()
{
    if (!m_ctx.settings.fulfilment) {
        m_polledOnce = true;
        return;
    }
    m_timer.start();
    poll();
}

void FulfilmentFlow::poll()
{
    if (m_polling || m_ctx.monitor->isPaused(m_ctx.erp->connectionName())) {
        m_polledOnce = true;
        return;
    }
    m_polling = true;
    const QString cursor = m_ctx.journal->cursor(kCursorScope, kCursorName);
    m_ctx.erp->deliveriesSince(cursor, [this, cursor](const Result<DeliveryPage> &page) {
        const QString connection = m_ctx.erp->connectionName();
        if (!page) {
            qCWarning(lcFulfilment) << "polling deliveries failed:" << page.error().summary();
            if (page.error().code != QLatin1String("unsupported"))
                m_ctx.monitor->failure(connection, page.error());
            m_polling = false;
            m_polledOnce = true;
            Q_EMIT progressed();
            return;
        }
        m_ctx.monitor->success(connection);
        int recorded = 0;
        if (m_ctx.batch->open()) {
            const qint64 now = m_ctx.clock->nowMs();
            for (const Delivery &d : page.value().deliveries) {
                const std::optional<qint64> order = m_ctx.journal->orderKeyForErpRef(d.salesOrder);
                if (!order)
                    continue; // a sales order Backroom did not create
                QJsonArray lines;
                for (const DeliveryLine &l : d.lines)
                    lines.append(QJsonObject{{QStringLiteral("item"), l.itemCode}, {QStringLiteral("qty"), l.quantity}});
                const Result<bool> r = m_ctx.journal->recordDelivery(
                    *order, d.name, d.salesOrder, d.trackingNumber, d.carrier,
                    QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)), now);
                recorded += r.ok() && r.value() ? 1 : 0;
            }
            const QString next = page.value().nextCursor;
            if (next != cursor)
                (void)m_ctx.journal->setCursor(kCursorScope, kCursorName, next, now);
            (void)m_ctx.batch->flush();
            qCDebug(lcFulfilment) << "deliveries after" << cursor << ":" << page.value().deliveries.size() << "recorded" << recorded;
            m_polling = false;
            if (next != cursor) {
                poll(); // more may follow the page just read
                return;
            }
        }
        m_polling = false;
        m_polledOnce = true;
        Q_EMIT progressed();
    });
}

void FulfilmentFlow::process(const OutboxItem &item)
{
    const QList<Journal::DeliveryRecord> pending = m_ctx.journal->pendingDeliveries(item.orderKey);
    if (pending.isEmpty()) {
        succeed(item, nullptr, QStringLiteral("nothing to apply"));
        return;
    }
    // Whether the last of these deliveries completes the sales order.
    m_ctx.erp->salesOrderState(pending.last().salesOrder, [this, item, pending](const Result<SalesOrderState> &state) {
        if (!state) {
            fail(item, state.error(), QStringLiteral("erp"), m_ctx.erp->connectionName());
            return;
        }
        using S = SalesOrderState::Status;
        // An order cancelled or refunded in the store keeps its status (the cancellation flow
        // reports the conflict); it still gets the delivery's note.
        const Result<Order> order = parseWooOrder(
            QJsonDocument::fromJson(m_ctx.journal->latestRevision(item.orderKey)).object(), item.storeId);
        const bool closedInStore = order.ok() && isClosedInStore(order.value().status);
        const bool delivered = state.value().status == S::Delivered || state.value().status == S::Closed;
        // The status map says which WooCommerce status this ERP state means; delivered_status otherwise.
        const QString target = delivered && !closedInStore
            ? deliveredWooStatus(m_ctx.liveMappings->erpStatus, state.value(), m_ctx.settings.deliveredStatus)
            : QString();
        apply(item, pending, target);
    });
}

bool FulfilmentFlow::isClosedInStore(const QString &status) const
{
    return status == QLatin1String("refunded") || cancelStatuses(m_ctx.liveMappings->status).contains(status);
}

void FulfilmentFlow::apply(const OutboxItem &item, QList<Journal::DeliveryRecord> pending, const QString &deliveredStatus)
{
    if (pending.isEmpty()) {
        succeed(item, nullptr, QStringLiteral("deliveries applied"));
        return;
    }
    const Journal::DeliveryRecord d = pending.takeFirst();
    const bool complete = pending.isEmpty() && !deliveredStatus.isEmpty();
    StoreClient *client = store(item);
    auto recordApplied = [this, item, d, complete, pending, deliveredStatus] {
        if (m_ctx.batch->open()) {
            (void)m_ctx.journal->applyDelivery(item.orderKey, d.delivery, complete, m_ctx.clock->nowMs());
            (void)m_ctx.batch->flush();
        }
        apply(item, pending, deliveredStatus);
    };
    addNote(item, noteFor(d, complete), [this, item, client, complete, deliveredStatus, recordApplied] {
        if (!complete)
            return recordApplied();
        // The store's own word on the order now: one cancelled or refunded in the meantime
        // keeps its status (the cancellation flow reports the conflict).
        client->getOrder(item.wooId, [this, item, client, deliveredStatus, recordApplied](const Result<QJsonObject> &current) {
            if (!current) {
                fail(item, current.error(), QStringLiteral("woocommerce"), client->connectionName());
                return;
            }
            const QString status = current.value().value(QLatin1String("status")).toString();
            if (isClosedInStore(status) || status == deliveredStatus)
                return recordApplied();
            client->setOrderStatus(item.wooId, deliveredStatus,
                                   [this, item, client, recordApplied](const Result<QJsonObject> &r) {
                                       if (!r) {
                                           fail(item, r.error(), QStringLiteral("woocommerce"), client->connectionName());
                                           return;
                                       }
                                       m_ctx.monitor->success(client->connectionName());
                                       recordApplied();
                                   });
        });
    });
}

void FulfilmentFlow::addNote(const OutboxItem &item, const QString &note, std::function<void()> then)
{
    StoreClient *client = store(item);
    auto post = [this, item, client, note, then] {
        client->addOrderNote(item.wooId, note, true, [this, item, client, then](const Result<qint64> &r) {
            if (!r) {
                fail(item, r.error(), QStringLiteral("woocommerce"), client->connectionName());
                return;
            }
            then();
        });
    };
    if (item.attempts <= 1) {
        post();
        return;
    }
    // An earlier attempt may have added the note before its outcome was recorded.
    client->listOrderNotes(item.wooId, [this, item, client, note, then, post](const Result<QStringList> &r) {
        if (!r) {
            fail(item, r.error(), QStringLiteral("woocommerce"), client->connectionName());
            return;
        }
        if (r.value().contains(note))
            then();
        else
            post();
    });
}

} // namespace backroom
