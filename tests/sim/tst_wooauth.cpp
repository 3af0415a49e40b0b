// WooSim authentication: Basic, query-string keys and OAuth 1.0a (HMAC-SHA1/SHA256) checked
// against a known-answer vector computed independently with Python's hmac module.
#include "sim/woo/woooauth.h"
#include "sim/woo/woosim.h"
#include "simtestutil.h"

#include <QDateTime>

using namespace backroom::sim;
using namespace simtest;

namespace {
// python3: base string per RFC 5849 / WooCommerce (see woocommerce-api.md §1), key "cs_test&".
const QByteArray kBase =
    "GET&http%3A%2F%2F127.0.0.1%3A8082%2Fwp-json%2Fwc%2Fv3%2Forders&modified_after%3D2026-11-22T16%253A50%253A34"
    "%26oauth_consumer_key%3Dck_test%26oauth_nonce%3Dn0nce%2520%25C3%259C%252B%26oauth_signature_method%3DHMAC-SHA1"
    "%26oauth_timestamp%3D1700000000%26per_page%3D5%26status%255B0%255D%3Dprocessing%26status%255B1%255D%3Don-hold";
const QByteArray kSha1 = "mMTmeWSET2ZaFYJLVYzj9fcRW/c=";
const QByteArray kSha256 = "HuvUkmRS+TmBsfN/re3OVY3JEgp8RqzjdCFZfXVAHP0=";
} // namespace

class TestWooAuth final : public QObject {
    Q_OBJECT
public:
    WooSim *sim = nullptr;
    QNetworkAccessManager nam;
    int nonce = 0;
    const WooSim::Options o;

    QByteArray ordersUrl() const { return sim->url().toString().toUtf8() + "/wp-json/wc/v3/orders"; }

    // Signs GET /orders?per_page=2 (+ extra) with the test's own signer; oauth_* in a header or the query.
    Reply oauthGet(const QByteArray &algorithm, bool inHeader, const QByteArray &secret, qint64 timestamp,
                   const QByteArray &useNonce = {}, const QByteArray &key = {})
    {
        const QByteArray n = useNonce.isEmpty() ? "nonce" + QByteArray::number(++nonce) : useNonce;
        QList<QPair<QByteArray, QByteArray>> params{
            {"per_page", "2"}, {"oauth_consumer_key", key.isEmpty() ? o.consumerKey.toUtf8() : key},
            {"oauth_nonce", n}, {"oauth_signature_method", algorithm}, {"oauth_timestamp", QByteArray::number(timestamp)}};
        const QByteArray sig = oauthSignature("GET", ordersUrl(), params, secret,
                                              algorithm == "HMAC-SHA256" ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1);
        QUrl url(QString::fromUtf8(ordersUrl()));
        if (inHeader) {
            QByteArray header = "OAuth ";
            for (const auto &p : params)
                if (p.first.startsWith("oauth_"))
                    header += p.first + "=\"" + p.second.toPercentEncoding() + "\", ";
            header += "oauth_signature=\"" + sig.toPercentEncoding() + '"';
            url.setQuery(QStringLiteral("per_page=2"));
            return call(nam, "GET", url, {}, {{"Authorization", header}});
        }
        QByteArray q;
        for (const auto &p : params)
            q += p.first + '=' + p.second.toPercentEncoding() + '&';
        q += "oauth_signature=" + sig.toPercentEncoding();
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
        return call(nam, "GET", url);
    }

private Q_SLOTS:
    void initTestCase()
    {
        sim = new WooSim(o, this);
        QVERIFY(sim->listen() != 0);
    }

    void knownAnswerServerSide()
    {
        SimRequest r;
        r.method = "GET";
        r.rawPath = "/wp-json/wc/v3/orders";
        r.rawQuery = "per_page=5&status[]=processing&status%5B%5D=on-hold&modified_after=2026-11-22T16%3A50%3A34"
                     "&oauth_consumer_key=ck_test&oauth_nonce=n0nce+%C3%9C%2B&oauth_signature_method=HMAC-SHA1"
                     "&oauth_timestamp=1700000000&oauth_signature=x";
        const auto params = WooOAuthVerifier::collect(r);
        QCOMPARE(WooOAuthVerifier::baseString("GET", "http://127.0.0.1:8082/wp-json/wc/v3/orders", params), kBase);
        QCOMPARE(*WooOAuthVerifier::sign("HMAC-SHA1", kBase, "cs_test"), kSha1);
        QCOMPARE(*WooOAuthVerifier::sign("HMAC-SHA256", kBase, "cs_test"), kSha256);
        QVERIFY(!WooOAuthVerifier::sign("PLAINTEXT", kBase, "cs_test"));
    }

