#pragma once

#include "sim/core/simhttp.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace backroom::sim {

// WooCommerce's server side of OAuth 1.0a "one-legged" (WC_REST_Authentication::
// perform_oauth_authentication / check_oauth_signature), written from the algorithm in
// woocommerce-api.md §1 and independent of the engine's client signing, so that it can check it:
//   params   = query parameters (PHP $_GET, arrays kept as arrays) + the oauth_* pairs of an
//              "Authorization: OAuth ..." header (urldecode'd), minus oauth_signature
//   sorted   by raw key with strcmp; keys and values rawurlencode'd; array values flattened as
//              key%5B<index>%5D=value; each "k=v" pair rawurlencode'd again and joined with %26
//   base     = METHOD & rawurlencode(scheme://host[:port]/path) & params
//   key      = consumer_secret & ""  (no token); HMAC-SHA1 or HMAC-SHA256, base64
class WooOAuthVerifier final {
public:
    struct Params {
        // Top-level keys in arrival order; a PHP array parameter ("a[]=x", "a[k]=y") has
        // sub-entries, a scalar has none.
        struct Entry {
            QByteArray key;
            QByteArray value;                               // scalar
            QList<QPair<QByteArray, QByteArray>> items;     // array members (sub-key, value)
            bool isArray = false;
        };
        QList<Entry> entries;
        QByteArray get(const QByteArray &key) const;
        bool has(const QByteArray &key) const;
        void set(const QByteArray &key, const QByteArray &value); // replaces or appends a scalar
        void remove(const QByteArray &key);
    };

    // Collects the parameters of a request as WooCommerce does; empty if it carries no oauth_*.
    static Params collect(const SimRequest &request);
    static QByteArray baseString(const QByteArray &method, const QByteArray &baseUrl, const Params &params);
    static std::optional<QByteArray> sign(const QByteArray &signatureMethod, const QByteArray &baseString,
                                          const QByteArray &consumerSecret);

    enum class Outcome { NotOAuth, Ok, Failed };
    struct Result {
        Outcome outcome = Outcome::NotOAuth;
        QString code;      // error code when Failed
        QString message;   // error message when Failed
        QString consumerKey;
    };

    // `secretForKey` returns the secret of a known key, or nullopt. `baseUrl` is the store's home
    // URL (scheme://host:port) the request path is appended to. `now` is seconds since the epoch.
    template <typename SecretLookup>
    Result verify(const SimRequest &request, const QByteArray &baseUrl, qint64 now, SecretLookup secretForKey);

private:
    Result check(const SimRequest &request, const QByteArray &baseUrl, qint64 now,
                 const std::optional<QByteArray> &secret, const Params &params);
    QHash<QByteArray, qint64> m_nonces;   // nonce -> timestamp (15-minute window)
    qint64 m_lastPrune = 0;
};

template <typename SecretLookup>
WooOAuthVerifier::Result WooOAuthVerifier::verify(const SimRequest &request, const QByteArray &baseUrl,
                                                  qint64 now, SecretLookup secretForKey)
{
    const Params params = collect(request);
    if (params.entries.isEmpty())
        return {};
    const QByteArray key = params.get(QByteArrayLiteral("oauth_consumer_key"));
    return check(request, baseUrl, now, key.isEmpty() ? std::nullopt : secretForKey(QString::fromUtf8(key)), params);
}

} // namespace backroom::sim
