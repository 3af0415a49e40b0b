// The console benchmark's journal filler (bench_console).
#include "bench/journalfill.h"

#include "bench/benchutil.h"

#include "sync/journal/journal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backroom::bench {

namespace {

// ---------------------------------------------------------------------------------------------
// The filler: N orders through the real Journal API (as tests/models/tst_ordersmodel_scale.cpp),
// 90 % posted to the ERP, one order every 30 s up to now.

struct FillOrder {
    QString store;
    qint64 id = 0;
    QString status;
    QString email;
    QStringList skus;
    QString total;
};

qint64 recordOrder(Journal &j, const FillOrder &t, qint64 nowMs)
{
    QJsonArray lines;
    for (const QString &sku : t.skus)
        lines.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), 1}, {QStringLiteral("total"), t.total}});
    const QJsonObject json{{QStringLiteral("id"), t.id},
                           {QStringLiteral("number"), QString::number(t.id)},
                           {QStringLiteral("status"), t.status},
                           {QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("total"), t.total},
                           {QStringLiteral("billing"), QJsonObject{{QStringLiteral("email"), t.email}}},
                           {QStringLiteral("line_items"), lines}};
    const QByteArray raw = QJsonDocument(json).toJson(QJsonDocument::Compact);
    Order o;
    o.storeId = t.store;
    o.sourceId = t.id;
    o.number = QString::number(t.id);
    o.status = t.status;
    o.currency = QStringLiteral("EUR");
    o.customer.email = t.email;
    o.total = Money::parse(t.total).value_or(Money());
    for (const QString &sku : t.skus) {
        OrderLine l;
        l.sku = sku;
        l.quantity = 1;
        o.lines << l;
    }
    o.contentHash = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
    auto r = j.recordOrder(o, raw, true, nowMs);
    return r ? r.value().orderKey : 0;
}

void postOrder(Journal &j, qint64 orderKey, const QString &ref, qint64 atMs)
{
    (void)j.db().prepare("UPDATE outbox SET state='inflight', attempts=attempts+1 WHERE order_id=? AND kind='erp_order'")
        .bind(1, orderKey).exec();
    OutboxItem item;
    item.orderKey = orderKey;
    SqliteStatement &st = j.db().prepare("SELECT id FROM outbox WHERE order_id=? AND kind='erp_order'");
    st.bind(1, orderKey);
    if (st.step())
        item.id = st.int64(0);
    st.reset();
    item.kind = QLatin1String(OutboxKind::ErpOrder);
    (void)j.completeErpOrder(item, ref, atMs, false);
}

// Returns the journal's order count (>= want), or -1.
} // namespace

qint64 fillJournal(const QString &path, qint64 want, double *fillMs)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    Journal j;
    if (!j.open(path).ok()) {
        err(QStringLiteral("cannot open the journal ") + path);
        return -1;
    }
    SqliteStatement &st = j.db().prepare("SELECT count(*) FROM orders");
    const qint64 have = st.step() ? st.int64(0) : 0;
    st.reset();
    *fillMs = 0;
    if (have >= want)
        return have;
    QElapsedTimer t;
    t.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const char *statuses[] = {"processing", "processing", "processing", "on-hold", "completed"};
    if (!j.begin().ok())
        return -1;
    for (qint64 i = have + 1; i <= want; ++i) {
        FillOrder o;
        o.id = i;
        o.store = i % 4 == 0 ? QStringLiteral("second") : QStringLiteral("main");
        o.email = QStringLiteral("customer%1@example.com").arg(i % 50000);
        o.skus = {QStringLiteral("SKU-%1").arg(i % 5000), QStringLiteral("SKU-%1").arg((i * 7) % 5000)};
        o.total = QString::number(double(i % 100000) / 100.0 + 1, 'f', 2);
        o.status = QLatin1String(statuses[i % 5]);
        const qint64 received = now - (want - i) * 30000;
        const qint64 key = recordOrder(j, o, received);
        if (i % 10 != 0)
            postOrder(j, key, QStringLiteral("SO-%1").arg(i, 8, 10, QLatin1Char('0')), received + 2000);
        if (i % 20000 == 0) {
            if (!j.commit().ok() || !j.begin().ok())
                return -1;
            err(QStringLiteral("  filled %1 / %2").arg(i).arg(want));
        }
    }
    if (!j.commit().ok())
        return -1;
    *fillMs = ms(t);
    return want;
}

} // namespace backroom::bench
