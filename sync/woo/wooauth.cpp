#include "sync/woo/wooauth.h"

#include "sync/core/clock.h"

#include <QHostAddress>
#include <QMap>
#include <QOAuth1Signature>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

namespace backroom {

namespace {

QOAuth1Signature::HttpRequestMethod qtMethod(const QByteArray &method)
{
    if (method == "GET")
        return QOAuth1Signature::HttpRequestMethod::Get;
    if (method == "POST")
        return QOAuth1Signature::HttpRequestMethod::Post;
    if (method == "PUT")
        return QOAuth1Signature::HttpRequestMethod::Put;
    if (method == "DELETE")
        return QOAuth1Signature::HttpRequestMethod::Delete;
    if (method == "HEAD")
        return QOAuth1Signature::HttpRequestMethod::Head;
    return QOAuth1Signature::HttpRequestMethod::Custom;
}

QByteArray rawUrlEncode(const QString &s)
{
    // PHP rawurlencode() == RFC 3986: everything but A-Z a-z 0-9 - _ . ~ is encoded.
    return QUrl::toPercentEncoding(s);
}

QMultiMap<QString, QVariant> oauthParams(const QString &consumerKey, const QString &nonce,
                                         qint64 timestamp)
{
    QMultiMap<QString, QVariant> p;
    p.insert(QStringLiteral("oauth_consumer_key"), consumerKey);
    p.insert(QStringLiteral("oauth_nonce"), nonce);
    p.insert(QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA1"));
    p.insert(QStringLiteral("oauth_timestamp"), QString::number(timestamp));
    return p;
}

} // namespace

std::optional<WooAuthMode> wooAuthModeFromName(const QString &name)
{
    if (name == QLatin1String("basic"))
        return WooAuthMode::Basic;
    if (name == QLatin1String("query"))
        return WooAuthMode::Query;
    if (name == QLatin1String("oauth1"))
        return WooAuthMode::OAuth1;
    return std::nullopt;
}

QString wooAuthModeName(WooAuthMode mode)
{
    switch (mode) {
    case WooAuthMode::Basic:
        return QStringLiteral("basic");
    case WooAuthMode::Query:
        return QStringLiteral("query");
    case WooAuthMode::OAuth1:
        return QStringLiteral("oauth1");
    }
    return {};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    QHostAddress addr;
    if (!addr.setAddress(host))
        return false;
    if (addr.isLoopback())
        return true;
    bool mapped = false;
    const quint32 v4 = addr.toIPv4Address(&mapped);
    return mapped && (v4 >> 24) == 127;
}

Status checkWooAuthTransport(WooAuthMode mode, const QUrl &url)
{
    if (mode == WooAuthMode::OAuth1 || url.scheme() != QLatin1String("http") || isLoopbackHost(url.host()))
        return okStatus();
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("insecure_auth");
    e.message = QStringLiteral("auth \"%1\" over plain http:// to %2 is refused: it would send the "
                               "API keys in clear text")
                    .arg(wooAuthModeName(mode), url.host());
    e.hint = QStringLiteral("Use an https:// store URL, or set auth to \"oauth1\" for a store that "
                            "only speaks plain HTTP.");
    return e;
}

bool wooSecretIsOAuthSafe(const QString &secret)
{
    return std::all_of(secret.cbegin(), secret.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_' || u == '.' || u == '~';
    });
}

QByteArray wooOAuth1Signature(const QByteArray &method, const QUrl &urlWithQuery,
                              const QString &consumerKey, const QString &consumerSecret,
                              const QString &nonce, qint64 timestamp)
{
    // QOAuth1Signature signs the URL's own query items together with the given parameters.
    QOAuth1Signature sig(urlWithQuery, consumerSecret, QString(), qtMethod(method),
                         oauthParams(consumerKey, nonce, timestamp));
    if (qtMethod(method) == QOAuth1Signature::HttpRequestMethod::Custom)
        sig.setCustomMethodString(method);
    return sig.hmacSha1().toBase64();
}

QByteArray wooOAuth1ServerBaseString(const QByteArray &method, const QUrl &urlWithQuery,
                                     const QString &consumerKey, const QString &nonce,
                                     qint64 timestamp)
{
    // What WC_REST_Authentication::check_oauth_signature() computes: params from $_GET (the
    // decoded query) plus the oauth_* values, uksort by raw key (strcmp), every key and value
    // rawurlencode()d, each "k=v" pair encoded again, pairs joined with %26.
    QMap<QByteArray, QString> params; // QByteArray ordering == strcmp on the UTF-8 key
    const QString q = urlWithQuery.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QLatin1Char(' '));
    for (const auto &item : QUrlQuery(q).queryItems(QUrl::FullyDecoded))
        params.insert(item.first.toUtf8(), item.second);
    const auto oauth = oauthParams(consumerKey, nonce, timestamp);
    for (auto it = oauth.cbegin(); it != oauth.cend(); ++it)
        params.insert(it.key().toUtf8(), it.value().toString());
    params.remove("oauth_signature");

