#include "sim/core/simhttp.h"

#include "json/compactjson.h"

#include <QJsonDocument>

namespace backroom::sim {

bool SimRequest::hasQuery(const QString &name) const
{
    for (const auto &p : query)
        if (p.first == name)
            return true;
    return false;
}

QString SimRequest::queryValue(const QString &name) const
{
    for (const auto &p : query)
        if (p.first == name)
            return p.second;
    return {};
}

QStringList SimRequest::queryValues(const QString &name, bool splitCommas) const
{
    QStringList out;
    const QString bracket = name + QLatin1Char('[');
    for (const auto &p : query) {
        if (p.first != name && !(p.first.startsWith(bracket) && p.first.endsWith(QLatin1Char(']'))))
            continue;
        if (splitCommas)
            out += p.second.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            out += p.second;
    }
    for (QString &v : out)
        v = v.trimmed();
    return out;
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    return rawJson(status, backroom::json::compact<backroom::json::Style::Qt>(object)); // == QJsonDocument::toJson(Compact)
}

SimResponse SimResponse::json(int status, const QJsonArray &array)
{
    return rawJson(status, backroom::json::compact<backroom::json::Style::Qt>(array));
}

SimResponse SimResponse::rawJson(int status, QByteArray body)
{
    SimResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

SimResponse SimResponse::html(int status, QByteArray body)
{
    SimResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html");
    r.body = std::move(body);
    return r;
}

namespace http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 417: return QByteArrayLiteral("Expectation Failed");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Unknown");
    }
}

QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> out;
    if (rawQuery.isEmpty())
        return out;
    const QList<QByteArray> pairs = rawQuery.split('&');
    out.reserve(pairs.size());
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

QByteArray rawUrlEncode(const QByteArray &bytes)
{
    // QByteArray::toPercentEncoding leaves exactly ALPHA, DIGIT, '-', '.', '_', '~' alone.
    return bytes.toPercentEncoding();
}

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool match(const QStringList &segs, const QStringList &pattern, QStringList *captures)
{
    if (segs.size() != pattern.size())
        return false;
    QStringList caps;
    for (qsizetype i = 0; i < segs.size(); ++i) {
        if (pattern[i] == QLatin1String("*"))
            caps.append(segs[i]);
        else if (pattern[i] != segs[i])
            return false;
    }
    if (captures)
        *captures = caps;
    return true;
}

QByteArray nginxErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' '
        + (status == 503 ? QByteArrayLiteral("Service Temporarily Unavailable") : reasonPhrase(status));
    return QByteArrayLiteral("<html>\r\n<head><title>") + title
        + QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") + title
        + QByteArrayLiteral("</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

QByteArray apacheErrorPage(int status)
{
    const QByteArray reason = reasonPhrase(status);
    return QByteArrayLiteral("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>")
        + QByteArray::number(status) + ' ' + reason
        + QByteArrayLiteral("</title>\n</head><body>\n<h1>") + reason
        + QByteArrayLiteral("</h1>\n<p>The server encountered an internal error or\nmisconfiguration and was "
                            "unable to complete\nyour request.</p>\n<p>Please contact the server administrator "
                            "to inform them of the time this error occurred,\n and the actions you performed just "
                            "before this error.</p>\n<p>More information about this error may be available\nin the "
                            "server error log.</p>\n<hr>\n<address>Apache/2.4.62 (Debian) Server at localhost Port "
                            "443</address>\n</body></html>\n");
}

SimResponse faultResponse(const QString &kind)
{
    if (kind == QLatin1String("429"))
        return SimResponse::html(429, nginxErrorPage(429));
    if (kind == QLatin1String("429ra"))
        return SimResponse::html(429, nginxErrorPage(429)).header("Retry-After", "1");
    if (kind == QLatin1String("503ra"))
        return SimResponse::html(503, nginxErrorPage(503)).header("Retry-After", "1");
    if (kind == QLatin1String("500html"))
        return SimResponse::html(500, apacheErrorPage(500));
    if (kind == QLatin1String("502html"))
        return SimResponse::html(502, nginxErrorPage(502));
    return SimResponse::html(503, nginxErrorPage(503));
}

} // namespace http
} // namespace backroom::sim
