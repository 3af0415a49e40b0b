#pragma once

#include "sync/engine/orderflow.h"

#include <QTimer>

namespace backroom {

// Reconciliation of orders against the ERP (DESIGN.md §3): at start and every
// order_flows.reconcile_interval_s, every order that reached the ERP is compared with its sales
// order. A sales order missing in the ERP (deleted behind Backroom's back) parks the order with
// a `conflict` exception whose retry looks the order up by reference and re-creates it only if
// it is not there; a grand total or tax beyond order_flows.total_tolerance raises a `conflict`
// exception (kind "reconcile") with both amounts. A sales order cancelled or closed in the ERP
// gets the WooCommerce status the status map's erp_status table names for that state (once). Transient failures skip the order this pass.
class ReconcileFlow final : public EngineFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileFlow)
public:
    ReconcileFlow(OrderFlowContext context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("reconciliation"); }
    void start() override;
    void stop() override { m_timer.stop(); }
    bool busy() const override { return m_running; }
    void runPass();

    struct Finding {
        SyncError error;
        bool missing = false;
    };
    // Compares the store's amounts with the ERP's (pure; tests drive it). nullopt: in tolerance.
    static std::optional<Finding> compare(const QString &number, const Order &order, const SalesOrderState &state,
                                          double tolerance);

    // The status map's ERP -> WooCommerce direction for a sales order cancelled or closed in the
    // ERP (pure; tests drive it): the status to set, or empty when there is nothing to do.
    static QString statusToWrite(const Mappings &m, const SalesOrderState &state, const QString &storeStatus);

private:
    void writeMappedStatus(const Journal::PostedOrder &o, const SalesOrderState &state, const QString &storeStatus,
                           std::function<void()> then);
    void nextBatch();
    void check(QList<Journal::PostedOrder> batch);

    OrderFlowContext m_ctx;
    QTimer m_timer;
    bool m_running = false;
    qint64 m_afterKey = 0;
};

} // namespace backroom
