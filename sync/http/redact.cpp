#include "sync/http/redact.h"

#include <array>

namespace backroom {

namespace {

constexpr std::array<QByteArrayView, 11> kSecretParams{
    "consumer_key", "consumer_secret", "oauth_consumer_key", "oauth_signature", "oauth_token",
    "api_key",      "api_secret",      "token",              "access_token",    "client_secret",
    "password"};

constexpr std::array<QByteArrayView, 6> kSecretHeaders{
    "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token"};

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '-' || c == '.';
}

bool isValueEnd(char c)
{
    return c == '&' || c == '>' || c == ';' || c == '"' || c == '\'' || c == ' ' || c == '\t'
        || c == '\r' || c == '\n' || c == ',' || c == '#';
}

} // namespace

bool isSecretParameter(QByteArrayView name)
{
    for (QByteArrayView s : kSecretParams) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSecretHeader(QByteArrayView name)
{
    for (QByteArrayView s : kSecretHeaders) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray redactText(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype copied = 0; // text[0..copied) is already in out
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '=')
            continue;
        qsizetype b = i;
        while (b > 0 && isNameChar(text[b - 1]))
            --b;
        if (b == i || !isSecretParameter(text.sliced(b, i - b)))
            continue;
        // The value: quoted (header parameter style) or up to a delimiter (URL style).
        qsizetype v = i + 1;
        qsizetype e = v;
        bool quoted = v < text.size() && text[v] == '"';
        if (quoted) {
            ++v;
            e = v;
            while (e < text.size() && text[e] != '"')
                ++e;
        } else {
            while (e < text.size() && !isValueEnd(text[e]))
                ++e;
        }
        out.append(text.sliced(copied, v - copied));
        out.append(kRedacted);
        copied = e;
        i = e > i ? e - 1 : i;
    }
    out.append(text.sliced(copied));
    return out;
}

QByteArray redactUrl(const QUrl &url)
{
    return redactText(url.toEncoded());
}

QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value)
{
    if (isSecretHeader(name)) {
        const qsizetype sp = value.indexOf(' ');
        if (sp > 0 && sp < 20)
            return value.first(sp).toByteArray() + ' ' + kRedacted;
        return QByteArray(kRedacted);
    }
    return redactText(value);
}

QByteArray redactHeaders(const HttpHeaders &headers)
{
    QByteArray out;
    for (const auto &h : headers) {
        if (!out.isEmpty())
            out += "; ";
        out += h.first + ": " + redactHeaderValue(h.first, h.second);
    }
    return out;
}

} // namespace backroom
