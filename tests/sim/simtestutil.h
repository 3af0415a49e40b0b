#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

#include <QMessageAuthenticationCode>

#include <algorithm>

// Test-side helpers: one blocking HTTP call through QNetworkAccessManager (tests only), fixture
// loading, JSON shape comparison and an OAuth 1.0a signer written for the tests.
namespace simtest {

struct Reply {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

inline Reply call(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QElapsedTimer t;
    t.start();
    while (!reply->isFinished() && t.elapsed() < timeoutMs + 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

inline QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

inline QJsonObject fixture(const QString &name)
{
    const QString dir = qEnvironmentVariable("BACKROOM_FIXTURES");
    QFile f(QDir(dir).filePath(QStringLiteral("woocommerce-live/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s (BACKROOM_FIXTURES=%s)", qPrintable(f.fileName()), qPrintable(dir));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("undefined");
    }
}

// Differences in key sets and value types between `expected` (a fixture) and `actual`, recursing
// into objects and into the first element of arrays. `nullable` lists keys whose value may be
// null on one side and a value on the other (dates that depend on the status).
inline void compareShape(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
                         const QStringList &nullable, QStringList *problems)
{
    const QString key = path.section(QLatin1Char('.'), -1);
    if (expected.type() != actual.type()) {
        bool loose = false;
        for (const QString &n : nullable)
            loose = loose || (n.startsWith(QLatin1Char('*')) && path.endsWith(n.mid(1)));
        const bool nullOk = loose || (nullable.contains(key) && (expected.isNull() || actual.isNull()));
        if (!nullOk)
            problems->append(QStringLiteral("%1: %2 vs %3").arg(path, typeName(expected), typeName(actual)));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                problems->append(QStringLiteral("%1.%2 missing").arg(path, it.key()));
            else
                compareShape(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), nullable, problems);
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!e.contains(it.key()))
                problems->append(QStringLiteral("%1.%2 unexpected").arg(path, it.key()));
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (!e.isEmpty() && !a.isEmpty())
            compareShape(e.first(), a.first(), path + QStringLiteral("[0]"), nullable, problems);
    }
}

// An OAuth 1.0a one-legged signer for the tests (scalar parameters only), checked in
// tst_wooauth against a known-answer vector computed with Python's hmac.
inline QByteArray oauthEnc(const QByteArray &s)
{
    return s.toPercentEncoding();
}

inline QByteArray oauthSignature(const QByteArray &method, const QByteArray &url,
                                 QList<QPair<QByteArray, QByteArray>> params, const QByteArray &secret,
                                 QCryptographicHash::Algorithm algorithm)
{
    std::sort(params.begin(), params.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> pairs;
    for (const auto &p : params)
        pairs << oauthEnc(oauthEnc(p.first) + '=' + oauthEnc(p.second));
    const QByteArray base = method + '&' + oauthEnc(url) + '&' + pairs.join("%26");
    return QMessageAuthenticationCode::hash(base, secret + '&', algorithm).toBase64();
}

} // namespace simtest
