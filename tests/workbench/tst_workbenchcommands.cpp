// The workbench's commands through the journal's command queue (CommandExecutor, as the engine
// and the CLI run it): each one changes the exception, audits before/after, and fails with one
// clear sentence on bad input.
#include "sync/engine/commandexecutor.h"
#include "sync/engine/payloaddiff.h"
#include "sync/engine/retrypreview.h"
#include "workbenchjournal.h"

#include <QTest>

using namespace backroom;
using backroom::wbtest::WorkbenchJournal;

namespace {
// Queues a command and runs the queue, as the engine does every quarter second.
CommandRecord run(Journal &j, const QString &kind, const QJsonObject &args, qint64 nowMs)
{
    const qint64 id = j.enqueueCommand(kind, args, QStringLiteral("lead"), nowMs).value();
    CommandExecutor exec(&j);
    (void)j.begin();
    exec.executeQueued(nowMs);
    (void)j.commit();
    return *j.command(id);
}

struct AuditRow {
    QString actor, action, before, after;
};
QList<AuditRow> auditOf(Journal &j, qint64 exceptionId)
{
    QList<AuditRow> out;
    SqliteStatement &st = j.db().prepare("SELECT actor, action, before, after FROM audit WHERE target=? ORDER BY id");
    st.bind(1, QStringLiteral("exception:%1").arg(exceptionId));
    while (st.step())
        out << AuditRow{st.text(0), st.text(1), st.text(2), st.text(3)};
    st.reset();
    return out;
}

QJsonArray idsOf(std::initializer_list<qint64> ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}
} // namespace

class TestWorkbenchCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupsByCause()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(37, 3));
        const QList<ExceptionGroup> groups = w.j.exceptionGroups(ExceptionFilter{}, w.now);
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups.first().groupKey, QStringLiteral("HOODIE-XL"));
        QCOMPARE(groups.first().count, 37);
        QCOMPARE(describeGroup(groups.first()), QStringLiteral("SKU HOODIE-XL unmapped"));
        for (int i = 1; i < groups.size(); ++i)
            QCOMPARE(groups.at(i).count, 1);
        ExceptionFilter one;
        one.groupCategory = QStringLiteral("mapping");
        one.groupKey = QStringLiteral("HOODIE-XL");
        QCOMPARE(w.j.workbenchExceptions(one, w.now).size(), 37);
        // Filters: age (the three others are two days old), store, system.
        ExceptionFilter old;
        old.minAgeS = 86400;
        QCOMPARE(w.j.workbenchExceptions(old, w.now).size(), 3);
        ExceptionFilter young;
        young.maxAgeS = 86400;
        QCOMPARE(w.j.workbenchExceptions(young, w.now).size(), 37);
        ExceptionFilter otherStore;
        otherStore.store = QStringLiteral("outlet");
        QCOMPARE(w.j.workbenchExceptions(otherStore, w.now).size(), 0);
        ExceptionFilter woo;
        woo.system = QStringLiteral("woocommerce");
        QCOMPARE(w.j.exceptionGroups(woo, w.now).size(), 0);
    }

    void retryWholeGroupByFilter()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(37, 3));
        ExceptionFilter group;
        group.groupCategory = QStringLiteral("mapping");
        group.groupKey = QStringLiteral("HOODIE-XL");
        const CommandRecord c = run(w.j, QStringLiteral("retry"), QJsonObject{{QStringLiteral("filter"), group.toJson()}}, w.now);
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(w.j.exceptions(true).size(), 3);
        QCOMPARE(w.j.outboxActive(), 37);
        QCOMPARE(auditOf(w.j, w.exceptionOf.value(5001)).size(), 1);
        QCOMPARE(auditOf(w.j, w.exceptionOf.value(6001)).size(), 0);
    }

    void snoozeHidesAndReturns()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(2, 1));
        const qint64 id = w.exceptionOf.value(5001);
        const qint64 until = w.now + 60000;
        CommandRecord c = run(w.j, QStringLiteral("snooze"), QJsonObject{{QStringLiteral("ids"), idsOf({id})}, {QStringLiteral("until_ms"), until}}, w.now);
        QCOMPARE(c.state, QStringLiteral("done"));
        ExceptionFilter open;
        ExceptionFilter snoozed;
        snoozed.state = QStringLiteral("snoozed");
        QList<ExceptionRecord> rows = w.j.workbenchExceptions(open, w.now);
        QCOMPARE(rows.size(), 2);
        for (const ExceptionRecord &e : rows)
            QVERIFY(e.id != id);
        QCOMPARE(w.j.workbenchExceptions(snoozed, w.now).size(), 1);
        QCOMPARE(w.j.exceptionGroups(open, w.now).first().count, 1); // HOODIE-XL: one left awake
        // Due: back in the open queue without anyone doing anything.
        rows = w.j.workbenchExceptions(open, until + 1);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(w.j.workbenchExceptions(snoozed, until + 1).size(), 0);
        const QList<AuditRow> audit = auditOf(w.j, id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("snooze"));
        QCOMPARE(audit.first().actor, QStringLiteral("lead"));
        QCOMPARE(audit.first().before, QStringLiteral("open"));
        QVERIFY(audit.first().after.startsWith(QStringLiteral("snoozed until ")));
        // A time in the past is refused, and nothing changes.
        c = run(w.j, QStringLiteral("snooze"), QJsonObject{{QStringLiteral("ids"), idsOf({w.exceptionOf.value(5002)})}, {QStringLiteral("until_ms"), w.now - 1}}, w.now);
        QCOMPARE(c.state, QStringLiteral("failed"));
        QVERIFY(c.result.contains(QStringLiteral("future")));
        QCOMPARE(w.j.workbenchException(w.exceptionOf.value(5002))->snoozedUntilMs, 0);
        // Waking early: until 0.
        c = run(w.j, QStringLiteral("snooze"), QJsonObject{{QStringLiteral("ids"), idsOf({id})}, {QStringLiteral("until_ms"), 0}}, w.now);
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(w.j.workbenchExceptions(open, w.now).size(), 3);
        QVERIFY(auditOf(w.j, id).last().before.startsWith(QStringLiteral("snoozed until")));
    }

    void assignAndFilterByAssignee()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(3, 0));
        const qint64 a = w.exceptionOf.value(5001), b = w.exceptionOf.value(5002);
        QCOMPARE(run(w.j, QStringLiteral("assign"), QJsonObject{{QStringLiteral("ids"), idsOf({a, b})}, {QStringLiteral("assignee"), QStringLiteral("ana")}}, w.now).state,
                 QStringLiteral("done"));
        ExceptionFilter ana;
        ana.assignee = QStringLiteral("ana");
        QCOMPARE(w.j.workbenchExceptions(ana, w.now).size(), 2);
        ExceptionFilter nobody;
        nobody.assignee = QStringLiteral("-");
        QCOMPARE(w.j.workbenchExceptions(nobody, w.now).size(), 1);
        QCOMPARE(run(w.j, QStringLiteral("assign"), QJsonObject{{QStringLiteral("ids"), idsOf({a})}, {QStringLiteral("assignee"), QStringLiteral("ben")}}, w.now).state,
                 QStringLiteral("done"));
        const QList<AuditRow> audit = auditOf(w.j, a);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).before, QStringLiteral("unassigned"));
        QCOMPARE(audit.at(0).after, QStringLiteral("assigned to ana"));
        QCOMPARE(audit.at(1).before, QStringLiteral("assigned to ana"));
        QCOMPARE(audit.at(1).after, QStringLiteral("assigned to ben"));
        // An unknown exception fails the whole command; nothing is assigned.
        const CommandRecord bad = run(w.j, QStringLiteral("assign"), QJsonObject{{QStringLiteral("ids"), idsOf({999999})}, {QStringLiteral("assignee"), QStringLiteral("x")}}, w.now);
        QCOMPARE(bad.state, QStringLiteral("failed"));
        QVERIFY(bad.result.contains(QStringLiteral("999999")));
    }

    void notesAreKeptAndAudited()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(1, 0));
        const qint64 id = w.exceptionOf.value(5001);
        QCOMPARE(run(w.j, QStringLiteral("note"), QJsonObject{{QStringLiteral("ids"), idsOf({id})}, {QStringLiteral("text"), QStringLiteral("asked the warehouse")}}, w.now).state,
                 QStringLiteral("done"));
        const CommandRecord empty = run(w.j, QStringLiteral("note"), QJsonObject{{QStringLiteral("ids"), idsOf({id})}, {QStringLiteral("text"), QStringLiteral("  ")}}, w.now);
        QCOMPARE(empty.state, QStringLiteral("failed"));
        const QList<ExceptionNote> notes = w.j.exceptionNotes(id);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, QStringLiteral("asked the warehouse"));
        QCOMPARE(notes.first().actor, QStringLiteral("lead"));
        QCOMPARE(w.j.workbenchException(id)->noteCount, 1);
        QCOMPARE(auditOf(w.j, id).size(), 1);
        QCOMPARE(auditOf(w.j, id).first().after, QStringLiteral("asked the warehouse"));
    }

    void editRetryKeepsTheEditAndAuditsTheDiff()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(1, 0));
        const qint64 id = w.exceptionOf.value(5001);
        const ExceptionRecord e = *w.j.exception(id);
        QJsonObject edited = wbtest::orderJson(5001, QStringLiteral("HOODIE-XL-BLK"));
        CommandRecord c = run(w.j, QStringLiteral("edit_retry"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("payload"), edited}}, w.now);
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(w.j.exception(id)->state, QStringLiteral("retried"));
        QCOMPARE(w.j.outboxActive(), 1);
        const QJsonObject effective = QJsonDocument::fromJson(w.j.effectivePayload(e.orderKey)).object();
        QCOMPARE(effective.value(QStringLiteral("line_items")).toArray().first().toObject().value(QStringLiteral("sku")).toString(),
                 QStringLiteral("HOODIE-XL-BLK"));
        const AuditRow audit = auditOf(w.j, id).last();
        QCOMPARE(audit.action, QStringLiteral("edit_retry"));
        QCOMPARE(QJsonDocument::fromJson(audit.before.toUtf8()).object().value(QStringLiteral("/line_items/0/sku")).toString(), QStringLiteral("HOODIE-XL"));
        QCOMPARE(QJsonDocument::fromJson(audit.after.toUtf8()).object().value(QStringLiteral("/line_items/0/sku")).toString(), QStringLiteral("HOODIE-XL-BLK"));
        // A newer revision from the store replaces the edit: the engine maps what the store says.
        QJsonObject newer = wbtest::orderJson(5001, QStringLiteral("HOODIE-L"));
        newer.insert(QStringLiteral("date_modified_gmt"), QStringLiteral("2026-11-22T11:00:00"));
        w.addOrder(newer, w.now);
        QVERIFY(!w.j.editedPayload(e.orderKey));
    }

    void editRetryRefusesBadPayloads_data()
    {
        QTest::addColumn<QJsonValue>("payload");
        QTest::addColumn<QString>("says");
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("{")) << QStringLiteral("JSON object");
        QTest::newRow("another order") << QJsonValue(wbtest::orderJson(7777, QStringLiteral("X"))) << QStringLiteral("not order 5001");
        QJsonObject noLines = wbtest::orderJson(5001, QStringLiteral("X"));
        noLines.insert(QStringLiteral("line_items"), QJsonArray{QStringLiteral("none")});
        QTest::newRow("bad shape") << QJsonValue(noLines) << QStringLiteral("not a valid order");
        QTest::newRow("unchanged") << QJsonValue(wbtest::orderJson(5001, QStringLiteral("HOODIE-XL"))) << QStringLiteral("same as the original");
    }

    void editRetryRefusesBadPayloads()
    {
        QFETCH(QJsonValue, payload);
        QFETCH(QString, says);
        WorkbenchJournal w;
        QVERIFY(w.build(1, 0));
        const qint64 id = w.exceptionOf.value(5001);
        const CommandRecord c = run(w.j, QStringLiteral("edit_retry"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("payload"), payload}}, w.now);
        QCOMPARE(c.state, QStringLiteral("failed"));
        QVERIFY2(c.result.contains(says), qPrintable(c.result));
        QCOMPARE(w.j.exception(id)->state, QStringLiteral("open"));
        QVERIFY(!w.j.editedPayload(w.j.exception(id)->orderKey));
        QCOMPARE(auditOf(w.j, id).size(), 0);
    }

    void resolveWithErpRefLinksTheOrder()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(1, 0));
        const qint64 id = w.exceptionOf.value(5001);
        QCOMPARE(run(w.j, QStringLiteral("resolve"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("note"), QStringLiteral("typed in by hand")},
                                                                  {QStringLiteral("erp_ref"), QStringLiteral("SAL-ORD-HAND-1")}}, w.now).state,
                 QStringLiteral("done"));
        QCOMPARE(w.j.orderErpRef(w.j.exception(id)->orderKey), QStringLiteral("SAL-ORD-HAND-1"));
        // Retrying it afterwards is refused: it is not open.
        const CommandRecord again = run(w.j, QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), idsOf({id})}}, w.now);
        QCOMPARE(again.state, QStringLiteral("failed"));
        QCOMPARE(w.j.claimDue(QString::fromLatin1(OutboxKind::ErpOrder), w.now, 10).size(), 0);
    }

    void previewWithoutEngineSaysWhatItKnows()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(2, 0));
        const CommandRecord c = run(w.j, QStringLiteral("preview_retry"),
                                    QJsonObject{{QStringLiteral("ids"), idsOf({w.exceptionOf.value(5001), w.exceptionOf.value(5002)})}}, w.now);
        QCOMPARE(c.state, QStringLiteral("done"));
        const QList<RetryPreviewItem> items = parseRetryPreview(c.result);
        QCOMPARE(items.size(), 2);
        for (const RetryPreviewItem &i : items)
            QCOMPARE(i.action, QStringLiteral("unknown"));
        // Preview changes nothing.
        QCOMPARE(w.j.exceptions(true).size(), 2);
    }

    void savedFiltersRoundTrip()
    {
        WorkbenchJournal w;
        QVERIFY(w.build(0, 0) || w.j.isOpen());
        ExceptionFilter f;
        f.category = QStringLiteral("mapping");
        f.assignee = QStringLiteral("-");
        f.minAgeS = 86400;
        f.state = QStringLiteral("snoozed");
        QVERIFY(w.j.saveFilter(SavedFilter{QStringLiteral("old unassigned mapping"), f, QStringLiteral("lead"), w.now}).ok());
        f.store = QStringLiteral("outlet");
        QVERIFY(w.j.saveFilter(SavedFilter{QStringLiteral("old unassigned mapping"), f, QStringLiteral("lead"), w.now + 1}).ok());
        QList<SavedFilter> saved = w.j.savedFilters();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().filter == f);
        QVERIFY(w.j.deleteFilter(QStringLiteral("old unassigned mapping")).ok());
        QCOMPARE(w.j.savedFilters().size(), 0);
    }

    void fieldDiff()
    {
        const QJsonObject a{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QJsonArray{1, 2}}, {QStringLiteral("c/d"), QStringLiteral("x")}};
        const QJsonObject b{{QStringLiteral("a"), 2}, {QStringLiteral("b"), QJsonArray{1}}, {QStringLiteral("e"), true}, {QStringLiteral("c/d"), QStringLiteral("x")}};
        const QList<FieldChange> d = jsonFieldDiff(a, b);
        QCOMPARE(d.size(), 3);
        QStringList text;
        for (const FieldChange &c : d)
            text << fieldChangeText(c);
        QVERIFY(text.contains(QStringLiteral("/a: 1 → 2")));
        QVERIFY(text.contains(QStringLiteral("/b/1: 2 → (removed)")));
        QVERIFY(text.contains(QStringLiteral("/e: (none) → true")));
        QVERIFY(jsonFieldDiff(a, a).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchCommands)
#include "tst_workbenchcommands.moc"
