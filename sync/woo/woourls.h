#pragma once

#include "sync/woo/storeclient.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace backroom {

// Pure URL and query building for WooCommerce wc/v3 (no network; STYLE.md "Network").

using QueryParams = QList<QPair<QString, QString>>; // in the order they go on the wire

// <store url>/wp-json/wc/v3<path>. The store URL may have a sub-directory and a trailing
// slash; the scheme and host are lowercased and a default port (80/443) is dropped so the
// URL matches WordPress's home URL, which OAuth 1.0a signs.
QUrl wooApiUrl(const QUrl &storeUrl, const QString &path);

// Sets the query from params, encoding every key and value strictly (RFC 3986 unreserved
// characters only; '+' becomes %2B, space %20) so the server decodes exactly these values.
QUrl wooWithQuery(QUrl url, const QueryParams &params);

// A UTC timestamp as WooCommerce wants it for modified_after with dates_are_gmt=true:
// "yyyy-MM-ddTHH:mm:ss", no zone designator, whole seconds (truncated).
QString wooNaiveUtc(const QDateTime &utc);

// Normalises a cursor value to naive UTC: "2026-11-22T17:50:30Z", "...+01:00" or a naive
// value are accepted (a naive value is taken as UTC). Empty if it is not a timestamp.
QString wooNormalizeGmt(const QString &value);

// Query of GET /orders: per_page, page, orderby, order, status (comma-separated, never
// status[]), modified_after + dates_are_gmt=true. Validation of the ranges is the caller's.
QueryParams wooOrderListParams(const OrderListQuery &query);

// Checks an OrderListQuery against the server's limits (per_page 1..100, page >= 1,
// orderby/order values, statuses without commas). Returns an empty string when valid.
QString wooOrderListQueryProblem(const OrderListQuery &query);

} // namespace backroom
