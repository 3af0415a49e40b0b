#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A recorded WooCommerce exchange from tests/fixtures/woocommerce-live (see its README).
struct LiveExchange {
    QJsonObject request;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // body_raw when recorded, else the compact JSON of body
    bool ok = false;
};

inline LiveExchange loadLiveExchange(const QString &name)
{
    LiveExchange ex;
    QFile f(qEnvironmentVariable("BACKROOM_FIXTURES") + QStringLiteral("/woocommerce-live/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return ex;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    ex.request = root.value(QLatin1String("request")).toObject();
    const QJsonObject resp = root.value(QLatin1String("response")).toObject();
    ex.status = resp.value(QLatin1String("status")).toInt();
    const QJsonObject h = resp.value(QLatin1String("headers")).toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        ex.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    if (resp.contains(QLatin1String("body_raw"))) {
        ex.body = resp.value(QLatin1String("body_raw")).toString().toUtf8();
    } else {
        const QJsonValue b = resp.value(QLatin1String("body"));
        ex.body = b.isArray() ? QJsonDocument(b.toArray()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(b.toObject()).toJson(QJsonDocument::Compact);
    }
    ex.ok = ex.status != 0;
    return ex;
}
