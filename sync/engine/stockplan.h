#pragma once

#include "sync/journal/journal.h"
#include "sync/woo/storeclient.h"

#include <QString>

#include <optional>

namespace backroom {

// What the stock flow does with one store item in one sweep. Pure: tested without a network.
struct StockDecision {
    enum class Action {
        None,          // the store already shows the target
        Write,         // write `target`
        Unmanaged,     // the ERP stocks it but the store does not manage its stock: report
        MissingInErp,  // the store manages its stock but the ERP has no stock for it: report
        ReportDrift,   // changed by hand in the store while the ERP did not change: report, keep
        AcceptDrift,   // a person kept the store's value: take it as the new baseline
    };
    Action action = Action::None;
    qint64 target = 0;
    bool drift = false;   // the write corrects drift (auto-correction or the one-click fix)
};

// max(0, floor(available) - safetyBuffer)
qint64 stockTarget(double available, int safetyBuffer);

struct StockInputs {
    CatalogueItem item;
    std::optional<double> available;            // nullopt: the ERP has no stock for the item
    std::optional<StockRecord> record;          // what the journal remembers
    int unpostedOrders = 0;                     // store orders with this SKU not yet in the ERP
    std::optional<QString> latestDriftState;    // state of the latest drift exception
    int safetyBuffer = 0;
    bool correctDrift = false;
};

StockDecision decideStock(const StockInputs &in);

} // namespace backroom
