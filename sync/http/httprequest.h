#pragma once

#include "sync/core/syncerror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>

namespace backroom {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;   // Authorization etc.; never logged unredacted
    QByteArray body;       // sent as-is; set Content-Type in headers
    QString endpoint;      // circuit-breaker and connection key, e.g. "woocommerce:main"
    // Only idempotent requests (GET, look-ups, PUT of the same value) are retried inside the
    // client. A create (POST) is never retried here: the outbox retries it after a look-up.
    bool idempotent = true;
    std::chrono::milliseconds timeout{30000};
};

struct HttpResponse {
    int status = 0;                // 0 when no response arrived
    HttpHeaders headers;
    QByteArray body;
    QString correlationId;         // X-Request-ID sent with the final attempt
    int attempts = 0;              // how many times it went on the wire
    qint64 elapsedMs = 0;
    // Set when the exchange failed at the transport or HTTP level (status >= 400 or no
    // response). Vendor adapters refine it from the body (Frappe exc_type, Woo code).
    std::optional<SyncError> error;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
    bool ok() const { return !error.has_value(); }
};

} // namespace backroom
