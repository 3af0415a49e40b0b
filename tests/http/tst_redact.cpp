#include "sync/http/redact.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace backroom;

namespace {
// Shaped like WooCommerce keys (prefix + 40 characters) but plainly not real ones.
const QByteArray kKey = "ck_" + QByteArray(20, 'k') + QByteArray("testkeytestkeytestkey").left(20);
const QByteArray kSecret = "cs_" + QByteArray(20, 's') + QByteArray("testsecrettestsecret").left(20);
} // namespace

class TestRedact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("query-keys")
            << QByteArray("https://shop/wp-json/wc/v3/orders?per_page=5&consumer_key=" + kKey
                          + "&consumer_secret=" + kSecret + "&page=2")
            << QByteArray("https://shop/wp-json/wc/v3/orders?per_page=5&consumer_key=REDACTED"
                          "&consumer_secret=REDACTED&page=2");
        QTest::newRow("first-param") << QByteArray("/x?consumer_secret=" + kSecret)
                                     << QByteArray("/x?consumer_secret=REDACTED");
        QTest::newRow("uppercase") << QByteArray("/x?Consumer_Secret=abc&a=1")
                                   << QByteArray("/x?Consumer_Secret=REDACTED&a=1");
        QTest::newRow("oauth-query")
            << QByteArray("/x?oauth_consumer_key=ck_1&oauth_nonce=n&oauth_signature=abc%2Bdef%3D")
            << QByteArray("/x?oauth_consumer_key=REDACTED&oauth_nonce=n&oauth_signature=REDACTED");
        QTest::newRow("oauth-header-params")
            << QByteArray("OAuth oauth_consumer_key=\"ck_1\",oauth_signature=\"s%2B%3D\",oauth_nonce=\"n\"")
            << QByteArray("OAuth oauth_consumer_key=\"REDACTED\",oauth_signature=\"REDACTED\",oauth_nonce=\"n\"");
        QTest::newRow("api-key-token") << QByteArray("/api?api_key=k1&token=t2&access_token=t3&x=1")
                                       << QByteArray("/api?api_key=REDACTED&token=REDACTED&access_token=REDACTED&x=1");
        QTest::newRow("password-form") << QByteArray("usr=a&password=hunter2")
                                       << QByteArray("usr=a&password=REDACTED");
        QTest::newRow("nothing-secret") << QByteArray("/orders?page=2&order_key=wc_order_x&tokenize=1")
                                        << QByteArray("/orders?page=2&order_key=wc_order_x&tokenize=1");
        QTest::newRow("empty-value") << QByteArray("/x?token=&a=1") << QByteArray("/x?token=REDACTED&a=1");
        QTest::newRow("in-error-text") << QByteArray("Error transferring http://h/x?token=abc - server replied: x")
                                       << QByteArray("Error transferring http://h/x?token=REDACTED - server replied: x");
    }
    void text()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(redactText(input), expected);
    }

    void url()
    {
        QUrl u(QStringLiteral("https://shop.example.com/wp-json/wc/v3/orders"));
        u.setQuery(QStringLiteral("consumer_key=%1&consumer_secret=%2&status=processing")
                       .arg(QString::fromLatin1(kKey), QString::fromLatin1(kSecret)));
        const QByteArray r = redactUrl(u);
        QVERIFY(!r.contains(kKey));
        QVERIFY(!r.contains(kSecret));
        QVERIFY(r.contains("status=processing"));
        QVERIFY(r.contains("consumer_secret=REDACTED"));
    }

    void headers_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("basic") << QByteArray("Authorization") << QByteArray("Basic " + QByteArray(kKey + ':' + kSecret).toBase64())
                               << QByteArray("Basic REDACTED");
        QTest::newRow("lowercase") << QByteArray("authorization") << QByteArray("token key:secret")
                                   << QByteArray("token REDACTED");
        QTest::newRow("oauth") << QByteArray("Authorization")
                               << QByteArray("OAuth oauth_consumer_key=\"ck\",oauth_signature=\"x\"")
                               << QByteArray("OAuth REDACTED");
        QTest::newRow("bare") << QByteArray("Authorization") << QByteArray("sekrit") << QByteArray("REDACTED");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("sid=abc") << QByteArray("REDACTED");
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic eA==")
                               << QByteArray("Basic REDACTED");
        QTest::newRow("plain") << QByteArray("X-WP-Total") << QByteArray("14") << QByteArray("14");
    }
    void headers()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(redactHeaderValue(name, value), expected);
    }

    // Fixture 02: the server echoes consumer_key/consumer_secret into the Link header.
    void linkHeaderFromFixture02()
    {
        QFile f(qEnvironmentVariable("BACKROOM_FIXTURES")
                + QStringLiteral("/woocommerce-live/02_orders_list_page2_query_string_auth.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QByteArray link = root[QStringLiteral("response")][QStringLiteral("headers")][QStringLiteral("Link")]
                              .toString()
                              .toUtf8();
        QVERIFY(link.contains("consumer_secret=cs_REDACTED"));
        // Put real-looking secrets back where the capture had them.
        link.replace("ck_REDACTED", kKey);
        link.replace("cs_REDACTED", kSecret);
        QVERIFY(link.contains(kSecret));

        HttpHeaders headers{{"Link", link}, {"Authorization", "Basic " + kSecret.toBase64()}};
        const QByteArray logged = redactHeaders(headers);
        QVERIFY(!logged.contains(kKey));
        QVERIFY(!logged.contains(kSecret));
        QVERIFY(!logged.contains(kSecret.toBase64()));
        QCOMPARE(logged.count("consumer_secret=REDACTED"), 2);
        QCOMPARE(logged.count("consumer_key=REDACTED"), 2);
        QVERIFY(logged.contains("rel=\"next\""));
        QVERIFY(logged.contains("page=3"));
        QVERIFY(logged.contains("Authorization: Basic REDACTED"));
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
