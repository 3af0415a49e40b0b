#include "sync/engine/reconcileflow.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/writebatch.h"
#include "sync/mapping/statusmap.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReconcile, "backroom.sync.reconcile")

namespace backroom {

namespace {
constexpr int kBatch = 20;
}

ReconcileFlow::ReconcileFlow(OrderFlowContext context, QObject *parent) : EngineFlow(parent), m_ctx(std::move(context))
{
    connect(&m_timer, &QTimer::timeout, this, &ReconcileFlow::runPass);
}

void ReconcileFlow::start()
{
    if (m_ctx.settings.reconcileIntervalS <= 0)
        return;
    m_timer.setInterval(std::chrono::seconds(m_ctx.settings.reconcileIntervalS));
    m_timer.start();
    runPass();
}

void ReconcileFlow::runPass()
{
    if (m_running)
        return;
    m_running = true;
    m_afterKey = 0;
    nextBatch();
}

void ReconcileFlow::nextBatch()
{
    if (m_ctx.monitor->isPaused(m_ctx.erp->connectionName()) || !m_ctx.batch->open()) {
        m_running = false;
        Q_EMIT progressed();
        return;
    }
    const QList<Journal::PostedOrder> batch = m_ctx.journal->postedOrders(m_afterKey, kBatch);
    if (batch.isEmpty()) {
        m_running = false;
        Q_EMIT progressed();
        return;
    }
    m_afterKey = batch.last().orderKey;
    check(batch);
}

std::optional<ReconcileFlow::Finding> ReconcileFlow::compare(const QString &number, const Order &order,
                                                             const SalesOrderState &state, double tolerance)
{
    Finding f;
    f.error.category = ErrorCategory::Conflict;
    if (state.status == SalesOrderState::Status::Missing) {
        f.missing = true;
        f.error.code = QStringLiteral("sales_order_missing");
        f.error.message = QStringLiteral("Order #%1 was sent to the ERP as %2, but the ERP no longer has %2 (deleted or renamed)")
                              .arg(number, state.name);
        f.error.hint = QStringLiteral("Retry the order: Backroom looks it up by its reference first and creates it again only if "
                                      "it is not there. If it should not be in the ERP, resolve the exception with a note.");
        return f;
    }
    if (state.status == SalesOrderState::Status::Cancelled)
        return std::nullopt; // a cancellation is the cancellation flow's business
    const Money tol = Money::fromDouble(tolerance);
    const Money totalDiff = (order.total - state.grandTotal).abs();
    // ERPNext's total_taxes_and_charges carries shipping and fees as "Actual" rows, and a
    // rounding row of at most a cent per line: compare like with like and allow that cent.
    Money wooCharges = order.totalTax;
    for (const Charge &c : order.charges) {
        if (c.total > Money())
            wooCharges += c.total;
    }
    const Money taxTol = tol + Money::fromMinor4(100 * qint64(order.lines.size()));
    const Money taxDiff = (wooCharges - state.totalTax).abs();
    if (totalDiff <= tol && taxDiff <= taxTol)
        return std::nullopt;
    f.error.code = totalDiff > tol ? QStringLiteral("total_mismatch") : QStringLiteral("tax_mismatch");
    f.error.message = totalDiff > tol
        ? QStringLiteral("Order #%1 totals %2 in WooCommerce, but sales order %3 totals %4 in the ERP (difference %5)")
              .arg(number, order.total.toString(), state.name, state.grandTotal.toString(), totalDiff.toString())
        : QStringLiteral("Order #%1 has %2 of tax and charges in WooCommerce, but sales order %3 has %4 in the ERP (difference %5)")
              .arg(number, wooCharges.toString(), state.name, state.totalTax.toString(), taxDiff.toString());
    f.error.hint = QStringLiteral("Correct the sales order in the ERP (or the order in WooCommerce), then resolve the "
                                  "exception; a tax or shipping mapping that differs between the two is the usual cause.");
    f.error.groupKey = f.error.code;
    return f;
}

void ReconcileFlow::check(QList<Journal::PostedOrder> batch)
{
    if (batch.isEmpty()) {
        nextBatch();
        return;
    }
    const Journal::PostedOrder o = batch.takeFirst();
    m_ctx.erp->salesOrderState(o.erpRef, [this, o, batch](const Result<SalesOrderState> &state) {
        if (!state) {
            if (state.error().code == QLatin1String("unsupported")) {
                m_running = false;
                Q_EMIT progressed();
                return;
            }
            qCInfo(lcReconcile) << "order" << o.wooId << "not checked:" << state.error().summary();
            if (isTransient(state.error().category) || state.error().category == ErrorCategory::Auth)
                m_ctx.monitor->failure(m_ctx.erp->connectionName(), state.error());
            check(batch);
            return;
        }
        m_ctx.monitor->success(m_ctx.erp->connectionName());
        if (!m_ctx.batch->open()) {
            check(batch);
            return;
        }
        const Result<Order> order = parseWooOrder(QJsonDocument::fromJson(m_ctx.journal->latestRevision(o.orderKey)).object(),
                                                  o.storeId);
        const qint64 now = m_ctx.clock->nowMs();
        if (order) {
            if (const auto f = compare(o.number, order.value(), state.value(), m_ctx.settings.totalTolerance)) {
                qCInfo(lcReconcile) << "order" << o.wooId << f->error.code;
                if (f->missing)
                    (void)m_ctx.journal->parkMissingSalesOrder(o.orderKey, f->error, now);
                else
                    (void)m_ctx.journal->raiseOrderException(o.orderKey, QString::fromLatin1(OutboxKind::Reconcile), f->error,
                                                             QStringLiteral("erp"), now);
            }
        }
        (void)m_ctx.journal->markReconciled(o.orderKey, now);
        (void)m_ctx.batch->flush();
        const QString storeStatus = order ? order.value().status : QString();
        writeMappedStatus(o, state.value(), storeStatus, [this, batch] { check(batch); });
    });
}

QString ReconcileFlow::statusToWrite(const Mappings &m, const SalesOrderState &state, const QString &storeStatus)
{
    using S = SalesOrderState::Status;
    // Deliveries are the fulfilment flow's (it sets the status after the customer note); here
    // only the end states that come without a delivery: cancelled or closed in the ERP.
    if (state.status != S::Cancelled && state.status != S::Closed)
        return {};
    const QString target = mappedWooStatus(m.erpStatus, state);
    if (target.isEmpty() || storeStatus.isEmpty() || target == storeStatus || storeStatus == QLatin1String("refunded")
        || cancelStatuses(m.status).contains(storeStatus))
        return {};
    return target;
}

void ReconcileFlow::writeMappedStatus(const Journal::PostedOrder &o, const SalesOrderState &state, const QString &storeStatus,
                                      std::function<void()> then)
{
    const QString target = statusToWrite(*m_ctx.liveMappings, state, storeStatus);
    StoreClient *client = m_ctx.stores.value(o.storeId);
    // Once per order, ERP state and target: a person who changes the store status back is not overruled.
    const QString mark = QStringLiteral("%1 -> %2").arg(state.erpStatus.isEmpty() ? erpStateKey(state.status) : state.erpStatus, target);
    const QString markName = QStringLiteral("erp_status.%1").arg(o.orderKey);
    if (target.isEmpty() || !client || m_ctx.journal->cursor(QStringLiteral("erp"), markName) == mark)
        return then();
    client->setOrderStatus(o.wooId, target, [this, o, client, mark, markName, target, then](const Result<QJsonObject> &r) {
        if (!r) {
            qCInfo(lcReconcile) << "order" << o.wooId << "status" << target << "not set:" << r.error().summary();
            if (isTransient(r.error().category) || r.error().category == ErrorCategory::Auth)
                m_ctx.monitor->failure(client->connectionName(), r.error());
            return then(); // the next pass tries again
        }
        m_ctx.monitor->success(client->connectionName());
        qCInfo(lcReconcile) << "order" << o.wooId << "set to" << target << "as the status map says for" << mark;
        if (m_ctx.batch->open()) {
            (void)m_ctx.journal->setCursor(QStringLiteral("erp"), markName, mark, m_ctx.clock->nowMs());
            (void)m_ctx.batch->flush();
        }
        then();
    });
}

} // namespace backroom
