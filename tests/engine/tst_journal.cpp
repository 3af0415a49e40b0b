#include "sync/engine/commandexecutor.h"
#include "sync/journal/journal.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {
QJsonObject orderJson(qint64 id, const QString &status, const QString &modified, const QString &note = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("status"), status},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("date_created_gmt"), QStringLiteral("2026-11-22T10:00:00")},
        {QStringLiteral("date_modified_gmt"), modified},
        {QStringLiteral("total"), QStringLiteral("10.00")},
        {QStringLiteral("customer_note"), note},
        {QStringLiteral("billing"), QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}}},
        {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")},
                                                              {QStringLiteral("quantity"), 1},
                                                              {QStringLiteral("subtotal"), QStringLiteral("10.00")},
                                                              {QStringLiteral("total"), QStringLiteral("10.00")}}}},
    };
}

Result<IntakeOutcome> record(Journal &j, const QJsonObject &json, bool syncable, qint64 now = 1000)
{
    Order o = parseWooOrder(json, QStringLiteral("main")).value();
    o.contentHash = wooContentHash(json);
    return j.recordOrder(o, QJsonDocument(json).toJson(QJsonDocument::Compact), syncable, now);
}

SyncError err(ErrorCategory c, const QString &m)
{
    SyncError e;
    e.category = c;
    e.message = m;
    e.hint = QStringLiteral("do something");
    return e;
}
} // namespace

