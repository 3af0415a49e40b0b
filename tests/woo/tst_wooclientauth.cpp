#include "sync/core/clock.h"
#include "sync/woo/wooauth.h"
#include "sync/woo/woocommerceclient.h"
#include "sync/woo/woourls.h"

#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace backroom;

namespace {
const QString kKey = QStringLiteral("ck_test_0123456789abcdef0123456789abcdef01");
const QString kSecret = QStringLiteral("cs_test_fedcba9876543210fedcba9876543210fe");

// Expected values computed independently, following WooCommerce's
// WC_REST_Authentication::check_oauth_signature() in Python:
//   raw = lambda s: urllib.parse.quote(s, safe='-_.~')            # PHP rawurlencode
//   keys sorted by raw bytes (uksort strcmp); pair = raw(raw(k)+'='+raw(v)); join '%26'
//   base = METHOD + '&' + raw(url) + '&' + pairs
//   sig = base64(hmac_sha1(secret + '&', base))
const QByteArray kListBase =
    "GET&http%3A%2F%2Fshop.example.com%2Fwp-json%2Fwc%2Fv3%2Forders&dates_are_gmt%3Dtrue%26modified_after%3D"
    "2026-11-22T17%253A50%253A30%26oauth_consumer_key%3Dck_test_0123456789abcdef0123456789abcdef01%26"
    "oauth_nonce%3Dabcdefghijklmnopqrstuvwxyz012345%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D"
    "1795370400%26order%3Dasc%26orderby%3Dmodified%26page%3D2%26per_page%3D100%26search%3DCaf%25C3%25A9%2520"
    "au%2520lait%252B1%2520~x%2526y%253Dz%26status%3Dprocessing%252Ccompleted";
const QByteArray kListSig = "zijcebbqmpKxj3Vikqx+JbVWD0k=";
const QByteArray kNoteBase =
    "POST&http%3A%2F%2Fshop.example.com%3A8080%2Fwp-json%2Fwc%2Fv3%2Forders%2F23%2Fnotes&oauth_consumer_key%3D"
    "ck_test_0123456789abcdef0123456789abcdef01%26oauth_nonce%3DZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ%26"
    "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1795370401";
const QByteArray kNoteSig = "2xXhoaWtbnQ46R0+I9Bj2n13umU=";

QUrl listUrl()
{
    OrderListQuery q;
    q.page = 2;
    q.statuses = {QStringLiteral("processing"), QStringLiteral("completed")};
    q.modifiedAfterGmt = QStringLiteral("2026-11-22T17:50:30");
    QueryParams p = wooOrderListParams(q);
    p.append({QStringLiteral("search"), QStringLiteral("Café au lait+1 ~x&y=z")});
    return wooWithQuery(wooApiUrl(QUrl(QStringLiteral("http://shop.example.com")), QStringLiteral("/orders")), p);
}
} // namespace

class TestWooAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serverBaseStringKnownAnswer()
    {
        QCOMPARE(wooOAuth1ServerBaseString("GET", listUrl(), kKey, QStringLiteral("abcdefghijklmnopqrstuvwxyz012345"),
                                           1795370400),
                 kListBase);
        const QUrl note = wooApiUrl(QUrl(QStringLiteral("http://shop.example.com:8080/")), QStringLiteral("/orders/23/notes"));
        QCOMPARE(wooOAuth1ServerBaseString("POST", note, kKey, QString(32, QLatin1Char('Z')), 1795370401), kNoteBase);
    }

    // QOAuth1Signature (Qt's own base string) must produce the signature WooCommerce computes.
    void qtSignatureKnownAnswer()
    {
        QCOMPARE(wooOAuth1Signature("GET", listUrl(), kKey, kSecret, QStringLiteral("abcdefghijklmnopqrstuvwxyz012345"),
                                    1795370400),
                 kListSig);
        const QUrl note = wooApiUrl(QUrl(QStringLiteral("http://shop.example.com:8080/")), QStringLiteral("/orders/23/notes"));
        QCOMPARE(wooOAuth1Signature("POST", note, kKey, kSecret, QString(32, QLatin1Char('Z')), 1795370401), kNoteSig);
        // And the constants are the HMAC of the base strings (key = secret + "&").
        QCOMPARE(QMessageAuthenticationCode::hash(kListBase, kSecret.toLatin1() + '&', QCryptographicHash::Sha1).toBase64(),
                 kListSig);
    }

    void signatureChangesWithEveryInput()
    {
        const QString n = QStringLiteral("abcdefghijklmnopqrstuvwxyz012345");
        QVERIFY(wooOAuth1Signature("GET", listUrl(), kKey, kSecret, n, 1795370401) != kListSig);
        QVERIFY(wooOAuth1Signature("POST", listUrl(), kKey, kSecret, n, 1795370400) != kListSig);
        QVERIFY(wooOAuth1Signature("GET", listUrl(), kKey, kSecret + QLatin1Char('x'), n, 1795370400) != kListSig);
    }

    void nonce()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString n = wooOAuthNonce();
            QCOMPARE(n.size(), 32);
            for (QChar c : n)
                QVERIFY(c.isLetterOrNumber() && c.unicode() < 128);
            seen.insert(n);
        }
        QCOMPARE(seen.size(), 200);
    }

    void applyOAuthQuery()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1795370400, Qt::UTC));
        WooAuth auth(WooAuthMode::OAuth1, kKey, kSecret, &clock, OAuthPlacement::Query,
                     [] { return QStringLiteral("abcdefghijklmnopqrstuvwxyz012345"); });
        HttpRequest r;
        r.url = listUrl();
        auth.apply(r);
        QVERIFY(r.headers.isEmpty());
        const QUrlQuery q(r.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("oauth_signature"), QUrl::FullyDecoded), QString::fromLatin1(kListSig));
        QCOMPARE(q.queryItemValue(QStringLiteral("oauth_timestamp")), QStringLiteral("1795370400"));
        QCOMPARE(q.queryItemValue(QStringLiteral("oauth_signature_method")), QStringLiteral("HMAC-SHA1"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("oauth_version")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("oauth_token")));
        // The signature's '+' and '=' are percent-encoded on the wire (PHP would read '+' as space).
        QVERIFY(r.url.query(QUrl::FullyEncoded).contains(QStringLiteral("oauth_signature=zijcebbqmpKxj3Vikqx%2BJbVWD0k%3D")));
        // Original parameters are untouched.
        QCOMPARE(q.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded), QStringLiteral("processing,completed"));
    }

    void applyOAuthHeader()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1795370401, Qt::UTC));
        WooAuth auth(WooAuthMode::OAuth1, kKey, kSecret, &clock, OAuthPlacement::Header,
                     [] { return QString(32, QLatin1Char('Z')); });
        HttpRequest r;
        r.method = "POST";
        r.url = wooApiUrl(QUrl(QStringLiteral("http://shop.example.com:8080")), QStringLiteral("/orders/23/notes"));
        auth.apply(r);
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.headers[0].first, QByteArray("Authorization"));
        const QByteArray h = r.headers[0].second;
        QVERIFY(h.startsWith("OAuth "));
        QVERIFY(h.contains("oauth_signature=\"2xXhoaWtbnQ46R0%2BI9Bj2n13umU%3D\""));
        QVERIFY(h.contains(QByteArray("oauth_consumer_key=\"" + kKey.toLatin1() + '"')));
        QVERIFY(!h.contains("oauth_version"));
        QVERIFY(r.url.query().isEmpty());
    }

    void applyBasicAndQuery()
    {
        HttpRequest b;
        b.url = QUrl(QStringLiteral("https://s/wp-json/wc/v3/orders?page=1"));
        WooAuth(WooAuthMode::Basic, kKey, kSecret, nullptr).apply(b);
        QCOMPARE(b.headers.size(), 1);
        QCOMPARE(b.headers[0].second, "Basic " + (kKey + QLatin1Char(':') + kSecret).toLatin1().toBase64());
        QCOMPARE(b.url.query(), QStringLiteral("page=1"));

        HttpRequest q;
        q.url = QUrl(QStringLiteral("https://s/wp-json/wc/v3/orders?page=1"));
        WooAuth(WooAuthMode::Query, kKey, kSecret, nullptr).apply(q);
        QVERIFY(q.headers.isEmpty());
        QCOMPARE(q.url.query(), QStringLiteral("page=1&consumer_key=%1&consumer_secret=%2").arg(kKey, kSecret));
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.8.9.10") << "127.8.9.10" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("mapped") << "::ffff:127.0.0.1" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
        QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io" << false;
        QTest::newRow("shop") << "shop.example.com" << false;
    }
    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void transportRule_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("basic-https") << "basic" << "https://shop.example.com" << true;
        QTest::newRow("basic-http-remote") << "basic" << "http://shop.example.com" << false;
        QTest::newRow("query-http-remote") << "query" << "http://shop.example.com" << false;
        QTest::newRow("basic-http-private-ip") << "basic" << "http://192.168.1.20:8080" << false;
        QTest::newRow("oauth1-http-remote") << "oauth1" << "http://shop.example.com" << true;
        QTest::newRow("basic-http-loopback") << "basic" << "http://127.0.0.1:8082" << true;
        QTest::newRow("query-http-localhost") << "query" << "http://localhost:8082" << true;
        QTest::newRow("basic-http-ipv6-loopback") << "basic" << "http://[::1]:8082" << true;
    }
    void transportRule()
    {
        QFETCH(QString, auth);
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        WooConnection c;
        c.storeId = QStringLiteral("main");
        c.url = QUrl(url);
        c.auth = auth;
        c.consumerKey = kKey;
        c.consumerSecret = kSecret;
        const Status s = WooCommerceClient::validate(c);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().category, ErrorCategory::Validation);
            QCOMPARE(s.error().code, QStringLiteral("insecure_auth"));
            QVERIFY(s.error().message.contains(QStringLiteral("plain http://")));
            QVERIFY(s.error().message.contains(QUrl(url).host()));
            QVERIFY(s.error().hint.contains(QStringLiteral("oauth1")));
            QVERIFY(!s.error().message.contains(kSecret));
        }
    }

    void validateOtherProblems()
    {
        WooConnection c;
        c.storeId = QStringLiteral("main");
        c.url = QUrl(QStringLiteral("https://shop.example.com"));
        c.auth = QStringLiteral("basic");
        c.consumerKey = kKey;
        c.consumerSecret = kSecret;
        QVERIFY(WooCommerceClient::validate(c).ok());
        auto broken = c;
        broken.auth = QStringLiteral("digest");
        QCOMPARE(WooCommerceClient::validate(broken).error().code, QStringLiteral("bad_auth"));
        broken = c;
        broken.url = QUrl(QStringLiteral("ftp://shop.example.com"));
        QCOMPARE(WooCommerceClient::validate(broken).error().code, QStringLiteral("bad_url"));
        broken = c;
        broken.consumerSecret.clear();
        QCOMPARE(WooCommerceClient::validate(broken).error().code, QStringLiteral("missing_keys"));
        broken = c;
        broken.auth = QStringLiteral("oauth1");
        broken.consumerSecret = QStringLiteral("cs_with space");
        QCOMPARE(WooCommerceClient::validate(broken).error().code, QStringLiteral("bad_secret"));
    }
};

QTEST_GUILESS_MAIN(TestWooAuth)
#include "tst_wooclientauth.moc"
