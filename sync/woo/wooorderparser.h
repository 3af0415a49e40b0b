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

// The order's content as kept in the journal: compact JSON without _links, the modified
// dates (kept in their own column) and our own write-back meta — so a touch without a change
// and our write-back are not revisions — and its sha256 (hex). One serialisation per order.
struct WooCanonical {
    QByteArray json;
    QString hash;
};
WooCanonical canonicalWooOrder(const QJsonObject &json);
inline QString wooContentHash(const QJsonObject &json) { return canonicalWooOrder(json).hash; }

} // namespace backroom
