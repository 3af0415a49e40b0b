#include "sync/http/httperrors.h"

#include <QTest>

using namespace backroom;


class TestHttpErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void status_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("category");
        const QByteArray json = "application/json; charset=UTF-8";
        const QByteArray html = "text/html";
        QTest::newRow("429") << 429 << json << QByteArray("{}") << QStringLiteral("transient.throttled");
        QTest::newRow("503-html") << 503 << html << QByteArray("<html>busy</html>") << QStringLiteral("transient.throttled");
        QTest::newRow("500") << 500 << json << QByteArray("{\"code\":\"x\"}") << QStringLiteral("transient.remote");
        QTest::newRow("502-html") << 502 << html << QByteArray("<html><body>Bad Gateway</body></html>") << QStringLiteral("transient.remote");
        QTest::newRow("504") << 504 << QByteArray() << QByteArray() << QStringLiteral("transient.remote");
        QTest::newRow("501") << 501 << html << QByteArray("<html/>") << QStringLiteral("transient.remote");
        QTest::newRow("401") << 401 << json << QByteArray("{}") << QStringLiteral("auth");
        QTest::newRow("403-html") << 403 << html << QByteArray("<html>WAF</html>") << QStringLiteral("auth");
        QTest::newRow("400") << 400 << json << QByteArray("{}") << QStringLiteral("validation");
        QTest::newRow("404") << 404 << json << QByteArray("{}") << QStringLiteral("validation");
        QTest::newRow("413") << 413 << json << QByteArray("{}") << QStringLiteral("validation");
        QTest::newRow("404-html-no-type") << 404 << QByteArray() << QByteArray("  \n<!DOCTYPE html>") << QStringLiteral("transient.remote");
        QTest::newRow("408") << 408 << QByteArray() << QByteArray() << QStringLiteral("transient.network");
        QTest::newRow("302") << 302 << QByteArray() << QByteArray() << QStringLiteral("validation");
    }
    void status()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, category);
        HttpHeaders headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const auto e = errorFromHttpStatus(status, headers, body, QDateTime::currentDateTimeUtc());
        QVERIFY(e.has_value());
        QCOMPARE(categoryName(e->category), category);
        QCOMPARE(e->httpStatus, status);
        QVERIFY(!e->message.isEmpty());
        QVERIFY(!e->hint.isEmpty());
    }

    void successIsNoError()
    {
        QVERIFY(!errorFromHttpStatus(200, {}, "[]", QDateTime::currentDateTimeUtc()));
        QVERIFY(!errorFromHttpStatus(201, {}, "{}", QDateTime::currentDateTimeUtc()));
    }

    void retryAfterSecondsAndDate()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        auto e = errorFromHttpStatus(429, {{"retry-after", "3"}}, {}, now);
        QCOMPARE(e->retryAfterMs.value_or(-1), 3000);
        e = errorFromHttpStatus(503, {{"Retry-After", "Sun, 22 Nov 2026 10:00:12 GMT"}}, {}, now);
        QCOMPARE(e->retryAfterMs.value_or(-1), 12000);
        e = errorFromHttpStatus(429, {}, {}, now);
        QVERIFY(!e->retryAfterMs);
        e = errorFromHttpStatus(429, {{"Retry-After", "later"}}, {}, now);
        QVERIFY(!e->retryAfterMs);
    }

    void redirectLocationIsRedacted()
    {
        const auto e = errorFromHttpStatus(301, {{"Location", "https://s/x?consumer_secret=cs_abc"}}, {},
                                           QDateTime::currentDateTimeUtc());
        QVERIFY(!e->message.contains(QStringLiteral("cs_abc")));
        QVERIFY(e->message.contains(QStringLiteral("https://s/x")));
    }

    void transport_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("code");
        QTest::newRow("timeout-cancel") << int(QNetworkReply::OperationCanceledError) << true << QStringLiteral("transient.network") << QStringLiteral("timeout");
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << false << QStringLiteral("transient.network") << QStringLiteral("timeout");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << QStringLiteral("transient.network") << QStringLiteral("connection_refused");
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << false << QStringLiteral("transient.network") << QStringLiteral("connection_reset");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false << QStringLiteral("transient.network") << QStringLiteral("dns");
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << QStringLiteral("transient.network") << QStringLiteral("tls");
        QTest::newRow("scheme") << int(QNetworkReply::ProtocolUnknownError) << false << QStringLiteral("validation") << QStringLiteral("unsupported_scheme");
        QTest::newRow("garbled") << int(QNetworkReply::ProtocolFailure) << false << QStringLiteral("transient.remote") << QStringLiteral("protocol_failure");
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << false << QStringLiteral("transient.network") << QString();
    }
    void transport()
    {
        QFETCH(int, error);
        QFETCH(bool, timedOut);
        QFETCH(QString, category);
        QFETCH(QString, code);
        const SyncError e = errorFromTransport(QNetworkReply::NetworkError(error), QStringLiteral("x"), timedOut);
        QCOMPARE(categoryName(e.category), category);
        if (!code.isEmpty())
            QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(!e.hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
