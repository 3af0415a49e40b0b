#pragma once

#include "sync/engine/orderflow.h"

namespace backroom {

// Backorders: every newly posted order (the journal queues erp_backorder_check when an order
// gets its ERP reference) is checked once for a shortfall of its sales order; one with a
// shortfall gets one private note on the store order and an open `business` exception with
// code "backorder", so that the customer can be told before they ask. A failed check is
// retried while the failure is transient and then dropped: it never blocks anything.
class BackorderFlow final : public OrderFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackorderFlow)
public:
    BackorderFlow(OrderFlowContext context, QObject *parent = nullptr)
        : OrderFlow(std::move(context), OutboxKind::ErpBackorderCheck, 4, parent)
    {
    }
    QString name() const override { return QStringLiteral("backorders"); }

    static inline const QString kExceptionKind = QStringLiteral("backorder");
    // "Backorder: 2 × MUG-01 ..." (pure), empty when nothing is short.
    static QString noteFor(const SalesOrderState &state);

protected:
    void process(const OutboxItem &item) override;

private:
    void raise(const OutboxItem &item, const QString &note);
};

} // namespace backroom
