#include "sync/core/clock.h"
#include "sync/http/httpclient.h"
#include "tests/support/fakehttpserver.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace backroom;
using namespace backroom::test;
using namespace std::chrono_literals;

namespace {

struct Outcome {
    int calls = 0;
    HttpResponse r;
};

HttpClient::Callback capture(Outcome &o)
{
    return [&o](const HttpResponse &r) {
        ++o.calls;
        o.r = r;
    };
}

HttpClientOptions fastOptions()
{
    HttpClientOptions o;
    o.baseDelay = 1ms;
    o.maxDelay = 20ms;
    o.maxAttempts = 3;
    o.breakerFailureThreshold = 100;
    o.userAgent = "Backroom-Test/1";
    o.random = [] { return 0.5; };
    return o;
}

const QByteArray kPem = "-----BEGIN CERTIFICATE-----\n"
                        "MIIBijCCATGgAwIBAgIUZWjMMq/0+7/88RcSp73EkRqLBEYwCgYIKoZIzj0EAwIw\n"
                        "GzEZMBcGA1UEAwwQQmFja3Jvb20gVGVzdCBDQTAeFw0yNjExMjIxODA5MThaFw0z\n"
                        "NjExMTkxODA5MThaMBsxGTAXBgNVBAMMEEJhY2tyb29tIFRlc3QgQ0EwWTATBgcq\n"
                        "hkjOPQIBBggqhkjOPQMBBwNCAAT1ZqfnSJjplrvhzGJQXDPRVz2hCWMxJKOX1Kxh\n"
                        "ArKrdQGewNKug2UXiqT+Q/qvV/smsPRuH7kcGBAwjKlVzdxOo1MwUTAdBgNVHQ4E\n"
                        "FgQU9OZQ/N+eKf4fCMJKPWGNLJ1lp+kwHwYDVR0jBBgwFoAU9OZQ/N+eKf4fCMJK\n"
                        "PWGNLJ1lp+kwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiBl3evr\n"
                        "g1V4MK8WEir3/xuZusIT50+PXIfZyJGs3oGUvAIgXPqHfdpTfzIhJslqhBjYj7qB\n"
                        "Qkyavgga5uIkBNbCQno=\n"
                        "-----END CERTIFICATE-----\n";

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT
private:
    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ManualClock m_clock;

    HttpRequest get(const QString &path = QStringLiteral("/x"))
    {
        HttpRequest r;
        r.url = m_server->url(path);
        r.endpoint = QStringLiteral("test:ep");
        r.timeout = 5s;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_nam = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        delete m_nam;
        delete m_server;
    }

