#pragma once

#include "sync/engine/orderflow.h"

namespace backroom {

// Cancellation (DESIGN.md §3): an order already in the ERP that turns "cancelled" in the store
// (intake records the revision, the journal queues erp_cancel) has its sales order cancelled.
// One the ERP has delivered is refused: a `conflict` exception shows both sides.
class CancellationFlow final : public OrderFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancellationFlow)
public:
    CancellationFlow(OrderFlowContext context, QObject *parent = nullptr)
        : OrderFlow(std::move(context), OutboxKind::ErpCancel, 4, parent)
    {
    }
    QString name() const override { return QStringLiteral("cancellation"); }

protected:
    void process(const OutboxItem &item) override;
};

} // namespace backroom
