#include "sync/http/httperrors.h"

#include "sync/http/redact.h"
#include "sync/http/retryafter.h"

namespace backroom {

Q_LOGGING_CATEGORY(lcHttp, "backroom.sync.http", QtWarningMsg)

namespace {

QByteArray headerOf(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SyncError make(ErrorCategory category, QString code, QString message, QString hint, int status = 0)
{
    SyncError e;
    e.category = category;
    e.code = std::move(code);
    e.message = std::move(message);
    e.hint = std::move(hint);
    e.httpStatus = status;
    return e;
}

} // namespace

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("html"))
        return true;
    for (char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

SyncError errorFromTransport(QNetworkReply::NetworkError error, const QString &errorString,
                             bool timedOut)
{
    const QString net = QStringLiteral("Check that the server is running and reachable from this "
                                       "machine; Backroom retries automatically.");
    if (timedOut || error == QNetworkReply::TimeoutError)
        return make(ErrorCategory::TransientNetwork, QStringLiteral("timeout"),
                    QStringLiteral("The request timed out (%1)").arg(errorString),
                    QStringLiteral("The server did not answer in time; Backroom retries "
                                   "automatically. If it persists, check the server's load or raise "
                                   "the timeout."));
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return make(ErrorCategory::TransientNetwork, QStringLiteral("connection_refused"),
                    QStringLiteral("Connection refused (%1)").arg(errorString), net);
    case QNetworkReply::RemoteHostClosedError:
        return make(ErrorCategory::TransientNetwork, QStringLiteral("connection_reset"),
                    QStringLiteral("The server closed the connection (%1)").arg(errorString), net);
    case QNetworkReply::HostNotFoundError:
        return make(ErrorCategory::TransientNetwork, QStringLiteral("dns"),
                    QStringLiteral("Host not found (%1)").arg(errorString),
                    QStringLiteral("Check the host name in the connection URL and this machine's "
                                   "DNS settings."));
    case QNetworkReply::SslHandshakeFailedError:
        return make(ErrorCategory::TransientNetwork, QStringLiteral("tls"),
                    QStringLiteral("TLS handshake failed (%1)").arg(errorString),
                    QStringLiteral("Check the server's certificate; for a private CA set the "
                                   "connection's ca_file."));
    case QNetworkReply::ProtocolUnknownError:
        return make(ErrorCategory::Validation, QStringLiteral("unsupported_scheme"),
                    QStringLiteral("Unsupported URL scheme (%1)").arg(errorString),
                    QStringLiteral("Use an http:// or https:// URL."));
    case QNetworkReply::ProtocolFailure:
        return make(ErrorCategory::TransientRemote, QStringLiteral("protocol_failure"),
                    QStringLiteral("The server sent a malformed response (%1)").arg(errorString),
                    QStringLiteral("A proxy or the server answered with something that is not "
                                   "HTTP; Backroom retries automatically."));
    default:
        return make(ErrorCategory::TransientNetwork, QStringLiteral("network_error_%1").arg(int(error)),
                    QStringLiteral("Network error (%1)").arg(errorString), net);
    }
}

std::optional<SyncError> errorFromHttpStatus(int status, const HttpHeaders &headers,
                                             const QByteArray &body, const QDateTime &nowUtc)
{
    if (status >= 200 && status < 300)
        return std::nullopt;
    const QString code = QStringLiteral("http_%1").arg(status);
    if (status == 429 || status == 503) {
        SyncError e = make(ErrorCategory::TransientThrottled, code,
                           status == 429 ? QStringLiteral("Too many requests (HTTP 429)")
                                         : QStringLiteral("Service unavailable (HTTP 503)"),
                           QStringLiteral("The server asks to slow down; Backroom waits as told and "
                                          "retries."),
                           status);
        const QByteArray ra = headerOf(headers, "Retry-After");
        if (!ra.isEmpty())
            e.retryAfterMs = parseRetryAfterMs(ra, nowUtc);
        return e;
    }
    if (status == 401 || status == 403)
        return make(ErrorCategory::Auth, code,
                    status == 401 ? QStringLiteral("Not authenticated (HTTP 401)")
                                  : QStringLiteral("Forbidden (HTTP 403)"),
                    QStringLiteral("Check the connection's credentials and their permissions."),
                    status);
    if (status == 408)
        return make(ErrorCategory::TransientNetwork, code,
                    QStringLiteral("The server timed out waiting for the request (HTTP 408)"),
                    QStringLiteral("Backroom retries automatically."), status);
    if (status >= 500 || looksLikeHtml(headerOf(headers, "Content-Type"), body))
        return make(ErrorCategory::TransientRemote, code,
                    QStringLiteral("The server failed (HTTP %1%2)")
                        .arg(status)
                        .arg(looksLikeHtml(headerOf(headers, "Content-Type"), body)
                                 ? QStringLiteral(", HTML error page")
                                 : QString()),
                    QStringLiteral("The server or a proxy in front of it failed; Backroom retries "
                                   "automatically. If it persists, check the server's error log."),
                    status);
    if (status >= 300 && status < 400) {
        const QByteArray location = headerOf(headers, "Location");
        return make(ErrorCategory::Validation, code,
                    QStringLiteral("The server redirected (HTTP %1) to %2; redirects are not followed")
                        .arg(status)
                        .arg(QString::fromUtf8(redactText(location))),
                    QStringLiteral("Set the connection URL to the address the server redirects to "
                                   "(often https:// or with/without www)."),
                    status);
    }
    if (status >= 400)
        return make(ErrorCategory::Validation, code,
                    QStringLiteral("The server rejected the request (HTTP %1)").arg(status),
                    QStringLiteral("Check the request data; it will not be retried until changed."),
                    status);
    // 1xx or 0 with no transport error: unexpected.
    return make(ErrorCategory::TransientRemote, code,
                QStringLiteral("Unexpected HTTP status %1").arg(status),
                QStringLiteral("Backroom retries automatically."), status);
}

} // namespace backroom
