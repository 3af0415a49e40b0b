// The status map in both directions, as pure rules: which WooCommerce statuses cancel the ERP
// sales order, which WooCommerce status an ERP state sets (map first, delivered_status as the
// default), what the reconciliation writes, and the entries the mapping refuses (by name).
#include "sync/engine/commandexecutor.h"
#include "sync/engine/mappingcommands.h"
#include "sync/engine/reconcileflow.h"
#include "sync/journal/journal.h"
#include "sync/mapping/mappingjson.h"
#include "sync/mapping/statusmap.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {
using S = SalesOrderState::Status;

SalesOrderState state(S status, const QString &erpText)
{
    SalesOrderState s;
    s.name = QStringLiteral("SAL-ORD-0001");
    s.status = status;
    s.erpStatus = erpText;
    return s;
}

QMap<QString, QString> table(std::initializer_list<std::pair<QString, QString>> rows)
{
    QMap<QString, QString> t;
    for (const auto &r : rows)
        t.insert(r.first, r.second);
    return t;
}
} // namespace

class TestStatusMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cancelStatuses_data();
    void cancelStatuses();
    void erpStateToWooStatus_data();
    void erpStateToWooStatus();
    void reconcileWritesOnlyEndStates_data();
    void reconcileWritesOnlyEndStates();
    void refusedEntriesNameTheKey_data();
    void refusedEntriesNameTheKey();
    void acceptedMapsAndWarnings();
    void followedStatusesCoverBothDirections();
    void journalQueuesCancelForMappedStatusOnce();
    void oldVersionStaysReadableButIsNotRestored();
};

void TestStatusMap::cancelStatuses_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty map: cancelled") << QStringList() << QStringList() << QStringList{QStringLiteral("cancelled")};
    QTest::newRow("on-hold cancels too") << QStringList{QStringLiteral("on-hold")} << QStringList{QStringLiteral("cancel")}
                                         << QStringList{QStringLiteral("cancelled"), QStringLiteral("on-hold")};
    QTest::newRow("cancelled ignored") << QStringList{QStringLiteral("cancelled"), QStringLiteral("failed")}
                                       << QStringList{QStringLiteral("ignore"), QStringLiteral("cancel")}
                                       << QStringList{QStringLiteral("failed")};
    QTest::newRow("sync rows cancel nothing") << QStringList{QStringLiteral("processing")} << QStringList{QStringLiteral("sync")}
                                              << QStringList{QStringLiteral("cancelled")};
}

void TestStatusMap::cancelStatuses()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    QFETCH(QStringList, expected);
    QMap<QString, QString> t;
    for (int i = 0; i < keys.size(); ++i)
        t.insert(keys.at(i), values.at(i));
    QStringList got = backroom::cancelStatuses(t);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestStatusMap::erpStateToWooStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("erpText");
    QTest::addColumn<QString>("expected"); // with delivered_status "completed" as the default
    QTest::newRow("ERPNext text wins") << int(S::Delivered) << QStringLiteral("To Bill") << QStringLiteral("on-hold");
    QTest::newRow("state key when the text is unmapped") << int(S::Delivered) << QStringLiteral("Completed")
                                                         << QStringLiteral("processing");
    QTest::newRow("closed, unmapped: the default") << int(S::Closed) << QStringLiteral("Closed") << QStringLiteral("completed");
    QTest::newRow("Tryton text") << int(S::Delivered) << QStringLiteral("done") << QStringLiteral("refunded");
}

void TestStatusMap::erpStateToWooStatus()
{
    QFETCH(int, status);
    QFETCH(QString, erpText);
    QFETCH(QString, expected);
    const auto erp = table({{QStringLiteral("To Bill"), QStringLiteral("on-hold")},
                            {QStringLiteral("delivered"), QStringLiteral("processing")},
                            {QStringLiteral("done"), QStringLiteral("refunded")}});
    QCOMPARE(deliveredWooStatus(erp, state(S(status), erpText), QStringLiteral("completed")), expected);
    // An empty map always gives the configured default.
    QCOMPARE(deliveredWooStatus({}, state(S(status), erpText), QStringLiteral("completed")), QStringLiteral("completed"));
    // A sales order that no longer exists never maps.
    QCOMPARE(mappedWooStatus(erp, state(S::Missing, QStringLiteral("To Bill"))), QString());
}

