#pragma once

#include "sync/http/httprequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

namespace backroom {

// Secret-free renderings for logs, attempt summaries and error messages (STYLE.md "Network").
// Query parameters named consumer_key, consumer_secret, oauth_consumer_key, oauth_signature,
// oauth_token, api_key, api_secret, token, access_token, client_secret or password (any case)
// have their values replaced by "REDACTED", wherever they appear in URL-shaped text.

inline constexpr char kRedacted[] = "REDACTED";

// True if a query/form parameter of this name carries a secret.
bool isSecretParameter(QByteArrayView name);
// True if a header of this name carries a secret as a whole (Authorization, Cookie, ...).
bool isSecretHeader(QByteArrayView name);

// Replaces the values of secret parameters in any text (URLs, Link headers, error strings).
QByteArray redactText(QByteArrayView text);
// The URL, fully encoded, with secret query values redacted.
QByteArray redactUrl(const QUrl &url);
// A header value safe to log: secret headers keep only the scheme ("Basic REDACTED"),
// others have secret parameters redacted (e.g. Link).
QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value);
// "Name: value" lines joined by "; ", every value redacted.
QByteArray redactHeaders(const HttpHeaders &headers);

} // namespace backroom
