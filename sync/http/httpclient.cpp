#include "sync/http/httpclient.h"

#include "sync/http/oneshotbody.h"

#include "sync/core/clock.h"
#include "sync/http/backoff.h"
#include "sync/http/circuitbreaker.h"
#include "sync/http/httperrors.h"
#include "sync/http/redact.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#include <deque>

namespace backroom {

namespace {

struct Job {
    HttpRequest request;
    HttpClient::Callback done;
    QString hostKey;
    QString endpointKey;
    QString correlationId;
    QElapsedTimer elapsed;
    int attempts = 0;
};
using JobPtr = std::shared_ptr<Job>;

struct HostQueue {
    int inFlight = 0;
    std::deque<JobPtr> waiting;
};

struct EndpointState {
    CircuitBreaker breaker;
    qint64 pausedUntil = 0; // steady ms; Retry-After told us to wait until then
    std::optional<QSslConfiguration> ssl;
};

QString hostKeyOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

SyncError failFastError(ErrorCategory category, const QString &code, const QString &message,
                        const QString &hint, qint64 retryAfterMs)
{
    SyncError e;
    e.category = category;
    e.code = code;
    e.message = message;
    e.hint = hint;
    e.retryAfterMs = retryAfterMs;
    return e;
}

} // namespace

struct HttpClient::Private {
    HttpClient *q;
    QNetworkAccessManager *nam;
    HttpClientOptions options;
    Clock *clock;
    Backoff backoff;
    QElapsedTimer steady;
    QHash<QString, HostQueue> hosts;
    QHash<QString, EndpointState> endpoints;
    QHash<QNetworkReply *, JobPtr> active;
    int inFlight = 0;
    int queued = 0;

    Private(HttpClient *qq, QNetworkAccessManager *n, HttpClientOptions o, Clock *c)
        : q(qq), nam(n), options(std::move(o)), clock(c ? c : SystemClock::instance())
        , backoff(options.baseDelay, options.maxDelay, options.random)
    {
        steady.start();
        options.perHostConcurrency = std::max(1, options.perHostConcurrency);
        options.maxAttempts = std::max(1, options.maxAttempts);
    }

    qint64 now() const { return steady.elapsed(); }

    EndpointState &endpoint(const QString &key)
    {
        auto it = endpoints.find(key);
        if (it == endpoints.end())
            it = endpoints.insert(key, EndpointState{CircuitBreaker(options.breakerFailureThreshold,
                                                                    options.breakerOpenFor),
                                                     0, std::nullopt});
        return *it;
    }

    void start(const JobPtr &job);
    void dispatch(const JobPtr &job);
    void onFinished(QNetworkReply *reply, const JobPtr &job);
    void releaseSlot(const QString &hostKey);
    void failFast(const JobPtr &job, SyncError error);
    void finish(const JobPtr &job, HttpResponse response);
};

HttpClient::HttpClient(QNetworkAccessManager *nam, HttpClientOptions options, Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, nam, std::move(options), clock))
{
}

