#pragma once

#include "sync/engine/orderflow.h"

namespace backroom {

// Refunds (DESIGN.md §3): each store refund of an order in the ERP becomes one ERP credit note
// for exactly the refunded lines and amount (a refund without lines: an amount-only credit),
// idempotent by the reference "<order reference>-R<refund id>": the journal records a refund as
// `sending` before the create, and a refund whose earlier attempt is unknown is looked up first.
// The order's stage becomes "refunded" once its refunds reach its total.
class RefundFlow final : public OrderFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundFlow)
public:
    RefundFlow(OrderFlowContext context, QObject *parent = nullptr)
        : OrderFlow(std::move(context), OutboxKind::ErpCreditNote, 4, parent)
    {
    }
    QString name() const override { return QStringLiteral("refunds"); }

    // The credit note for one refund (pure): lines mapped to ERP item codes.
    static Result<CreditNoteDraft> draftFor(const StoreRefund &refund, const QString &orderReference,
                                            const QString &salesOrder, const QString &customer, const Mappings &mappings);

protected:
    void process(const OutboxItem &item) override;

private:
    void next(const OutboxItem &item, QList<StoreRefund> refunds, Money refunded, const QString &customer);
    void book(const OutboxItem &item, const StoreRefund &refund, std::function<void()> then, const QString &customer);
};

} // namespace backroom