void TestStatusMap::reconcileWritesOnlyEndStates_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("erpText");
    QTest::addColumn<QString>("storeStatus");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cancelled in the ERP") << int(S::Cancelled) << QStringLiteral("Cancelled") << QStringLiteral("processing")
                                          << QStringLiteral("cancelled");
    QTest::newRow("closed in the ERP") << int(S::Closed) << QStringLiteral("Closed") << QStringLiteral("processing")
                                       << QStringLiteral("completed");
    QTest::newRow("store already there") << int(S::Cancelled) << QStringLiteral("Cancelled") << QStringLiteral("cancelled")
                                         << QString();
    QTest::newRow("refunded in the store stays") << int(S::Closed) << QStringLiteral("Closed") << QStringLiteral("refunded")
                                                 << QString();
    QTest::newRow("delivered: the fulfilment flow's") << int(S::Delivered) << QStringLiteral("To Bill")
                                                      << QStringLiteral("processing") << QString();
    QTest::newRow("open: never") << int(S::Open) << QStringLiteral("To Deliver and Bill") << QStringLiteral("on-hold")
                                 << QString();
    QTest::newRow("unknown store status") << int(S::Closed) << QStringLiteral("Closed") << QString() << QString();
}

void TestStatusMap::reconcileWritesOnlyEndStates()
{
    QFETCH(int, status);
    QFETCH(QString, erpText);
    QFETCH(QString, storeStatus);
    QFETCH(QString, expected);
    Mappings m;
    m.erpStatus = table({{QStringLiteral("Cancelled"), QStringLiteral("cancelled")},
                         {QStringLiteral("closed"), QStringLiteral("completed")},
                         {QStringLiteral("To Bill"), QStringLiteral("completed")},
                         {QStringLiteral("To Deliver and Bill"), QStringLiteral("processing")}});
    QCOMPARE(ReconcileFlow::statusToWrite(m, state(S(status), erpText), storeStatus), expected);
    // Without a map entry nothing is written, whatever the state.
    QCOMPARE(ReconcileFlow::statusToWrite(Mappings{}, state(S(status), erpText), storeStatus), QString());
}

void TestStatusMap::refusedEntriesNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wc- prefix") << QByteArray("{\"status\": {\"wc-on-hold\": \"ignore\"}}")
                                << QStringLiteral("mappings.status.wc-on-hold") << QStringLiteral("\"on-hold\"");
    QTest::newRow("ERP word in the status table") << QByteArray("{\"status\": {\"Completed\": \"ignore\"}}")
                                                  << QStringLiteral("mappings.status.Completed")
                                                  << QStringLiteral("not a WooCommerce order status");
    QTest::newRow("unknown action") << QByteArray("{\"status\": {\"on-hold\": \"post\"}}") << QStringLiteral("mappings.status.on-hold")
                                    << QStringLiteral("sync, ignore, cancel");
    QTest::newRow("typo in the write-back status") << QByteArray("{\"erp_status\": {\"To Bill\": \"complete\"}}")
                                                   << QStringLiteral("mappings.erp_status.To Bill") << QStringLiteral("\"complete\"");
    QTest::newRow("state that cancels itself")
        << QByteArray("{\"status\": {\"on-hold\": \"cancel\"}, \"erp_status\": {\"To Deliver and Bill\": \"on-hold\"}}")
        << QStringLiteral("mappings.erp_status.To Deliver and Bill") << QStringLiteral("cancels");
    QTest::newRow("ERP state to cancelled, default cancel") << QByteArray("{\"erp_status\": {\"closed\": \"cancelled\"}}")
                                                            << QStringLiteral("mappings.erp_status.closed")
                                                            << QStringLiteral("cancels");
}

