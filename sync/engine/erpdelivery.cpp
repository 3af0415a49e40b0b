#include "sync/engine/erpdelivery.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/ordercache.h"
#include "sync/engine/writebatch.h"
#include "sync/journal/journal.h"
#include "sync/mapping/ordermapper.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcErpDelivery, "backroom.sync.erp")

namespace backroom {

ErpDelivery::ErpDelivery(ErpAdapter *erp, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor, Clock *clock,
                         Mappings mappings, DeliveryPolicy policy, int concurrency,
                         QHash<QString, QString> referencePrefixes, QObject *parent, ParsedOrderCache *parsed)
    : QObject(parent)
    , m_erp(erp)
    , m_journal(journal)
    , m_batch(batch)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_parsed(parsed)
    , m_mappings(std::move(mappings))
    , m_policy(std::move(policy))
    , m_concurrency(concurrency)
    , m_prefixes(std::move(referencePrefixes))
{
}

void ErpDelivery::pump()
{
    if (m_monitor->isPaused(m_erp->connectionName()))
        return;
    // Claim in batches (one commit for up to kClaimBatch items), send as slots free up.
    if (m_claimed.size() < m_concurrency) {
        if (!m_batch->open())
            return;
        const QList<OutboxItem> items = m_journal->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), m_clock->nowMs(),
                                                            kClaimBatch - int(m_claimed.size()));
        if (!items.isEmpty()) {
            // The claim (attempts+1) is durable before anything goes on the wire.
            if (!m_batch->flush())
                return;
            m_claimed.append(items);
        }
    }
    while (m_inFlight < m_concurrency && !m_claimed.isEmpty()) {
        ++m_inFlight;
        process(m_claimed.takeFirst());
    }
}

void ErpDelivery::process(const OutboxItem &item)
{
    if (item.attempts > 1) {
        // An earlier attempt may have created the document: look before creating again.
        m_erp->findSalesOrder(m_prefixes.value(item.storeId) + QString::number(item.wooId),
                              [this, item](const Result<std::optional<QString>> &found) { afterLookup(item, found); });
        return;
    }
    afterLookup(item, std::optional<QString>{});
}

void ErpDelivery::afterLookup(const OutboxItem &item, const Result<std::optional<QString>> &found)
{
    const qint64 started = m_clock->nowMs();
    if (!found) {
        fail(item, found.error(), started);
        return;
    }
    if (found.value()) {
        qCInfo(lcErpDelivery) << "order" << item.wooId << "already in the ERP as" << *found.value();
        succeed(item, *found.value(), started);
        return;
    }
    // The order as intake parsed it moments ago, or else the latest revision in the journal.
    // A payload edited on the workbench (edit-and-retry) wins over both.
    const std::optional<QByteArray> edited = m_journal->editedPayload(item.orderKey);
    std::optional<Order> cached = m_parsed ? m_parsed->take(item.orderKey) : std::nullopt;
    if (edited)
        cached.reset();
    Result<Order> order = cached ? Result<Order>(std::move(*cached))
                                 : parseWooOrder(QJsonDocument::fromJson(edited ? *edited : m_journal->latestRevision(item.orderKey)).object(),
                                                 item.storeId);
    if (!order) {
        fail(item, order.error(), started);
        return;
    }
    // statusmap: cancelled in the store (or a status the map cancels) before it reached the ERP.
    if (m_journal->cancelStatuses().contains(order.value().status)) {
        dropCancelled(item, order.value().status, started);
        return;
    }
    const QList<SyncError> problems = validateForErp(order.value(), m_mappings);
    if (!problems.isEmpty()) {
        SyncError first = problems.first();
        for (qsizetype i = 1; i < problems.size(); ++i)
            first.message += QLatin1Char(' ') + problems.at(i).message;
        fail(item, first, started);
        return;
    }
    withCustomer(item, order.value());
}

