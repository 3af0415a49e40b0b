#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"

#include <optional>

namespace backroom {

// The payment table: WooCommerce payment_method id -> ERP mode of payment (docs/mappings.md,
// "Payment method"). One reserved key, "*", stands for every method the table does not name:
//   "*": "required"  an order paid with an unnamed method is a `mapping` exception;
//   "*": "<mode>"    every unnamed method goes to that mode of payment.
// Without "*", an unnamed method passes through: the sales order carries no mode of payment.
inline constexpr const char *kAnyPaymentMethod = "*";
inline constexpr const char *kPaymentRequired = "required";

bool paymentMappingRequired(const Mappings &m);
// The ERP mode of payment for an order paid with `method` ("" for none: nothing to send).
QString modeOfPaymentFor(const Mappings &m, const QString &method);
// The `mapping` exception of an order whose method the table must name but does not; grouped
// by "payment:<method>" so that one fix offers to retry the whole group.
std::optional<SyncError> unmappedPayment(const Mappings &m, const QString &orderNumber, const QString &method,
                                         const QString &methodTitle);

} // namespace backroom
