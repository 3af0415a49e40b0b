#pragma once

#include "sync/core/syncerror.h"
#include "sync/http/httprequest.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>

namespace backroom {

Q_DECLARE_LOGGING_CATEGORY(lcHttp) // "backroom.sync.http", debug off by default

// Transport failure (no HTTP status) -> taxonomy. Timeout, refused, reset, DNS, TLS and proxy
// failures are transient.network; a malformed response is transient.remote; an unsupported
// URL scheme is validation (a configuration mistake, retrying cannot help).
// `timedOut` marks an abort caused by the transfer timeout.
SyncError errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString,
                             bool timedOut);

// HTTP status -> taxonomy, or nullopt for a success (2xx). 429 and 503 are
// transient.throttled (retryAfterMs from Retry-After when present); 500, 502, 504, any other
// 5xx and any HTML error page are transient.remote; 401/403 are auth; 408 is
// transient.network; 3xx (redirects are not followed) and other 4xx are validation.
// `nowUtc` anchors a Retry-After HTTP-date. Vendor adapters refine the result from the body.
std::optional<SyncError> errorFromHttpStatus(int status, const HttpHeaders &headers,
                                             const QByteArray &body, const QDateTime &nowUtc);

// True if the body (or its Content-Type) says it is an HTML page, not an API answer.
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body);

} // namespace backroom