class TestJournal : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_j;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("j.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("j.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("j.sqlite-shm")));
        m_j = std::make_unique<Journal>();
        QVERIFY(m_j->open(m_dir.filePath(QStringLiteral("j.sqlite"))).ok());
    }

    void migratesAndReopens()
    {
        QCOMPARE(m_j->schemaVersion(), Journal::kSchemaVersion);
        m_j->close();
        Journal again;
        QVERIFY(again.open(m_dir.filePath(QStringLiteral("j.sqlite"))).ok());
        QCOMPARE(again.schemaVersion(), Journal::kSchemaVersion);
        Journal ro;
        QVERIFY(ro.open(m_dir.filePath(QStringLiteral("j.sqlite")), SqliteDb::Mode::ReadOnly).ok());
    }

    void refusesNewerSchema()
    {
        QVERIFY(m_j->db().exec("PRAGMA user_version=99").ok());
        m_j->close();
        Journal j;
        const Status s = j.open(m_dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("schema version 99")));
    }

    void readOnlyOnNonJournal()
    {
        QFile f(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Journal j;
        QVERIFY(!j.open(f.fileName(), SqliteDb::Mode::ReadOnly).ok());
    }

    void intakeDeduplicates()
    {
        QVERIFY(m_j->begin().ok());
        auto r1 = record(*m_j, orderJson(1, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        QVERIFY(r1.ok());
        QCOMPARE(r1.value().kind, IntakeOutcome::Kind::New);
        QVERIFY(r1.value().enqueued);
        // the same content again (overlap window): unchanged, nothing enqueued
        auto r2 = record(*m_j, orderJson(1, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        QCOMPARE(r2.value().kind, IntakeOutcome::Kind::Unchanged);
        QVERIFY(!r2.value().enqueued);
        // a touch without a content change is not a revision
        auto r3 = record(*m_j, orderJson(1, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:05:00")), true);
        QCOMPARE(r3.value().kind, IntakeOutcome::Kind::Unchanged);
        // a real change is a revision, but the order is not enqueued twice
        auto r4 = record(*m_j, orderJson(1, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:06:00"), QStringLiteral("x")), true);
        QCOMPARE(r4.value().kind, IntakeOutcome::Kind::NewRevision);
        QVERIFY(!r4.value().enqueued);
        QVERIFY(m_j->commit().ok());
        QCOMPARE(m_j->outboxActive(), 1);
        QVERIFY(m_j->latestRevision(r1.value().orderKey).contains("\"customer_note\":\"x\""));
    }

    void contentGoingBackIsTheCurrentRevision()
    {
        const QJsonObject a = orderJson(11, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00"), QStringLiteral("A"));
        const QJsonObject b = orderJson(11, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:01:00"), QStringLiteral("B"));
        const QJsonObject a2 = orderJson(11, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:02:00"), QStringLiteral("A"));
        const qint64 key = record(*m_j, a, true).value().orderKey;
        QCOMPARE(record(*m_j, b, true).value().kind, IntakeOutcome::Kind::NewRevision);
        QCOMPARE(record(*m_j, a2, true).value().kind, IntakeOutcome::Kind::NewRevision);
        // A -> B -> A: the journal's current revision is A again, not the newest row (B)
        QVERIFY(m_j->latestRevision(key).contains("\"customer_note\":\"A\""));
    }

    void ignoredOrderBecomesSyncable()
    {
        auto r1 = record(*m_j, orderJson(2, QStringLiteral("pending"), QStringLiteral("2026-11-22T10:00:00")), false);
        QVERIFY(!r1.value().enqueued);
        QCOMPARE(m_j->outboxActive(), 0);
        auto r2 = record(*m_j, orderJson(2, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:01:00")), true);
        QVERIFY(r2.value().enqueued);
        QCOMPARE(m_j->outboxActive(), 1);
    }

    void orderWithOurRefIsNeverPostedAgain()
    {
        QJsonObject json = orderJson(3, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00"));
        json.insert(QStringLiteral("meta_data"), QJsonArray{QJsonObject{{QStringLiteral("key"), QLatin1String(kErpRefMetaKey)},
                                                                        {QStringLiteral("value"), QStringLiteral("SO-9")}}});
        auto r = record(*m_j, json, true);
        QVERIFY(!r.value().enqueued);
        QCOMPARE(m_j->outboxActive(), 0);
        const QJsonObject st = m_j->statusJson(2000);
        QCOMPARE(st.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject()
                     .value(QStringLiteral("confirmed")).toInt(), 1);
    }

    void claimCountsAttemptsAndRecoversInflight()
    {
        record(*m_j, orderJson(4, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].attempts, 1);
        // claimed items are not claimed again
        QVERIFY(m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10).isEmpty());
        // a crash: the item comes back with its attempt counted (so it is looked up first)
        QVERIFY(m_j->recoverInflight(2000).ok());
        items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 2000, 10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].attempts, 2);
        QVERIFY(m_j->completeErpOrder(items[0], QStringLiteral("SO-1"), 3000, true).ok());
        const QList<OutboxItem> wb = m_j->claimDue(QString::fromLatin1(OutboxKind::WooWriteBack), 3000, 10);
        QCOMPARE(wb.size(), 1);
        QCOMPARE(wb[0].erpRef, QStringLiteral("SO-1"));
        QVERIFY(m_j->completeWriteBack(wb[0], 4000).ok());
        QCOMPARE(m_j->outboxActive(), 0);
        const QJsonObject st = m_j->statusJson(5000);
        QCOMPARE(st.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject()
                     .value(QStringLiteral("confirmed")).toInt(), 1);
        QCOMPARE(st.value(QStringLiteral("lag")).toObject().value(QStringLiteral("order_to_erp_p50_s")).toDouble(), 2.0);
    }

    void uncountedAttemptStillLooksUpNextTime()
    {
        // A refused login is not counted against the attempt limit, but the send it interrupted
        // may have reached the ERP: the next claim still has attempts > 1 (look up first).
        record(*m_j, orderJson(6, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].attempts, 1);
        QVERIFY(m_j->reschedule(items[0], 1000, QStringLiteral("session refused"), false).ok());
        items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].attempts, 2);
        // Later uncounted failures do not add up: the count stays where it was.
        QVERIFY(m_j->reschedule(items[0], 1000, QStringLiteral("session refused"), false).ok());
        items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QCOMPARE(items[0].attempts, 2);
    }

    void rescheduleHonoursDueTime()
    {
        record(*m_j, orderJson(5, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QVERIFY(m_j->reschedule(items[0], 5000, QStringLiteral("timeout")).ok());
        QVERIFY(m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 4999, 10).isEmpty());
        QCOMPARE(m_j->nextDueMs().value_or(0), qint64(5000));
        QCOMPARE(m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 5000, 10).size(), 1);
    }

    void parkRetryResolveSkipAreAudited()
    {
        for (qint64 id : {6, 7, 8})
            record(*m_j, orderJson(id, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        const QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QCOMPARE(items.size(), 3);
        for (const OutboxItem &it : items)
            QVERIFY(m_j->park(it, err(ErrorCategory::Mapping, QStringLiteral("unknown item A")), QStringLiteral("erp"), 1000).ok());
        // parking twice keeps one open exception per order
        QVERIFY(m_j->park(items[0], err(ErrorCategory::Mapping, QStringLiteral("unknown item A")), QStringLiteral("erp"), 1100).ok());
        QList<ExceptionRecord> open = m_j->exceptions(true);
        QCOMPARE(open.size(), 3);
        QCOMPARE(m_j->exceptions(true, QStringLiteral("mapping")).size(), 3);
        QCOMPARE(m_j->exceptions(true, QStringLiteral("transient")).size(), 0);
        QCOMPARE(m_j->outboxActive(), 0);

        CommandExecutor exec(m_j.get());
        auto run = [&](const QString &kind, const QJsonObject &args) {
            const qint64 id = m_j->enqueueCommand(kind, args, QStringLiteral("tester"), 2000).value();
            exec.execute(*m_j->command(id), 2000);
            return *m_j->command(id);
        };
        CommandRecord c = run(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), QJsonArray{open[0].id}}});
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(m_j->outboxActive(), 1);
        c = run(QStringLiteral("resolve"), QJsonObject{{QStringLiteral("id"), open[1].id}, {QStringLiteral("note"), QStringLiteral("made by hand")},
                                                       {QStringLiteral("erp_ref"), QStringLiteral("SO-HAND")}});
        QCOMPARE(c.state, QStringLiteral("done"));
        c = run(QStringLiteral("skip"), QJsonObject{{QStringLiteral("id"), open[2].id}, {QStringLiteral("reason"), QStringLiteral("test order")}});
        QCOMPARE(c.state, QStringLiteral("done"));
        // a second skip of the same exception fails with a clear result
        c = run(QStringLiteral("skip"), QJsonObject{{QStringLiteral("id"), open[2].id}, {QStringLiteral("reason"), QStringLiteral("again")}});
        QCOMPARE(c.state, QStringLiteral("failed"));
        QVERIFY(c.result.contains(QStringLiteral("not open")));
        c = run(QStringLiteral("resolve"), QJsonObject{{QStringLiteral("id"), 9999}, {QStringLiteral("note"), QStringLiteral("x")}});
        QCOMPARE(c.state, QStringLiteral("failed"));
        QCOMPARE(m_j->exceptions(true).size(), 0);
        // resolving with an ERP ref queues the write-back of that ref
        const QList<OutboxItem> wb = m_j->claimDue(QString::fromLatin1(OutboxKind::WooWriteBack), 3000, 10);
        QCOMPARE(wb.size(), 1);
        QCOMPARE(wb[0].erpRef, QStringLiteral("SO-HAND"));
        SqliteStatement &st = m_j->db().prepare("SELECT count(*), group_concat(action) FROM audit WHERE actor='tester'");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(3));
        QCOMPARE(st.text(1), QStringLiteral("retry,resolve,skip"));
        st.reset();
        const QJsonObject status = m_j->statusJson(3000);
        const QJsonObject stages = status.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
        QCOMPARE(stages.value(QStringLiteral("posted")).toInt(), 1);
        QCOMPARE(stages.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(stages.value(QStringLiteral("received")).toInt(), 1);
    }

    void changedParkedOrderIsRetried()
    {
        record(*m_j, orderJson(10, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:00:00")), true);
        const QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), 1000, 10);
        QVERIFY(m_j->park(items[0], err(ErrorCategory::Validation, QStringLiteral("no email")), QStringLiteral("erp"), 1000).ok());
        QCOMPARE(m_j->outboxActive(), 0);
        auto r = record(*m_j, orderJson(10, QStringLiteral("processing"), QStringLiteral("2026-11-22T10:09:00"), QStringLiteral("fixed")), true);
        QVERIFY(r.value().enqueued);
        QCOMPARE(m_j->outboxActive(), 1);
        QCOMPARE(m_j->exceptions(true).size(), 0);
    }

    void connectionExceptionRaisedOnce()
    {
        const SyncError e = err(ErrorCategory::Auth, QStringLiteral("Consumer secret is invalid."));
        QVERIFY(m_j->raiseConnectionException(QStringLiteral("woocommerce:main"), e, 1000).ok());
        QVERIFY(m_j->raiseConnectionException(QStringLiteral("woocommerce:main"), e, 2000).ok());
        QCOMPARE(m_j->exceptions(true, QStringLiteral("auth")).size(), 1);
        QVERIFY(m_j->closeConnectionException(QStringLiteral("woocommerce:main"), QStringLiteral("ok again"), 3000).ok());
        QCOMPARE(m_j->exceptions(true).size(), 0);
    }

    void cursorsAndCustomers()
    {
        QVERIFY(m_j->cursor(QStringLiteral("main"), QStringLiteral("orders.modified")).isEmpty());
        QVERIFY(m_j->setCursor(QStringLiteral("main"), QStringLiteral("orders.modified"), QStringLiteral("2026-11-22T10:00:00"), 1).ok());
        QVERIFY(m_j->setCursor(QStringLiteral("main"), QStringLiteral("orders.modified"), QStringLiteral("2026-11-22T11:00:00"), 2).ok());
        QCOMPARE(m_j->cursor(QStringLiteral("main"), QStringLiteral("orders.modified")), QStringLiteral("2026-11-22T11:00:00"));
        QCOMPARE(m_j->cursor(QStringLiteral("other"), QStringLiteral("orders.modified")), QString());
        QVERIFY(m_j->cacheCustomer(QStringLiteral("a@example.com"), QStringLiteral("Jane")).ok());
        QCOMPARE(m_j->cachedCustomer(QStringLiteral("a@example.com")), QStringLiteral("Jane"));
        QVERIFY(m_j->forgetCustomer(QStringLiteral("Jane")).ok());
        QCOMPARE(m_j->cachedCustomer(QStringLiteral("a@example.com")), QString());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
