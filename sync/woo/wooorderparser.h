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
// and our write-back are not revisions — and its content hash. One serialisation per order.
//
// The hash is XXH64 of that JSON, written "xxh64:<16 hex digits>". Journals written before
// hold the SHA-256 (64 hex digits, no prefix) of the same JSON; Journal::recordOrder compares
// like with like, so an upgrade does not turn every order into a new revision.
struct WooCanonical {
    QByteArray json;
    QString hash;
};
WooCanonical canonicalWooOrder(const QJsonObject &json);
inline constexpr const char *kWooHashPrefix = "xxh64:";
QString wooHashOf(const QByteArray &canonicalJson);
inline QString wooContentHash(const QJsonObject &json) { return canonicalWooOrder(json).hash; }

} // namespace backroom