    void getSendsHeadersAndCorrelationId()
    {
        m_server->enqueue(FakeResponse::json(200, "{\"a\":1}"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        QSignalSpy spy(&client, &HttpClient::exchangeFinished);
        Outcome o;
        HttpRequest req = get(QStringLiteral("/wp-json/wc/v3/orders?page=2"));
        req.headers.emplaceBack("Accept", "application/json");
        client.send(req, capture(o));
        QTRY_COMPARE(o.calls, 1);
        QVERIFY(o.r.ok());
        QCOMPARE(o.r.status, 200);
        QCOMPARE(o.r.body, QByteArray("{\"a\":1}"));
        QCOMPARE(o.r.header("content-type"), QByteArray("application/json; charset=UTF-8"));
        QCOMPARE(o.r.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        const FakeRequest &seen = m_server->requests().first();
        QCOMPARE(seen.target, QByteArray("/wp-json/wc/v3/orders?page=2"));
        QCOMPARE(seen.header("User-Agent"), QByteArray("Backroom-Test/1"));
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QVERIFY(!o.r.correlationId.isEmpty());
        QCOMPARE(seen.header("X-Request-ID"), o.r.correlationId.toLatin1());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("test:ep"));
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QCOMPARE(spy.at(0).at(2).toInt(), 200);
    }

    void timeoutIsTransientNetwork()
    {
        m_server->setDefault(FakeResponse::neverAnswer());
        auto opts = fastOptions();
        opts.maxAttempts = 1;
        HttpClient client(m_nam, opts, &m_clock);
        Outcome o;
        HttpRequest req = get();
        req.timeout = 200ms;
        client.send(req, capture(o));
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, 5000);
        QVERIFY(!o.r.ok());
        QCOMPARE(o.r.error->category, ErrorCategory::TransientNetwork);
        QCOMPARE(o.r.error->code, QStringLiteral("timeout"));
        QCOMPARE(o.r.error->requestId, o.r.correlationId);
        QVERIFY(o.r.elapsedMs >= 150);
    }

    void timeoutThenSuccessIsRetried()
    {
        m_server->enqueue(FakeResponse::neverAnswer());
        m_server->enqueue(FakeResponse::json(200, "[]"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        HttpRequest req = get();
        req.timeout = 200ms;
        client.send(req, capture(o));
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, 5000);
        QVERIFY(o.r.ok());
        QCOMPARE(o.r.attempts, 2);
        // A new correlation id per attempt.
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(m_server->requests()[0].header("X-Request-ID") != m_server->requests()[1].header("X-Request-ID"));
        QCOMPARE(m_server->requests()[1].header("X-Request-ID"), o.r.correlationId.toLatin1());
    }

    void resetIsTransientNetwork()
    {
        m_server->setDefault(FakeResponse::reset());
        auto opts = fastOptions();
        opts.maxAttempts = 1;
        HttpClient client(m_nam, opts, &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QVERIFY(!o.r.ok());
        QCOMPARE(o.r.status, 0);
        QCOMPARE(o.r.error->category, ErrorCategory::TransientNetwork);
    }

    void refusedIsTransientNetwork()
    {
        const QUrl dead = m_server->url(QStringLiteral("/x"));
        delete m_server; // nobody listens on that port any more
        m_server = nullptr;
        auto opts = fastOptions();
        opts.maxAttempts = 1;
        HttpClient client(m_nam, opts, &m_clock);
        Outcome o;
        HttpRequest req;
        req.url = dead;
        client.send(req, capture(o));
        QTRY_COMPARE(o.calls, 1);
        QCOMPARE(o.r.error->category, ErrorCategory::TransientNetwork);
        QCOMPARE(o.r.error->code, QStringLiteral("connection_refused"));
    }

    void throttled429WaitsRetryAfterSeconds()
    {
        m_server->enqueue(FakeResponse::json(429, "{}").withHeader("Retry-After", "1"));
        m_server->enqueue(FakeResponse::json(200, "[1]"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTest::qWait(500);
        QCOMPARE(m_server->requestCount(), 1); // still waiting as told
        QCOMPARE(o.calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, 5000);
        QVERIFY(o.r.ok());
        QCOMPARE(o.r.attempts, 2);
        QVERIFY2(o.r.elapsedMs >= 950, qPrintable(QString::number(o.r.elapsedMs)));
    }

    void retryAfterHttpDateReadsTheClock()
    {
        // The Retry-After date is one second after the injected clock's "now" (far from the
        // real time): only date math against the Clock gives a one-second wait.
        ManualClock clock(QDateTime(QDate(2031, 1, 1), QTime(12, 0, 0), Qt::UTC));
        m_server->enqueue(FakeResponse::json(503, "{}").withHeader("Retry-After", "Wed, 01 Jan 2031 12:00:01 GMT"));
        m_server->enqueue(FakeResponse::json(200, "[]"));
        HttpClient client(m_nam, fastOptions(), &clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE_WITH_TIMEOUT(o.calls, 1, 5000);
        QVERIFY(o.r.ok());
        QVERIFY2(o.r.elapsedMs >= 950, qPrintable(QString::number(o.r.elapsedMs)));
        QVERIFY(o.r.elapsedMs < 4000);
    }

    void longRetryAfterIsReturnedNotWaited()
    {
        m_server->setDefault(FakeResponse::json(429, "{}").withHeader("Retry-After", "3600"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QCOMPARE(o.r.error->category, ErrorCategory::TransientThrottled);
        QCOMPARE(o.r.error->retryAfterMs.value_or(-1), 3600000);
        QCOMPARE(m_server->requestCount(), 1);
        // The endpoint is paused: the next request fails fast without touching the server.
        Outcome o2;
        client.send(get(), capture(o2));
        QCOMPARE(o2.calls, 0); // never called back from inside send()
        QTRY_COMPARE(o2.calls, 1);
        QCOMPARE(o2.r.error->category, ErrorCategory::TransientThrottled);
        QVERIFY(o2.r.error->retryAfterMs.value_or(0) > 3000000);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void postIsNeverRetried()
    {
        m_server->enqueue(FakeResponse::json(503, "{}"));
        m_server->enqueue(FakeResponse::json(201, "{}"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        HttpRequest req = get();
        req.method = "POST";
        req.body = "{\"x\":1}";
        req.headers.emplaceBack("Content-Type", "application/json");
        req.idempotent = false;
        client.send(req, capture(o));
        QTRY_COMPARE(o.calls, 1);
        QTest::qWait(100);
        QCOMPARE(o.r.error->category, ErrorCategory::TransientThrottled);
        QCOMPARE(o.r.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests()[0].body, QByteArray("{\"x\":1}"));
    }

    void authIsNeverRetried()
    {
        m_server->setDefault(FakeResponse::json(401, "{\"code\":\"woocommerce_rest_cannot_view\"}"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QTest::qWait(100);
        QCOMPARE(o.r.error->category, ErrorCategory::Auth);
        QCOMPARE(o.r.status, 401);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(o.r.body, QByteArray("{\"code\":\"woocommerce_rest_cannot_view\"}"));
    }

    void validationIsNotRetried()
    {
        m_server->setDefault(FakeResponse::json(400, "{}"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QTest::qWait(50);
        QCOMPARE(o.r.error->category, ErrorCategory::Validation);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void transientRemoteIsRetriedThenSucceeds()
    {
        m_server->enqueue(FakeResponse::json(500, "{}"));
        m_server->enqueue(FakeResponse::html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        m_server->enqueue(FakeResponse::json(200, "[]"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        QSignalSpy spy(&client, &HttpClient::exchangeFinished);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QVERIFY(o.r.ok());
        QCOMPARE(o.r.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(spy.count(), 1);
    }

    void givesUpAfterMaxAttempts()
    {
        m_server->setDefault(FakeResponse::html(502, "<html>Bad Gateway</html>"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QTest::qWait(50);
        QCOMPARE(o.r.error->category, ErrorCategory::TransientRemote);
        QCOMPARE(o.r.status, 502);
        QCOMPARE(o.r.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QSet<QByteArray> ids;
        for (const auto &r : m_server->requests())
            ids.insert(r.header("X-Request-ID"));
        QCOMPARE(ids.size(), 3);
    }

    void perHostConcurrencyIsNeverExceeded()
    {
        m_server->setDefault(FakeResponse::json(200, "{}").withDelay(30));
        auto opts = fastOptions();
        opts.perHostConcurrency = 2;
        HttpClient client(m_nam, opts, &m_clock);
        QList<Outcome> outs(10);
        for (auto &o : outs)
            client.send(get(), capture(o));
        QCOMPARE(client.inFlight(), 2);
        QCOMPARE(client.queued(), 8);
        int maxClientInFlight = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     maxClientInFlight = std::max(maxClientInFlight, client.inFlight());
                                     return std::all_of(outs.begin(), outs.end(),
                                                        [](const Outcome &o) { return o.calls == 1; });
                                 }()),
                                 10000);
        QCOMPARE(m_server->requestCount(), 10);
        QCOMPARE(m_server->maxInFlight(), 2);
        QVERIFY(maxClientInFlight <= 2);
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(client.queued(), 0);
    }

    void circuitOpensHalfOpensAndCloses()
    {
        m_server->setDefault(FakeResponse::json(500, "{}"));
        auto opts = fastOptions();
        opts.maxAttempts = 1;
        opts.breakerFailureThreshold = 2;
        opts.breakerOpenFor = 300ms;
        HttpClient client(m_nam, opts, &m_clock);
        for (int i = 0; i < 2; ++i) {
            Outcome o;
            client.send(get(), capture(o));
            QTRY_COMPARE(o.calls, 1);
            QCOMPARE(o.r.error->category, ErrorCategory::TransientRemote);
        }
        QCOMPARE(client.circuitState(QStringLiteral("test:ep")), CircuitState::Open);
        Outcome fast;
        client.send(get(), capture(fast));
        QTRY_COMPARE(fast.calls, 1);
        QCOMPARE(fast.r.error->category, ErrorCategory::TransientRemote);
        QCOMPARE(fast.r.error->message, QStringLiteral("circuit open"));
        QCOMPARE(m_server->requestCount(), 2); // failed fast, never sent

        QTRY_COMPARE(client.circuitState(QStringLiteral("test:ep")), CircuitState::HalfOpen);
        m_server->setDefault(FakeResponse::json(200, "{}").withDelay(50));
        Outcome probe, other;
        client.send(get(), capture(probe));
        client.send(get(), capture(other));
        QTRY_COMPARE(other.calls, 1);
        QCOMPARE(other.r.error->message, QStringLiteral("circuit open"));
        QTRY_COMPARE(probe.calls, 1);
        QVERIFY(probe.r.ok());
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(client.circuitState(QStringLiteral("test:ep")), CircuitState::Closed);
    }

    void failedProbeReopens()
    {
        m_server->setDefault(FakeResponse::json(500, "{}"));
        auto opts = fastOptions();
        opts.maxAttempts = 1;
        opts.breakerFailureThreshold = 1;
        opts.breakerOpenFor = 200ms;
        HttpClient client(m_nam, opts, &m_clock);
        Outcome o1;
        client.send(get(), capture(o1));
        QTRY_COMPARE(o1.calls, 1);
        QTRY_COMPARE(client.circuitState(QStringLiteral("test:ep")), CircuitState::HalfOpen);
        Outcome probe;
        client.send(get(), capture(probe));
        QTRY_COMPARE(probe.calls, 1);
        QCOMPARE(probe.r.status, 500);
        QCOMPARE(client.circuitState(QStringLiteral("test:ep")), CircuitState::Open);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void redirectsAreNotFollowed()
    {
        m_server->enqueue(FakeResponse::json(302, "").withHeader("Location", "/elsewhere"));
        m_server->setDefault(FakeResponse::json(200, "{}"));
        HttpClient client(m_nam, fastOptions(), &m_clock);
        Outcome o;
        client.send(get(), capture(o));
        QTRY_COMPARE(o.calls, 1);
        QTest::qWait(50);
        QCOMPARE(o.r.status, 302);
        QCOMPARE(o.r.error->category, ErrorCategory::Validation);
        QVERIFY(o.r.error->message.contains(QStringLiteral("/elsewhere")));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void caFile()
    {
        HttpClient client(m_nam, fastOptions(), &m_clock);
        QVERIFY(!client.setCaFile(QStringLiteral("ep"), QStringLiteral("/nonexistent/ca.pem")).ok());
        QTemporaryFile junk;
        QVERIFY(junk.open());
        junk.write("not a certificate");
        junk.flush();
        const Status bad = client.setCaFile(QStringLiteral("ep"), junk.fileName());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().category, ErrorCategory::Validation);
        QTemporaryFile pem;
        QVERIFY(pem.open());
        pem.write(kPem);
        pem.flush();
        QVERIFY(client.setCaFile(QStringLiteral("ep"), pem.fileName()).ok());
        QVERIFY(client.setCaFile(QStringLiteral("ep"), QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
