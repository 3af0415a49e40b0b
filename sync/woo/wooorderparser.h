#pragma once

#include "sync/core/syncerror.h"
#include "sync/model/order.h"

#include <QJsonObject>

namespace backroom {

inline constexpr const char *kErpRefMetaKey = "_backroom_erp_ref";

// WooCommerce order JSON (wc/v3) -> canonical Order. A payload whose shape is wrong
// (missing id, money that is not a decimal string, lines that are not objects) is a
// validation error naming the field; it never throws.
Result<Order> parseWooOrder(const QJsonObject &json, const QString &storeId);

// sha256 (hex) of the order's content: everything but _links, the modified dates and our
// own write-back meta, so a touch without a change and our write-back are not revisions.
QString wooContentHash(const QJsonObject &json);

} // namespace backroom