HttpClient::~HttpClient()
{
    // Abort what is on the wire; callbacks of unfinished exchanges are not called.
    const auto replies = d->active.keys();
    d->active.clear();
    for (QNetworkReply *reply : replies) {
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpClient::send(HttpRequest request, Callback done)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->done = std::move(done);
    job->hostKey = hostKeyOf(job->request.url);
    job->endpointKey = job->request.endpoint.isEmpty() ? job->hostKey : job->request.endpoint;
    job->elapsed.start();
    d->start(job);
}

void HttpClient::Private::start(const JobPtr &job)
{
    EndpointState &ep = endpoint(job->endpointKey);
    const qint64 t = now();
    if (ep.breaker.state(t) == CircuitBreaker::State::Open) {
        failFast(job, failFastError(ErrorCategory::TransientRemote, QStringLiteral("circuit_open"),
                                    QStringLiteral("circuit open"),
                                    QStringLiteral("%1 failed repeatedly; requests are paused for a "
                                                   "while, then one probe is let through.")
                                        .arg(job->endpointKey),
                                    ep.breaker.remainingOpenMs(t)));
        return;
    }
    const qint64 pause = ep.pausedUntil - t;
    if (pause > 0) {
        if (pause > options.maxRetryAfter.count()) {
            failFast(job, failFastError(ErrorCategory::TransientThrottled, QStringLiteral("throttled"),
                                        QStringLiteral("throttled: the server asked to wait %1 s")
                                            .arg((pause + 999) / 1000),
                                        QStringLiteral("The server asks to slow down; Backroom waits "
                                                       "as told and retries."),
                                        pause));
            return;
        }
        QTimer::singleShot(std::chrono::milliseconds(pause), q, [this, job] { start(job); });
        return;
    }
    HostQueue &host = hosts[job->hostKey];
    if (host.inFlight < options.perHostConcurrency) {
        dispatch(job);
    } else {
        host.waiting.push_back(job);
        ++queued;
    }
}

void HttpClient::Private::dispatch(const JobPtr &job)
{
    EndpointState &ep = endpoint(job->endpointKey);
    const qint64 t = now();
    if (!ep.breaker.allow(t)) {
        failFast(job, failFastError(ErrorCategory::TransientRemote, QStringLiteral("circuit_open"),
                                    QStringLiteral("circuit open"),
                                    QStringLiteral("%1 failed repeatedly; requests are paused until "
                                                   "a probe succeeds.")
                                        .arg(job->endpointKey),
                                    std::max<qint64>(ep.breaker.remainingOpenMs(t), 0)));
        return;
    }
    ++hosts[job->hostKey].inFlight;
    ++inFlight;
    ++job->attempts;
    job->correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const HttpRequest &r = job->request;
    QNetworkRequest req(r.url);
    req.setTransferTimeout(int(std::max<qint64>(1, r.timeout.count())));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, options.userAgent);
    req.setRawHeader(QByteArrayLiteral("X-Request-ID"), job->correlationId.toLatin1());
    for (const auto &h : r.headers)
        req.setRawHeader(h.first, h.second);
    if (ep.ssl && r.url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(*ep.ssl);

    qCDebug(lcHttp).noquote() << job->correlationId << "->" << r.method << redactUrl(r.url)
                              << "attempt" << job->attempts << "endpoint" << job->endpointKey
                              << "headers:" << redactHeaders(r.headers);

    QNetworkReply *reply = nullptr;
    if (!r.idempotent && !r.body.isEmpty()) {
        // Never let QNAM re-send a create on its own (see OneShotBody).
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        auto *body = new OneShotBody(r.body, nullptr);
        reply = nam->sendCustomRequest(req, r.method, body);
        body->setParent(reply);
    } else if (r.method == "GET")
        reply = nam->get(req);
    else if (r.method == "POST")
        reply = nam->post(req, r.body);
    else if (r.method == "PUT")
        reply = nam->put(req, r.body);
    else if (r.method == "DELETE" && r.body.isEmpty())
        reply = nam->deleteResource(req);
    else
        reply = nam->sendCustomRequest(req, r.method, r.body);
    active.insert(reply, job);
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, job] { onFinished(reply, job); });
}

void HttpClient::Private::releaseSlot(const QString &hostKey)
{
    --inFlight;
    auto it = hosts.find(hostKey);
    if (it == hosts.end())
        return;
    --it->inFlight;
    while (it->inFlight < options.perHostConcurrency && !it->waiting.empty()) {
        JobPtr next = std::move(it->waiting.front());
        it->waiting.pop_front();
        --queued;
        dispatch(next); // may fail fast without taking the slot; the loop goes on
        it = hosts.find(hostKey); // dispatch() may have inserted into `hosts`
    }
}

