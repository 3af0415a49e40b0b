#pragma once

// A journal for the console tests, written through the real Journal API: orders of known
// ages and stages, an attempt that failed and then succeeded, parked exceptions, connection
// states, an engine heartbeat and metric samples.
#include "sync/core/syncerror.h"
#include "sync/engine/engine.h"
#include "sync/journal/journal.h"
#include "sync/woo/wooorderparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace backroom::uitest {

class TestJournal {
public:
    QTemporaryDir dir;
    Journal j;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMap<qint64, qint64> keyOf; // woo id -> order key

    QString dataDir() const { return dir.path(); }
    QString path() const { return Engine::journalPath(dir.path()); }

    bool open() { return j.open(path()).ok(); }

    static QJsonObject orderJson(qint64 id, const QString &email, const QString &sku = QStringLiteral("TEE-RED-M"))
    {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("number"), QString::number(id)},
            {QStringLiteral("status"), QStringLiteral("processing")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("date_created_gmt"), QStringLiteral("2026-11-22T10:00:00")},
            {QStringLiteral("date_modified_gmt"), QStringLiteral("2026-11-22T10:00:00")},
            {QStringLiteral("total"), QStringLiteral("24.90")},
            {QStringLiteral("billing"), QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("first_name"), QStringLiteral("Zoë")}}},
            {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), sku},
                                                                  {QStringLiteral("quantity"), 1},
                                                                  {QStringLiteral("subtotal"), QStringLiteral("24.90")},
                                                                  {QStringLiteral("total"), QStringLiteral("24.90")}}}},
        };
    }

    qint64 addOrder(qint64 id, qint64 ageS, const QString &email = {})
    {
        const QJsonObject json = orderJson(id, email.isEmpty() ? QStringLiteral("customer%1@example.com").arg(id) : email);
        Order o = parseWooOrder(json, QStringLiteral("main")).value();
        o.contentHash = wooContentHash(json);
        const auto r = j.recordOrder(o, QJsonDocument(json).toJson(QJsonDocument::Compact), true, now - ageS * 1000);
        keyOf.insert(id, r.value().orderKey);
        return r.value().orderKey;
    }

    AttemptRecord attempt(const OutboxItem &item, qint64 at, bool ok, int http, const QString &response)
    {
        AttemptRecord a;
        a.outboxId = item.id;
        a.orderKey = item.orderKey;
        a.correlationId = QStringLiteral("corr-%1-%2").arg(item.wooId).arg(item.attempts);
        a.startedMs = at;
        a.finishedMs = at + 120;
        a.request = QStringLiteral("POST /api/resource/Sales Order (po_no %1)").arg(item.wooId);
        a.response = response;
        a.outcome = ok ? QStringLiteral("ok") : QStringLiteral("transient.remote");
        a.httpStatus = http;
        return a;
    }

    static SyncError error(ErrorCategory c, const QString &message, const QString &group = {})
    {
        SyncError e;
        e.category = c;
        e.message = message;
        e.hint = QStringLiteral("Fix it, then retry.");
        e.groupKey = group;
        return e;
    }

    // The scenario every console test reads:
    //   2001 posted 3 h ago; 2002 failed (HTTP 502) then succeeded, 10 min ago;
    //   2003 mapping exception 30 min ago; 2004 validation exception 2 days ago;
    //   3001, 3002 received 2 min ago; 3003 received 2 h ago.
    void buildScenario()
    {
        QVERIFY(open());
        addOrder(2001, 3 * 3600);
        addOrder(2002, 10 * 60);
        addOrder(2003, 30 * 60);
        addOrder(2004, 2 * 86400, QStringLiteral("late@example.com"));
        QList<OutboxItem> items = j.claimDue(QString::fromLatin1(OutboxKind::ErpOrder), now, 100);
        QCOMPARE(items.size(), 4);
        for (const OutboxItem &item : std::as_const(items)) {
            if (item.wooId == 2001) {
                QVERIFY(j.recordAttempt(attempt(item, now - 3 * 3600 * 1000 + 2000, true, 200, QStringLiteral("201 SAL-ORD-2001"))).ok());
                QVERIFY(j.completeErpOrder(item, QStringLiteral("SAL-ORD-2001"), now - 3 * 3600 * 1000 + 2500, true).ok());
            } else if (item.wooId == 2002) {
                QVERIFY(j.recordAttempt(attempt(item, now - 9 * 60 * 1000, false, 502, QStringLiteral("502 Bad Gateway (HTML error page)"))).ok());
                QVERIFY(j.reschedule(item, now - 1, QStringLiteral("transient.remote: 502")).ok());
            } else if (item.wooId == 2003) {
                QVERIFY(j.recordAttempt(attempt(item, now - 30 * 60 * 1000 + 1000, false, 417, QStringLiteral("417 Could not find Item Code: GIFT-25"))).ok());
                QVERIFY(j.park(item, error(ErrorCategory::Mapping, QStringLiteral("Could not find Item Code: GIFT-25"), QStringLiteral("GIFT-25")),
                               QStringLiteral("erp"), now - 30 * 60 * 1000 + 1500).ok());
            } else {
                QVERIFY(j.park(item, error(ErrorCategory::Validation, QStringLiteral("Order #2004 has no billing e-mail")),
                               QStringLiteral("erp"), now - 2 * 86400 * 1000 + 1500).ok());
            }
        }
        items = j.claimDue(QString::fromLatin1(OutboxKind::ErpOrder), now, 100);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().attempts, 2);
        QVERIFY(j.recordAttempt(attempt(items.first(), now - 8 * 60 * 1000, true, 200, QStringLiteral("201 SAL-ORD-2002"))).ok());
        QVERIFY(j.completeErpOrder(items.first(), QStringLiteral("SAL-ORD-2002"), now - 8 * 60 * 1000 + 300, false).ok());

        addOrder(3001, 120);
        addOrder(3002, 130);
        addOrder(3003, 2 * 3600);

        QVERIFY(j.setConnection({QStringLiteral("woocommerce:main"), QStringLiteral("up"), now - 5000, QString(), now}).ok());
        QVERIFY(j.setConnection({QStringLiteral("erp:erpnext"), QStringLiteral("paused_auth"), now - 600000,
                                 QStringLiteral("HTTP 401: Invalid API key"), now}).ok());
        QVERIFY(j.heartbeat(QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch()).ok());
        for (int i = 0; i < 60; ++i) {
            const qint64 at = now - (60 - i) * 10000;
            QVERIFY(j.addMetric(QStringLiteral("lag.order_to_erp_p50_s"), 1.0 + (i % 7) * 0.2, at).ok());
            QVERIFY(j.addMetric(QStringLiteral("lag.order_to_erp_p95_s"), 4.0 + (i % 5), at).ok());
            QVERIFY(j.addMetric(QStringLiteral("lag.oldest_unsynced_s"), 30.0 + i, at).ok());
            QVERIFY(j.addMetric(QStringLiteral("outbox.pending"), 60 - i, at).ok());
            QVERIFY(j.addMetric(QStringLiteral("exceptions.open"), i < 30 ? 1 : 2, at).ok());
        }
    }

    // The flows after posting, on top of buildScenario(): 2005 received 26 h 5 min ago and in the
    // ERP for 26 h without a delivery; refunds of 2001 (pending) and 2002 (inflight) waiting for
    // their credit note, one of 2005 booked; tickets open for 2003 and 2004, solved for 2001;
    // store "main" stock read 10 min ago with two open stock exceptions.
    void addFlowRows()
    {
        addOrder(2005, 26 * 3600 + 300);
        QVERIFY(j.db().prepare("UPDATE orders SET stage='confirmed', posted_at=?, erp_ref='SAL-ORD-2005' WHERE id=?")
                    .bind(1, now - 26 * 3600 * 1000).bind(2, keyOf.value(2005)).exec().ok());
        QVERIFY(j.db().prepare("UPDATE outbox SET state='done' WHERE order_id=?").bind(1, keyOf.value(2005)).exec().ok());
        const QList<std::pair<qint64, const char *>> refunds{{2001, "pending"}, {2002, "inflight"}, {2005, "done"}};
        for (const auto &[id, state] : refunds)
            QVERIFY(j.db().prepare("INSERT INTO outbox(order_id, kind, state, next_due_at, created_at, updated_at) VALUES(?,?,?,?,?,?)")
                        .bind(1, keyOf.value(id)).bind(2, QString::fromLatin1(OutboxKind::ErpCreditNote))
                        .bind(3, QString::fromLatin1(state)).bind(4, now).bind(5, now).bind(6, now).exec().ok());
        const QList<std::pair<qint64, const char *>> tickets{{2003, "open"}, {2004, "open"}, {2001, "solved"}};
        for (const auto &[id, state] : tickets)
            QVERIFY(j.db().prepare("INSERT INTO helpdesk_tickets(external_id, order_id, cause, state, subject, created_at, updated_at) "
                                   "VALUES(?,?,'exception',?,?,?,?)")
                        .bind(1, QStringLiteral("backroom-%1").arg(id)).bind(2, keyOf.value(id)).bind(3, QString::fromLatin1(state))
                        .bind(4, QStringLiteral("Order #%1").arg(id)).bind(5, now).bind(6, now).exec().ok());
        QVERIFY(j.noteStockSweep(QStringLiteral("main"), now - 600 * 1000, 48, 2, QString(), now - 600 * 1000).ok());
        for (const char *sku : {"GRD-BURR-SET", "TEE-RED-M"})
            QVERIFY(j.db().prepare("INSERT INTO exceptions(kind, category, code, message, state, created_at, updated_at, store, sku, system) "
                                   "VALUES('stock','mapping','erp_item_missing','The ERP has no Bin for this item.','open',?,?,'main',?,'erp')")
                        .bind(1, now).bind(2, now).bind(3, QString::fromLatin1(sku)).exec().ok());
    }
};

} // namespace backroom::uitest