void ErpDelivery::resolveCustomer(const Customer &customer, std::function<void(const Result<QString> &)> then)
{
    const QString cached = m_journal->cachedCustomer(customer.email);
    if (!cached.isEmpty()) {
        then(cached);
        return;
    }
    auto &waiters = m_customerWaiters[customer.email];
    waiters << std::move(then);
    if (waiters.size() > 1)
        return;
    m_erp->ensureCustomer(customer, [this, email = customer.email](const Result<QString> &name) {
        if (name) {
            if (m_batch->open())
                (void)m_journal->cacheCustomer(email, name.value());
        }
        const auto list = m_customerWaiters.take(email);
        for (const auto &w : list)
            w(name);
    });
}

void ErpDelivery::withCustomer(const OutboxItem &item, const Order &order)
{
    resolveCustomer(order.customer, [this, item, order](const Result<QString> &customer) {
        if (!customer) {
            fail(item, customer.error(), m_clock->nowMs());
            return;
        }
        create(item, order, customer.value());
    });
}

void ErpDelivery::create(const OutboxItem &item, const Order &order, const QString &customer)
{
    const qint64 started = m_clock->nowMs();
    const SalesOrderDraft draft = buildSalesOrderDraft(order, m_mappings, customer, m_prefixes.value(item.storeId));
    m_erp->createSalesOrder(draft, [this, item, started](const Result<QString> &name) {
        if (name)
            succeed(item, name.value(), started);
        else
            fail(item, name.error(), started);
    });
}

void ErpDelivery::succeed(const OutboxItem &item, const QString &erpRef, qint64 startedMs)
{
    m_monitor->success(m_erp->connectionName());
    if (m_batch->open()) {
        const qint64 now = m_clock->nowMs();
        AttemptRecord a{item.id, item.orderKey, QString(), startedMs, now,
                        QStringLiteral("create Sales Order for order %1").arg(item.wooId),
                        QStringLiteral("created %1").arg(erpRef), QStringLiteral("ok"), 200};
        (void)m_journal->recordAttempt(a);
        (void)m_journal->completeErpOrder(item, erpRef, now, true);
        // statusmap: the store cancelled it while it was on its way: the cancellation flow takes it.
        if (const QString status = m_journal->orderStatus(item.orderKey); m_journal->cancelStatuses().contains(status)) {
            Order cancelled;
            cancelled.status = status;
            (void)m_journal->afterPostedRevision(item.orderKey, cancelled, QByteArray(), now);
        }
    }
    done();
}

void ErpDelivery::dropCancelled(const OutboxItem &item, const QString &status, qint64 startedMs)
{
    qCInfo(lcErpDelivery) << "order" << item.wooId << "not sent: its store status is" << status;
    if (m_batch->open()) {
        const qint64 now = m_clock->nowMs();
        AttemptRecord a{item.id, item.orderKey, QString(), startedMs, now,
                        QStringLiteral("deliver order %1 to the ERP").arg(item.wooId),
                        QStringLiteral("not sent: the order is \"%1\" in the store, which cancels it").arg(status),
                        QStringLiteral("ok"), 0};
        (void)m_journal->recordAttempt(a);
        (void)m_journal->completeFlowItem(item, Stage::Cancelled, now);
    }
    done();
}

void ErpDelivery::fail(const OutboxItem &item, const SyncError &error, qint64 startedMs)
{
    qCInfo(lcErpDelivery) << "order" << item.wooId << "attempt" << item.attempts << "failed:" << error.summary();
    if (m_batch->open()) {
        const qint64 now = m_clock->nowMs();
        AttemptRecord a{item.id, item.orderKey, error.requestId, startedMs, now,
                        QStringLiteral("deliver order %1 to the ERP").arg(item.wooId), error.message,
                        categoryName(error.category), error.httpStatus};
        (void)m_journal->recordAttempt(a);
        // A customer deleted in the ERP behind our back: look it up (or create it) next time.
        if (error.groupKey.startsWith(QLatin1String("Customer:")))
            (void)m_journal->forgetCustomer(error.groupKey.mid(9));
        (void)m_policy.onFailure(*m_journal, *m_monitor, m_erp->connectionName(), item, error, QStringLiteral("erp"), now);
    }
    done();
}

void ErpDelivery::done()
{
    --m_inFlight;
    Q_EMIT progressed();
}

} // namespace backroom
