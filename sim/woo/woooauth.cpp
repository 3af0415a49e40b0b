#include "sim/woo/woooauth.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace backroom::sim {

namespace {

QByteArray enc(const QByteArray &v)
{
    return http::rawUrlEncode(v);
}

QByteArray phpUrlDecode(QByteArray v)
{
    v.replace('+', ' ');
    return QByteArray::fromPercentEncoding(v);
}

// Constant-time comparison like PHP's hash_equals.
bool hashEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray WooOAuthVerifier::Params::get(const QByteArray &key) const
{
    for (const Entry &e : entries)
        if (e.key == key && !e.isArray)
            return e.value;
    return {};
}

bool WooOAuthVerifier::Params::has(const QByteArray &key) const
{
    return std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) { return e.key == key; });
}

void WooOAuthVerifier::Params::set(const QByteArray &key, const QByteArray &value)
{
    for (Entry &e : entries) {
        if (e.key == key) {
            e = Entry{key, value, {}, false};
            return;
        }
    }
    entries.append(Entry{key, value, {}, false});
}

void WooOAuthVerifier::Params::remove(const QByteArray &key)
{
    entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.key == key; }),
                  entries.end());
}

WooOAuthVerifier::Params WooOAuthVerifier::collect(const SimRequest &request)
{
    Params params;
    // $_GET: PHP turns "a[]=x&a[]=y" into an array with keys 0, 1 and "a[k]=x" into key k.
    for (const QByteArray &pair : request.rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawKey = phpUrlDecode(eq < 0 ? pair : pair.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : phpUrlDecode(pair.mid(eq + 1));
        const qsizetype open = rawKey.indexOf('[');
        if (open > 0 && rawKey.endsWith(']')) {
            const QByteArray base = rawKey.left(open);
            const QByteArray sub = rawKey.mid(open + 1, rawKey.size() - open - 2);
            auto it = std::find_if(params.entries.begin(), params.entries.end(),
                                   [&](const Params::Entry &e) { return e.key == base; });
            if (it == params.entries.end() || !it->isArray) {
                if (it != params.entries.end())
                    params.entries.erase(it);
                params.entries.append(Params::Entry{base, {}, {}, true});
                it = params.entries.end() - 1;
            }
            const QByteArray subKey = sub.isEmpty() ? QByteArray::number(it->items.size()) : sub;
            auto existing = std::find_if(it->items.begin(), it->items.end(),
                                         [&](const auto &p) { return p.first == subKey; });
            if (existing != it->items.end())
                existing->second = value;
            else
                it->items.append({subKey, value});
        } else {
            params.set(rawKey, value);
        }
    }
    // Authorization: OAuth k="v", ... : only oauth_* pairs, urldecode'd, override $_GET.
    const QByteArray header = request.header(QByteArrayLiteral("authorization")).trimmed();
    if (header.startsWith("OAuth ")) {
        static const QRegularExpression re(QStringLiteral("(oauth_[a-z_-]*)=(:?\"([^\"]*)\"|([^,]*))"));
        auto it = re.globalMatch(QString::fromLatin1(header));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString quoted = m.captured(3);
            const QString bare = m.captured(4);
            params.set(m.captured(1).toLatin1(), phpUrlDecode((quoted.isEmpty() ? bare : quoted).toLatin1()));
        }
    }
    static const QByteArray required[] = {"oauth_consumer_key", "oauth_timestamp", "oauth_nonce",
                                          "oauth_signature", "oauth_signature_method"};
    bool any = false;
    for (const QByteArray &r : required)
        any = any || !params.get(r).isEmpty();
    if (!any)
        return {};
    return params;
}

QByteArray WooOAuthVerifier::baseString(const QByteArray &method, const QByteArray &baseUrl, const Params &params)
{
    QList<Params::Entry> sorted = params.entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Params::Entry &a, const Params::Entry &b) {
        return std::strcmp(a.key.constData(), b.key.constData()) < 0;
    });
    QList<QByteArray> pairs;
    for (const Params::Entry &e : sorted) {
        if (e.key == "oauth_signature")
            continue;
        if (e.isArray) {
            for (const auto &item : e.items)
                pairs.append(enc(enc(e.key) + "%5B" + item.first + "%5D=" + enc(item.second)));
        } else {
            pairs.append(enc(enc(e.key) + '=' + enc(e.value)));
        }
    }
    return method.toUpper() + '&' + enc(baseUrl) + '&' + pairs.join(QByteArrayLiteral("%26"));
}

std::optional<QByteArray> WooOAuthVerifier::sign(const QByteArray &signatureMethod, const QByteArray &baseString,
                                                 const QByteArray &consumerSecret)
{
    QCryptographicHash::Algorithm algorithm;
    if (signatureMethod == "HMAC-SHA1")
        algorithm = QCryptographicHash::Sha1;
    else if (signatureMethod == "HMAC-SHA256")
        algorithm = QCryptographicHash::Sha256;
    else
        return std::nullopt;
    return QMessageAuthenticationCode::hash(baseString, consumerSecret + '&', algorithm).toBase64();
}

WooOAuthVerifier::Result WooOAuthVerifier::check(const SimRequest &request, const QByteArray &baseUrl, qint64 now,
                                                 const std::optional<QByteArray> &secret, const Params &params)
{
    const auto fail = [](const QString &code, const QString &message) {
        return Result{Outcome::Failed, code, message, {}};
    };
    QStringList missing;
    for (const char *name : {"oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature",
                             "oauth_signature_method"})
        if (params.get(name).isEmpty())
            missing << QString::fromLatin1(name);
    if (!missing.isEmpty())
        return fail(QStringLiteral("woocommerce_rest_authentication_missing_parameter"),
                    (missing.size() == 1 ? QStringLiteral("Missing OAuth parameter %1")
                                         : QStringLiteral("Missing OAuth parameters %1"))
                        .arg(missing.join(QStringLiteral(", "))));
    if (!secret)
        return fail(QStringLiteral("woocommerce_rest_authentication_error"), QStringLiteral("Consumer key is invalid."));

    const QByteArray method = params.get("oauth_signature_method");
    const QByteArray base = baseString(request.method, baseUrl + request.rawPath, params);
    const auto expected = sign(method, base, *secret);
    if (!expected)
        return fail(QStringLiteral("woocommerce_rest_authentication_error"),
                    QStringLiteral("Invalid signature - signature method is invalid."));
    QByteArray given = params.get("oauth_signature");
    given.replace(' ', '+');
    given = QByteArray::fromPercentEncoding(given);
    if (!hashEquals(*expected, given))
        return fail(QStringLiteral("woocommerce_rest_authentication_error"),
                    QStringLiteral("Invalid signature - provided signature does not match."));

    constexpr qint64 window = 15 * 60;
    const qint64 timestamp = params.get("oauth_timestamp").toLongLong();
    if (timestamp < now - window || timestamp > now + window)
        return fail(QStringLiteral("woocommerce_rest_authentication_error"), QStringLiteral("Invalid timestamp."));
    if (now - m_lastPrune > 60) {
        for (auto it = m_nonces.begin(); it != m_nonces.end();)
            it = it.value() < now - window ? m_nonces.erase(it) : std::next(it);
        m_lastPrune = now;
    }
    const QByteArray nonceKey = params.get("oauth_consumer_key") + '\n' + params.get("oauth_nonce");
    if (m_nonces.contains(nonceKey))
        return fail(QStringLiteral("woocommerce_rest_authentication_error"),
                    QStringLiteral("Invalid nonce - nonce has already been used."));
    m_nonces.insert(nonceKey, timestamp);
    return Result{Outcome::Ok, {}, {}, QString::fromUtf8(params.get("oauth_consumer_key"))};
}

} // namespace backroom::sim