void HttpClient::Private::onFinished(QNetworkReply *reply, const JobPtr &job)
{
    active.remove(reply);
    reply->deleteLater();

    HttpResponse resp;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    resp.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        resp.body = reply->readAll();
    resp.correlationId = job->correlationId;
    resp.attempts = job->attempts;
    resp.elapsedMs = job->elapsed.elapsed();

    if (resp.status == 0) {
        const auto err = reply->error();
        // We abort only in the destructor, so a cancel here is the transfer timeout.
        resp.error = errorFromTransport(err, reply->errorString(),
                                        err == QNetworkReply::OperationCanceledError);
    } else if (resp.status < 200 || resp.status >= 300) {
        resp.error = errorFromHttpStatus(resp.status, resp.headers, resp.body, clock->nowUtc());
    }

    EndpointState &ep = endpoint(job->endpointKey);
    const qint64 t = now();
    const bool transient = resp.error && isTransient(resp.error->category);
    if (transient)
        ep.breaker.recordFailure(t);
    else
        ep.breaker.recordSuccess();
    if (resp.error) {
        resp.error->requestId = job->correlationId;
        if (resp.error->retryAfterMs)
            ep.pausedUntil = std::max(ep.pausedUntil, t + *resp.error->retryAfterMs);
    }

    qCDebug(lcHttp).noquote() << job->correlationId << "<-" << resp.status << job->request.method
                              << redactUrl(job->request.url) << "after" << resp.elapsedMs << "ms"
                              << (resp.error ? resp.error->summary() : QStringLiteral("ok"))
                              << "headers:" << redactHeaders(resp.headers);

    releaseSlot(job->hostKey);

    if (transient && job->request.idempotent && job->attempts < options.maxAttempts
        && ep.breaker.state(t) == CircuitBreaker::State::Closed) {
        qint64 delay = backoff.delay(job->attempts - 1).count();
        bool retry = true;
        if (const auto ra = resp.error->retryAfterMs) {
            if (*ra > options.maxRetryAfter.count())
                retry = false; // too long to hold the caller: the outbox waits instead
            else
                delay = std::max(delay, *ra);
        }
        if (retry) {
            qCDebug(lcHttp).noquote() << job->correlationId << "retry in" << delay << "ms";
            QTimer::singleShot(std::chrono::milliseconds(delay), q, [this, job] { start(job); });
            return;
        }
    }
    finish(job, std::move(resp));
}

void HttpClient::Private::failFast(const JobPtr &job, SyncError error)
{
    HttpResponse resp;
    resp.correlationId = job->correlationId;
    resp.attempts = job->attempts;
    resp.elapsedMs = job->elapsed.elapsed();
    error.requestId = job->correlationId;
    resp.error = std::move(error);
    qCDebug(lcHttp).noquote() << "fail fast" << job->request.method << redactUrl(job->request.url)
                              << resp.error->summary();
    // Never call back from inside send(): deliver on the next event-loop turn.
    QMetaObject::invokeMethod(
        q, [this, job, resp = std::move(resp)]() mutable { finish(job, std::move(resp)); },
        Qt::QueuedConnection);
}

void HttpClient::Private::finish(const JobPtr &job, HttpResponse response)
{
    Q_EMIT q->exchangeFinished(job->endpointKey, response.ok(), response.status);
    if (job->done) {
        auto done = std::move(job->done);
        done(response);
    }
}

Status HttpClient::setCaFile(const QString &endpoint, const QString &path)
{
    EndpointState &ep = d->endpoint(endpoint);
    if (path.isEmpty()) {
        ep.ssl.reset();
        return okStatus();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SyncError e;
        e.category = ErrorCategory::Validation;
        e.code = QStringLiteral("ca_file_unreadable");
        e.message = QStringLiteral("Cannot read CA file %1: %2").arg(path, f.errorString());
        e.hint = QStringLiteral("Check ca_file: the path must name a readable PEM or DER file.");
        return e;
    }
    const QByteArray data = f.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty()) {
        SyncError e;
        e.category = ErrorCategory::Validation;
        e.code = QStringLiteral("ca_file_empty");
        e.message = QStringLiteral("CA file %1 holds no certificate").arg(path);
        e.hint = QStringLiteral("Check ca_file: it must contain at least one PEM or DER certificate.");
        return e;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(certs);
    ep.ssl = config;
    return okStatus();
}

CircuitState HttpClient::circuitState(const QString &endpoint) const
{
    const auto it = d->endpoints.constFind(endpoint);
    if (it == d->endpoints.constEnd())
        return CircuitState::Closed;
    switch (it->breaker.state(d->now())) {
    case CircuitBreaker::State::Closed:
        return CircuitState::Closed;
    case CircuitBreaker::State::Open:
        return CircuitState::Open;
    case CircuitBreaker::State::HalfOpen:
        return CircuitState::HalfOpen;
    }
    return CircuitState::Closed;
}

int HttpClient::inFlight() const
{
    return d->inFlight;
}

int HttpClient::queued() const
{
    return d->queued;
}

} // namespace backroom
