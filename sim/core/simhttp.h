#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace backroom::sim {

// One HTTP request as the simulators see it (a copy: QHttpServerRequest is reused per socket).
struct SimRequest {
    QByteArray method;                       // "GET", "POST", ...
    QString path;                            // percent-decoded path, no query
    QByteArray rawPath;                      // as sent
    QByteArray rawQuery;                     // as sent, without '?'
    QList<QPair<QString, QString>> query;    // decoded like PHP's $_GET ('+' is a space), in order
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    QByteArray body;
    QByteArray host;                         // Host header

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool hasQuery(const QString &name) const;
    QString queryValue(const QString &name) const;     // first value, or empty
    // Values of `name`, `name[]` and `name[<anything>]`, each also split on commas if asked.
    QStringList queryValues(const QString &name, bool splitCommas) const;
    bool isAdmin() const { return path.startsWith(QLatin1String("/__sim/")); }
};

struct SimResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    SimResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse json(int status, const QJsonArray &array);
    static SimResponse rawJson(int status, QByteArray body);
    static SimResponse html(int status, QByteArray body);
};

namespace http {

QByteArray reasonPhrase(int status);
// Splits a query string the way PHP fills $_GET: '&'-separated, '+' means space, %XX decoded.
QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);
// RFC 3986 encoding (PHP rawurlencode): everything but ALPHA / DIGIT / "-" / "." / "_" / "~".
QByteArray rawUrlEncode(const QByteArray &bytes);
// Splits "/a/b/c" into {"a","b","c"}.
QStringList segments(const QString &path);
// True when `segs` matches `pattern` ("*" matches any one segment, captured in order).
bool match(const QStringList &segs, const QStringList &pattern, QStringList *captures = nullptr);

// Realistic error pages of the proxies and servers that sit in front of real shops.
QByteArray nginxErrorPage(int status);
QByteArray apacheErrorPage(int status);
SimResponse faultResponse(const QString &kind);   // 429, 429ra, 503ra, 500html, 502html, 503

} // namespace http
} // namespace backroom::sim