void TestStatusMap::refusedEntriesNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, mentions);
    const Result<Mappings> r = mappingsFromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(where + QLatin1Char(':')), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QCOMPARE(r.error().category, ErrorCategory::Validation);
}

void TestStatusMap::acceptedMapsAndWarnings()
{
    // A plugin's status, declared in the status table, may be set from an ERP state; the ERP's
    // own cancellation may set a cancel status (the sales order is cancelled already).
    const Result<Mappings> r = mappingsFromJson(QByteArray("{\"status\": {\"shipped\": \"ignore\", \"on-hold\": \"cancel\"}, \"erp_status\": {\"To Bill\": \"shipped\", \"Cancelled\": \"cancelled\", \"cancelled\": \"on-hold\"}}"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(statusMapErrors(r.value()).isEmpty());
    const QList<StatusMapProblem> warnings = statusMapWarnings(r.value());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().where, QStringLiteral("mappings.status.shipped"));
    QVERIFY(warnings.first().line().startsWith(QStringLiteral("mappings.status.shipped: ")));
    QVERIFY(knownWooStatuses(r.value()).contains(QStringLiteral("shipped")));
    QVERIFY(!knownWooStatuses(Mappings{}).contains(QStringLiteral("shipped")));
}

void TestStatusMap::followedStatusesCoverBothDirections()
{
    Mappings m;
    m.status = table({{QStringLiteral("on-hold"), QStringLiteral("cancel")}, {QStringLiteral("failed"), QStringLiteral("ignore")}});
    m.erpStatus = table({{QStringLiteral("To Bill"), QStringLiteral("shipped")}});
    const QStringList f = statusesToFollow(m, QStringLiteral("processing"));
    for (const char *s : {"cancelled", "refunded", "completed", "processing", "on-hold", "shipped"})
        QVERIFY2(f.contains(QLatin1String(s)), s);
    QVERIFY(!f.contains(QStringLiteral("failed")));
    QCOMPARE(f.size(), QSet<QString>(f.begin(), f.end()).size());
}

void TestStatusMap::journalQueuesCancelForMappedStatusOnce()
{
    QTemporaryDir dir;
    Journal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    journal.setCancelStatuses(backroom::cancelStatuses(table({{QStringLiteral("on-hold"), QStringLiteral("cancel")}})));
    Order o;
    o.storeId = QStringLiteral("main");
    o.sourceId = 42;
    o.number = QStringLiteral("42");
    o.status = QStringLiteral("processing");
    o.erpRef = QStringLiteral("SAL-ORD-0042"); // already in the ERP: linked, stage confirmed
    o.dateModifiedGmt = QStringLiteral("2026-11-22T10:00:00");
    o.contentHash = QStringLiteral("h1");
    const auto countCancels = [&] {
        SqliteStatement &st = journal.db().prepare("SELECT COUNT(*) FROM outbox WHERE kind='erp_cancel'");
        st.step();
        const qint64 n = st.int64(0);
        st.reset();
        return n;
    };
    QVERIFY(journal.begin());
    QVERIFY(journal.recordOrder(o, QByteArray("{}"), true, 1000).ok());
    QCOMPARE(countCancels(), 0);
    // A revision in a status the map does not cancel: nothing.
    o.status = QStringLiteral("completed");
    o.contentHash = QStringLiteral("h2");
    QVERIFY(journal.recordOrder(o, QByteArray("{}"), false, 2000).ok());
    QCOMPARE(countCancels(), 0);
    // on-hold is mapped to cancel: one erp_cancel item, and only one however often it comes back.
    o.status = QStringLiteral("on-hold");
    o.contentHash = QStringLiteral("h3");
    QVERIFY(journal.recordOrder(o, QByteArray("{}"), false, 3000).ok());
    QCOMPARE(countCancels(), 1);
    o.status = QStringLiteral("cancelled");
    o.contentHash = QStringLiteral("h4");
    QVERIFY(journal.recordOrder(o, QByteArray("{}"), false, 4000).ok());
    QCOMPARE(countCancels(), 1);
    QVERIFY(journal.commit());

    // With "cancelled": "ignore", a store cancellation leaves the ERP order alone.
    Journal other;
    QVERIFY(other.open(dir.filePath(QStringLiteral("other.sqlite"))));
    other.setCancelStatuses(backroom::cancelStatuses(table({{QStringLiteral("cancelled"), QStringLiteral("ignore")}})));
    o.sourceId = 43;
    o.erpRef = QStringLiteral("SAL-ORD-0043");
    o.status = QStringLiteral("processing");
    o.contentHash = QStringLiteral("g1");
    QVERIFY(other.begin());
    QVERIFY(other.recordOrder(o, QByteArray("{}"), true, 1000).ok());
    o.status = QStringLiteral("cancelled");
    o.contentHash = QStringLiteral("g2");
    QVERIFY(other.recordOrder(o, QByteArray("{}"), false, 2000).ok());
    SqliteStatement &st = other.db().prepare("SELECT COUNT(*) FROM outbox WHERE kind='erp_cancel'");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 0);
    st.reset();
    QVERIFY(other.commit());
}

