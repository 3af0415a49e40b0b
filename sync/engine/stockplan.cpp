#include "sync/engine/stockplan.h"

#include <cmath>

namespace backroom {

qint64 stockTarget(double available, int safetyBuffer)
{
    return std::max<qint64>(0, qint64(std::floor(available)) - safetyBuffer);
}

StockDecision decideStock(const StockInputs &in)
{
    StockDecision d;
    if (!in.item.manageStock) {
        d.action = in.available ? StockDecision::Action::Unmanaged : StockDecision::Action::None;
        return d;
    }
    if (!in.available) {
        d.action = StockDecision::Action::MissingInErp;
        return d;
    }
    d.target = stockTarget(*in.available, in.safetyBuffer);
    const qint64 store = in.item.stockQuantity ? qint64(std::llround(*in.item.stockQuantity)) : -1;
    const StockRecord *r = in.record ? &*in.record : nullptr;
    // Drift: the store no longer shows what Backroom wrote, and the ERP did not move. A sale
    // not yet in the ERP lowers the store's value too: no drift while such orders are pending.
    const QString driftState = in.latestDriftState.value_or(QString());
    const bool kept = driftState == QLatin1String("resolved") || driftState == QLatin1String("skipped");
    if (r && r->driftValue && *r->driftValue == store && r->target && *r->target == d.target && kept) {
        // A person kept the store's value for this ERP value: leave it until the ERP moves.
        d.action = StockDecision::Action::AcceptDrift;
        return d;
    }
    const bool moved = r && r->writtenValue && store != *r->writtenValue && r->target && *r->target == d.target;
    if (moved && in.unpostedOrders > 0) {
        // Probably a sale the ERP has not seen yet: writing the ERP value now would hand the sold
        // units back to the shop. Wait until the order reaches the ERP.
        d.action = StockDecision::Action::None;
        return d;
    }
    const bool drift = moved;
    if (drift) {
        if (driftState == QLatin1String("retried")) {
            d.action = StockDecision::Action::Write; // the one-click fix: write the ERP value
            d.drift = true;
        } else if (in.correctDrift) {
            d.action = StockDecision::Action::Write;
            d.drift = true;
        } else {
            d.action = StockDecision::Action::ReportDrift;
        }
        return d;
    }
    d.action = store == d.target ? StockDecision::Action::None : StockDecision::Action::Write;
    return d;
}

} // namespace backroom
