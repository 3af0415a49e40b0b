#pragma once

// A journal with parked exceptions for the workbench tests, written through the real Journal
// API: `group` orders whose SKU the ERP does not know (one cause), plus `others` with causes of
// their own.
#include "sync/journal/journal.h"
#include "sync/woo/wooorderparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace backroom::wbtest {

inline QJsonObject orderJson(qint64 id, const QString &sku, const QString &email = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("status"), QStringLiteral("processing")},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("date_created_gmt"), QStringLiteral("2026-11-22T10:00:00")},
        {QStringLiteral("date_modified_gmt"), QStringLiteral("2026-11-22T10:00:00")},
        {QStringLiteral("total"), QStringLiteral("39.00")},
        {QStringLiteral("billing"), QJsonObject{{QStringLiteral("email"), email.isEmpty() ? QStringLiteral("c%1@example.com").arg(id) : email},
                                                {QStringLiteral("first_name"), QStringLiteral("Zoë")}}},
        {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), sku},
                                                              {QStringLiteral("name"), QStringLiteral("Hoodie")},
                                                              {QStringLiteral("quantity"), 1},
                                                              {QStringLiteral("subtotal"), QStringLiteral("39.00")},
                                                              {QStringLiteral("total"), QStringLiteral("39.00")}}}},
    };
}

struct WorkbenchJournal {
    QTemporaryDir dir;
    Journal j;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMap<qint64, qint64> exceptionOf; // woo id -> exception id

    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }

    qint64 addOrder(const QJsonObject &json, qint64 at)
    {
        Order o = parseWooOrder(json, QStringLiteral("main")).value();
        o.contentHash = wooContentHash(json);
        return j.recordOrder(o, QJsonDocument(json).toJson(QJsonDocument::Compact), true, at).value().orderKey;
    }

    // group orders 5001.. with SKU HOODIE-XL unmapped; others 6001.. each its own cause.
    bool build(int group, int others)
    {
        if (!j.open(path()))
            return false;
        (void)j.begin();
        for (int i = 0; i < group; ++i)
            addOrder(orderJson(5001 + i, QStringLiteral("HOODIE-XL")), now - 3600 * 1000);
        for (int i = 0; i < others; ++i)
            addOrder(orderJson(6001 + i, QStringLiteral("CAP-%1").arg(i)), now - 2 * 86400 * 1000);
        const QList<OutboxItem> items = j.claimDue(QString::fromLatin1(OutboxKind::ErpOrder), now, 100000);
        for (const OutboxItem &item : items) {
            SyncError e;
            e.category = ErrorCategory::Mapping;
            e.code = QStringLiteral("LinkValidationError");
            const QString sku = item.wooId < 6000 ? QStringLiteral("HOODIE-XL") : QStringLiteral("CAP-%1").arg(item.wooId - 6001);
            e.message = QStringLiteral("Could not find Item Code: %1").arg(sku);
            e.hint = QStringLiteral("Create the item or map the SKU, then retry the group.");
            e.groupKey = sku;
            if (!j.park(item, e, QStringLiteral("erp"), item.wooId < 6000 ? now - 3600 * 1000 : now - 2 * 86400 * 1000))
                return false;
        }
        if (!j.commit())
            return false;
        for (const ExceptionRecord &e : j.exceptions(true, {}, 100000))
            exceptionOf.insert(e.wooId, e.id);
        return exceptionOf.size() == group + others;
    }
};

} // namespace backroom::wbtest