    QByteArray pairs;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!pairs.isEmpty())
            pairs += "%26";
        const QByteArray pair = rawUrlEncode(QString::fromUtf8(it.key())) + '=' + rawUrlEncode(it.value());
        pairs += QUrl::toPercentEncoding(QString::fromLatin1(pair));
    }
    const QString baseUri = urlWithQuery.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
                                .toString(QUrl::FullyEncoded);
    return method.toUpper() + '&' + QUrl::toPercentEncoding(baseUri) + '&' + pairs;
}

QString wooOAuthNonce()
{
    static constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString nonce(32, Qt::Uninitialized);
    auto *rng = QRandomGenerator::system();
    for (QChar &c : nonce)
        c = QLatin1Char(kChars[rng->bounded(62)]);
    return nonce;
}

WooAuth::WooAuth(WooAuthMode mode, QString consumerKey, QString consumerSecret, const Clock *clock,
                 OAuthPlacement placement, NonceSource nonce)
    : m_mode(mode)
    , m_key(std::move(consumerKey))
    , m_secret(std::move(consumerSecret))
    , m_clock(clock ? clock : SystemClock::instance())
    , m_placement(placement)
    , m_nonce(std::move(nonce))
{
    if (m_mode == WooAuthMode::Basic)
        m_basicHeader = "Basic " + QByteArray(m_key.toUtf8() + ':' + m_secret.toUtf8()).toBase64();
}

void WooAuth::apply(HttpRequest &request) const
{
    switch (m_mode) {
    case WooAuthMode::Basic:
        request.headers.emplaceBack(QByteArrayLiteral("Authorization"), m_basicHeader);
        return;
    case WooAuthMode::Query: {
        QString q = request.url.query(QUrl::FullyEncoded);
        if (!q.isEmpty())
            q += QLatin1Char('&');
        q += QStringLiteral("consumer_key=") + QString::fromLatin1(QUrl::toPercentEncoding(m_key))
            + QStringLiteral("&consumer_secret=") + QString::fromLatin1(QUrl::toPercentEncoding(m_secret));
        request.url.setQuery(q, QUrl::StrictMode);
        return;
    }
    case WooAuthMode::OAuth1: {
        const QString nonce = m_nonce ? m_nonce() : wooOAuthNonce();
        const qint64 ts = m_clock->nowMs() / 1000;
        const QByteArray sig = wooOAuth1Signature(request.method, request.url, m_key, m_secret, nonce, ts);
        const QByteArray key = QUrl::toPercentEncoding(m_key);
        const QByteArray n = QUrl::toPercentEncoding(nonce);
        const QByteArray t = QByteArray::number(ts);
        const QByteArray s = QUrl::toPercentEncoding(QString::fromLatin1(sig));
        if (m_placement == OAuthPlacement::Header) {
            request.headers.emplaceBack(QByteArrayLiteral("Authorization"),
                                        "OAuth oauth_consumer_key=\"" + key + "\", oauth_nonce=\"" + n
                                            + "\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\""
                                            + t + "\", oauth_signature=\"" + s + '"');
        } else {
            QByteArray q = request.url.query(QUrl::FullyEncoded).toLatin1();
            if (!q.isEmpty())
                q += '&';
            q += "oauth_consumer_key=" + key + "&oauth_nonce=" + n
                + "&oauth_signature_method=HMAC-SHA1&oauth_timestamp=" + t + "&oauth_signature=" + s;
            request.url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
        }
        return;
    }
    }
}

} // namespace backroom
