#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"
#include "sync/model/order.h"

#include <QList>

namespace backroom {

// Checks an order can go to the ERP at all. Returns every problem, each a categorised
// SyncError with a sentence that says what to do (empty: the order can go).
QList<SyncError> validateForErp(const Order &order, const Mappings &mappings);

// Builds the sales order: item codes through the SKU crosswalk (pass-through by default),
// line rates from the pre-discount subtotals, coupons as an order discount, shipping, fees
// and tax as charges, so that the ERP grand total equals the WooCommerce total.
SalesOrderDraft buildSalesOrderDraft(const Order &order, const Mappings &mappings, const QString &customerName,
                                     const QString &referencePrefix = {});

} // namespace backroom
