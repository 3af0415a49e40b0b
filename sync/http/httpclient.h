#pragma once

#include "sync/http/httprequest.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSslConfiguration;

namespace backroom {

class Clock;

struct HttpClientOptions {
    int maxAttempts = 4;                          // for idempotent requests, in-client
    std::chrono::milliseconds baseDelay{200};     // exponential backoff with full jitter
    std::chrono::milliseconds maxDelay{10000};
    int perHostConcurrency = 6;                   // in-flight requests per host:port
    int breakerFailureThreshold = 5;              // consecutive transient failures -> open
    std::chrono::milliseconds breakerOpenFor{15000};
    QByteArray userAgent = "Backroom/0.1";
    // A Retry-After longer than this is not waited out inside the client: the request fails
    // with transient.throttled and retryAfterMs, and the outbox waits instead.
    std::chrono::milliseconds maxRetryAfter{60000};
    // Jitter source for the backoff, values in [0, 1); empty: QRandomGenerator::global().
    std::function<double()> random;
};

// Circuit state of one endpoint, for health reporting.
enum class CircuitState { Closed, Open, HalfOpen };

// The one HTTP client of the engine (STYLE.md "Network"). Asynchronous, lives on the
// engine thread, owns no QNetworkAccessManager (it is given one).
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Callback = std::function<void(const HttpResponse &)>;

    HttpClient(QNetworkAccessManager *nam, HttpClientOptions options, Clock *clock,
               QObject *parent = nullptr);
    ~HttpClient() override;

    // Sends (after queuing for the host's concurrency limit, and after waiting out an open
    // circuit or a Retry-After). `done` is called exactly once on this object's thread.
    void send(HttpRequest request, Callback done);

    // Per-endpoint TLS: a custom CA file for a connection (empty: system store).
    // Returns an error if the file cannot be read or holds no certificate.
    Status setCaFile(const QString &endpoint, const QString &path);

    CircuitState circuitState(const QString &endpoint) const;
    int inFlight() const;
    int queued() const;

Q_SIGNALS:
    // Emitted once per finished exchange (after in-client retries), for health/metrics.
    void exchangeFinished(const QString &endpoint, bool success, int httpStatus);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom
