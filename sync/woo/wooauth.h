#pragma once

#include "sync/core/syncerror.h"
#include "sync/http/httprequest.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace backroom {

class Clock;

// How a WooCommerce connection authenticates (woocommerce-api.md §1).
enum class WooAuthMode {
    Basic,  // Authorization: Basic key:secret — HTTPS only
    Query,  // consumer_key/consumer_secret in the query string — HTTPS only
    OAuth1, // OAuth 1.0a one-legged, HMAC-SHA1 — for plain HTTP
};

std::optional<WooAuthMode> wooAuthModeFromName(const QString &name); // basic|query|oauth1
QString wooAuthModeName(WooAuthMode mode);

// 127.0.0.0/8, ::1 (also v4-mapped) and "localhost".
bool isLoopbackHost(const QString &host);

// The transport rule: basic/query over plain http:// are refused (the keys would travel in
// clear text), except to a loopback address. oauth1 is allowed over http.
Status checkWooAuthTransport(WooAuthMode mode, const QUrl &url);

// Where the OAuth parameters go. WooCommerce reads both; the query string also works where
// a server strips the Authorization header (the usual reason to be on OAuth over http).
enum class OAuthPlacement { Query, Header };

// One-legged OAuth 1.0a as WooCommerce verifies it: oauth_consumer_key, oauth_nonce,
// oauth_signature_method=HMAC-SHA1, oauth_timestamp; no oauth_version, no token; the URL's
// query parameters are signed with them (keep them free of arrays: no status[]).
// Signed with Qt's QOAuth1Signature. Returns the base64 signature.
QByteArray wooOAuth1Signature(const QByteArray &method, const QUrl &urlWithQuery,
                              const QString &consumerKey, const QString &consumerSecret,
                              const QString &nonce, qint64 timestamp);

// The base string the WooCommerce server builds (check_oauth_signature): for diagnostics and
// tests; HMAC-SHA1 of it with key "<secret>&" must equal wooOAuth1Signature().
QByteArray wooOAuth1ServerBaseString(const QByteArray &method, const QUrl &urlWithQuery,
                                     const QString &consumerKey, const QString &nonce,
                                     qint64 timestamp);

// 32 random characters [A-Za-z0-9] (the length WooCommerce's docs recommend).
QString wooOAuthNonce();

// True if OAuth signing encodes this secret the same way WooCommerce does (Qt
// percent-encodes the key, WooCommerce does not: equal only for unreserved characters).
bool wooSecretIsOAuthSafe(const QString &secret);

// Applies credentials to a request according to the mode.
class WooAuth final {
public:
    using NonceSource = std::function<QString()>;

    WooAuth(WooAuthMode mode, QString consumerKey, QString consumerSecret, const Clock *clock,
            OAuthPlacement placement = OAuthPlacement::Query, NonceSource nonce = {});

    WooAuthMode mode() const { return m_mode; }
    // Adds the Authorization header or the query parameters. For OAuth, call it last, after
    // the URL's query is final: the query is part of what is signed.
    void apply(HttpRequest &request) const;

private:
    WooAuthMode m_mode;
    QString m_key;
    QString m_secret;
    QByteArray m_basicHeader;
    const Clock *m_clock;
    OAuthPlacement m_placement;
    NonceSource m_nonce;
};

} // namespace backroom