    void knownAnswerTestSigner()
    {
        // The test's signer (scalar params; the array is given pre-flattened) agrees with Python.
        const QList<QPair<QByteArray, QByteArray>> params{
            {"per_page", "5"}, {"status[0]", "processing"}, {"status[1]", "on-hold"}, {"modified_after", "2026-11-22T16:50:34"},
            {"oauth_consumer_key", "ck_test"}, {"oauth_nonce", "n0nce \xc3\x9c+"}, {"oauth_signature_method", "HMAC-SHA1"},
            {"oauth_timestamp", "1700000000"}};
        QCOMPARE(oauthSignature("GET", "http://127.0.0.1:8082/wp-json/wc/v3/orders", params, "cs_test", QCryptographicHash::Sha1), kSha1);
    }

    void basicAndQueryString()
    {
        QUrl url(QString::fromUtf8(ordersUrl()));
        url.setQuery(QStringLiteral("per_page=1"));
        QCOMPARE(call(nam, "GET", url, {}, {{"Authorization", basic(o.consumerKey, o.consumerSecret)}}).status, 200);
        url.setQuery(QStringLiteral("per_page=1&page=2&consumer_key=%1&consumer_secret=%2").arg(o.consumerKey, o.consumerSecret));
        const Reply q = call(nam, "GET", url);
        QCOMPARE(q.status, 200);
        QVERIFY(q.header("Link").contains("consumer_secret=")); // WooCommerce echoes the keys into Link
        url.setQuery(QStringLiteral("per_page=1&consumer_key=%1&consumer_secret=wrong").arg(o.consumerKey));
        QCOMPARE(call(nam, "GET", url).object().value(QStringLiteral("message")).toString(), QStringLiteral("Consumer secret is invalid."));
    }

    void oauthAccepted_data()
    {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<bool>("inHeader");
        QTest::newRow("sha1 header") << QByteArray("HMAC-SHA1") << true;
        QTest::newRow("sha1 query") << QByteArray("HMAC-SHA1") << false;
        QTest::newRow("sha256 header") << QByteArray("HMAC-SHA256") << true;
        QTest::newRow("sha256 query") << QByteArray("HMAC-SHA256") << false;
    }
    void oauthAccepted()
    {
        QFETCH(QByteArray, algorithm);
        QFETCH(bool, inHeader);
        const Reply r = oauthGet(algorithm, inHeader, o.consumerSecret.toUtf8(), QDateTime::currentSecsSinceEpoch());
        QVERIFY2(r.status == 200, r.body);
        QCOMPARE(r.array().size(), 2);
    }

    void oauthRejected_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("skew");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << QByteArray("cs_wrong") << 0 << QByteArray() << QByteArray("HMAC-SHA1")
                                      << QStringLiteral("Invalid signature - provided signature does not match.");
        QTest::newRow("old timestamp") << QByteArray() << -16 * 60 << QByteArray() << QByteArray("HMAC-SHA1") << QStringLiteral("Invalid timestamp.");
        QTest::newRow("future timestamp") << QByteArray() << 16 * 60 << QByteArray() << QByteArray("HMAC-SHA256") << QStringLiteral("Invalid timestamp.");
        QTest::newRow("unknown key") << QByteArray() << 0 << QByteArray("ck_unknown") << QByteArray("HMAC-SHA1") << QStringLiteral("Consumer key is invalid.");
        QTest::newRow("plaintext") << QByteArray() << 0 << QByteArray() << QByteArray("PLAINTEXT")
                                   << QStringLiteral("Invalid signature - signature method is invalid.");
    }
    void oauthRejected()
    {
        QFETCH(QByteArray, secret);
        QFETCH(int, skew);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, algorithm);
        QFETCH(QString, message);
        const Reply r = oauthGet(algorithm, true, secret.isEmpty() ? o.consumerSecret.toUtf8() : secret,
                                 QDateTime::currentSecsSinceEpoch() + skew, {}, key);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("woocommerce_rest_authentication_error"));
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(), message);
    }

    void oauthNonceReuse()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(oauthGet("HMAC-SHA1", true, o.consumerSecret.toUtf8(), now, "fixed-nonce").status, 200);
        const Reply again = oauthGet("HMAC-SHA1", true, o.consumerSecret.toUtf8(), now, "fixed-nonce");
        QCOMPARE(again.status, 401);
        QCOMPARE(again.object().value(QStringLiteral("message")).toString(), QStringLiteral("Invalid nonce - nonce has already been used."));
    }

    void oauthMissingParameter()
    {
        QUrl url(QString::fromUtf8(ordersUrl()));
        url.setQuery(QStringLiteral("oauth_consumer_key=%1&oauth_nonce=x").arg(o.consumerKey));
        const Reply r = call(nam, "GET", url);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("woocommerce_rest_authentication_missing_parameter"));
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Missing OAuth parameters oauth_timestamp, oauth_signature, oauth_signature_method"));
    }
};

QTEST_GUILESS_MAIN(TestWooAuth)
#include "tst_wooauth.moc"
