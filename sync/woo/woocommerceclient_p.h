#pragma once

// Internals of WooCommerceClient shared by the files that implement its endpoints
// (woocommerceclient.cpp: orders; woocatalogueclient.cpp: products and variations).

#include "sync/http/httpclient.h"
#include "sync/woo/woocommerceclient.h"
#include "sync/woo/wooauth.h"
#include "sync/woo/wooerrors.h"
#include "sync/woo/woourls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <optional>

namespace backroom {

namespace woodetail {

inline SyncError validationError(const QString &code, const QString &message, const QString &hint)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

inline SyncError badBody(const HttpResponse &r, const QString &detail)
{
    SyncError e;
    e.category = ErrorCategory::TransientRemote;
    e.code = QStringLiteral("bad_body");
    e.httpStatus = r.status;
    e.requestId = r.correlationId;
    e.message = QStringLiteral("truncated or non-JSON body (%1, %2 bytes)").arg(detail).arg(r.body.size());
    e.hint = QStringLiteral("The store or a proxy sent an incomplete or non-JSON answer; Backroom "
                            "retries automatically. If it persists, check the store's PHP error "
                            "log and memory limit.");
    return e;
}

// Parses a complete JSON document of the wanted shape, or says why not.
inline std::optional<QJsonDocument> parseJson(const HttpResponse &r, bool wantArray, SyncError *error)
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = badBody(r, QStringLiteral("%1 at offset %2").arg(pe.errorString()).arg(pe.offset));
        return std::nullopt;
    }
    if (wantArray ? !doc.isArray() : !doc.isObject()) {
        *error = badBody(r, wantArray ? QStringLiteral("expected a JSON array")
                                      : QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return doc;
}

inline int headerInt(const HttpResponse &r, const QByteArray &name)
{
    bool ok = false;
    const int v = r.header(name).trimmed().toInt(&ok);
    return ok && v >= 0 ? v : -1;
}

// The update[] array of a /batch answer (HTTP 200, per-item errors inline), or why not.
inline std::optional<QJsonArray> batchUpdates(const HttpResponse &r, SyncError *error)
{
    const auto doc = parseJson(r, false, error);
    if (!doc)
        return std::nullopt;
    const QJsonValue update = doc->object().value(QLatin1String("update"));
    if (!update.isArray()) {
        *error = badBody(r, QStringLiteral("no update[] array"));
        return std::nullopt;
    }
    return update.toArray();
}

} // namespace woodetail

struct WooCommerceClient::Private {
    WooCommerceClient *q;
    WooConnection conn;
    HttpClient *http;
    Clock *clock;
    QString name;
    std::optional<SyncError> configError;
    std::unique_ptr<WooAuth> auth;

    HttpRequest request(const QByteArray &method, const QString &path, const QueryParams &params = {})
    {
        HttpRequest r;
        r.method = method;
        r.url = wooWithQuery(wooApiUrl(conn.url, path), params);
        r.endpoint = name;
        r.timeout = conn.timeout;
        r.idempotent = method == "GET";
        r.headers.emplaceBack(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        return r;
    }

    void withJsonBody(HttpRequest &r, const QJsonObject &body)
    {
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.headers.emplaceBack(QByteArrayLiteral("Content-Type"),
                              QByteArrayLiteral("application/json; charset=utf-8"));
    }

    // Sends with auth applied last (OAuth signs the final query). A config error answers
    // without touching the network, on the next event-loop turn.
    void send(HttpRequest r, std::function<void(const HttpResponse &)> handle)
    {
        if (configError) {
            HttpResponse resp;
            resp.error = configError;
            QMetaObject::invokeMethod(
                q, [handle = std::move(handle), resp] { handle(resp); }, Qt::QueuedConnection);
            return;
        }
        auth->apply(r);
        QPointer<WooCommerceClient> guard(q);
        http->send(std::move(r), [guard, handle = std::move(handle)](const HttpResponse &resp) {
            if (guard)
                handle(resp);
        });
    }

    template <typename T>
    static void fail(const StoreClient::Callback<T> &done, const HttpResponse &r)
    {
        SyncError e = r.error && r.status == 0 ? *r.error : wooErrorFromResponse(r);
        if (e.requestId.isEmpty())
            e.requestId = r.correlationId;
        done(Result<T>(std::move(e)));
    }
};


} // namespace backroom