void TestStatusMap::oldVersionStaysReadableButIsNotRestored()
{
    // A version saved before the status map was checked: an engine must still start with it.
    QTemporaryDir dir;
    Journal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    QVERIFY(journal.addMappingVersion(QStringLiteral("alice"), QStringLiteral("old"),
                                      QByteArray("{\"erp_status\": {\"To Bill\": \"complete\"}}"), 1000).ok());
    const Result<Mappings> old = mappingsAtVersion(journal, 1);
    QVERIFY(old.ok());
    QCOMPARE(old.value().erpStatus.value(QStringLiteral("To Bill")), QStringLiteral("complete"));
    QVERIFY(currentMappings(journal, QString(), 1000).ok());

    Mappings good;
    good.erpStatus.insert(QStringLiteral("To Bill"), QStringLiteral("completed"));
    const auto run = [&](const QJsonObject &args) {
        const qint64 id = journal.enqueueCommand(QStringLiteral("mapping"), args, QStringLiteral("bob"), 2000).value();
        (void)journal.begin();
        CommandExecutor(&journal).executeQueued(3000);
        (void)journal.commit();
        return *journal.command(id);
    };
    QCOMPARE(run(mappingCommandArgs(good, QStringLiteral("fix"), 1)).state, QStringLiteral("done"));
    QCOMPARE(journal.latestMappingVersion(), 2);
    // Rolling back to the refused entry is itself refused, naming it; nothing is saved.
    const CommandRecord back = run(QJsonObject{{QStringLiteral("rollback"), 1}});
    QCOMPARE(back.state, QStringLiteral("failed"));
    QVERIFY2(back.result.contains(QStringLiteral("mappings.erp_status.To Bill")), qPrintable(back.result));
    QCOMPARE(journal.latestMappingVersion(), 2);
    // A save with a refused entry fails the same way.
    Mappings bad = good;
    bad.erpStatus.insert(QStringLiteral("Closed"), QStringLiteral("shipped"));
    const CommandRecord refused = run(mappingCommandArgs(bad, QStringLiteral("typo"), 2));
    QCOMPARE(refused.state, QStringLiteral("failed"));
    QVERIFY2(refused.result.contains(QStringLiteral("mappings.erp_status.Closed")), qPrintable(refused.result));
    QCOMPARE(journal.latestMappingVersion(), 2);
}

QTEST_GUILESS_MAIN(TestStatusMap)
#include "tst_statusmap.moc"
