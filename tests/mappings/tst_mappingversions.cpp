// Mapping versions in the journal: the command through the queue with audit, diff, rollback,
// the mappings file seeding version 1, the file format.
#include "sync/engine/commandexecutor.h"
#include "sync/engine/mappingcommands.h"
#include "sync/journal/journal.h"
#include "sync/mapping/mappingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {

Mappings sample()
{
    Mappings m;
    m.sku = {{QStringLiteral("MUG-01"), QStringLiteral("MUG-ERP")}, {QStringLiteral("product:17"), QStringLiteral("SACHET")}};
    m.status = {{QStringLiteral("processing"), QStringLiteral("sync")}, {QStringLiteral("on-hold"), QStringLiteral("ignore")}};
    m.erpStatus = {{QStringLiteral("Completed"), QStringLiteral("completed")}};
    m.payment = {{QStringLiteral("stripe"), QStringLiteral("Credit Card")}};
    m.shipping = {{QStringLiteral("flat_rate"), QStringLiteral("Freight - BDL")}};
    m.tax = {{QStringLiteral("US-CA-STATE TAX-1"), QStringLiteral("VAT - BDL")}};
    return m;
}

struct Rig {
    QTemporaryDir dir;
    Journal journal;
    Rig()
    {
        if (!journal.open(dir.filePath(QStringLiteral("journal.sqlite"))))
            qFatal("journal");
    }
    // Queues a command and runs the queue as the engine does; returns the command's record.
    CommandRecord run(const QJsonObject &args, const QString &actor = QStringLiteral("alice"))
    {
        const Result<qint64> id = journal.enqueueCommand(QStringLiteral("mapping"), args, actor, 1000);
        if (!id)
            qFatal("enqueue");
        (void)journal.begin();
        CommandExecutor(&journal).executeQueued(2000);
        (void)journal.commit();
        return *journal.command(id.value());
    }
};

} // namespace

class TestMappingVersions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTripAndOldFormat()
    {
        const Mappings m = sample();
        const Result<Mappings> back = mappingsFromJson(mappingsToJson(m));
        QVERIFY(back.ok());
        QVERIFY(back.value() == m);
        // The first format: only "sku".
        const Result<Mappings> old = mappingsFromJson(QByteArray("{\"sku\": {\"COF-ESP-1KG\": \"ESP-1000\"}}"));
        QVERIFY(old.ok());
        QCOMPARE(old.value().itemCodeFor(QStringLiteral("COF-ESP-1KG")), QStringLiteral("ESP-1000"));
        QVERIFY(old.value().status.isEmpty());
    }

    void badJsonNamesTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown table") << QByteArray("{\"skus\": {}}") << QStringLiteral("mappings.skus");
        QTest::newRow("bad status") << QByteArray("{\"status\": {\"on-hold\": \"later\"}}") << QStringLiteral("mappings.status.on-hold");
        QTest::newRow("empty item") << QByteArray("{\"sku\": {\"A\": \"\"}}") << QStringLiteral("mappings.sku.A");
        QTest::newRow("number") << QByteArray("{\"payment\": {\"cod\": 3}}") << QStringLiteral("mappings.payment.cod");
        QTest::newRow("not an object") << QByteArray("{\"tax\": []}") << QStringLiteral("mappings.tax");
        QTest::newRow("not json") << QByteArray("{\"sku\": ") << QStringLiteral("mappings");
    }

    void badJsonNamesTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const Result<Mappings> r = mappingsFromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(where + QLatin1Char(':')), qPrintable(r.error().message));
    }

    void everyChangeIsAnAuditedVersion()
    {
        Rig rig;
        QCOMPARE(rig.journal.latestMappingVersion(), 0);
        CommandRecord c = rig.run(mappingCommandArgs(sample(), QStringLiteral("first"), 0));
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(rig.journal.latestMappingVersion(), 1);

        Mappings second = sample();
        second.sku.insert(QStringLiteral("TEE-XL"), QStringLiteral("TEE-ERP-XL"));
        second.sku.remove(QStringLiteral("product:17"));
        second.payment[QStringLiteral("stripe")] = QStringLiteral("Card");
        c = rig.run(mappingCommandArgs(second, QStringLiteral("more tees"), 1), QStringLiteral("bob"));
        QCOMPARE(c.state, QStringLiteral("done"));
        QVERIFY(c.result.contains(QStringLiteral("1 added, 1 changed, 1 removed")));

        const QList<MappingVersion> versions = rig.journal.mappingVersions();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().version, 2);
        QCOMPARE(versions.first().actor, QStringLiteral("bob"));
        QCOMPARE(versions.first().note, QStringLiteral("more tees"));
        QVERIFY(mappingsAtVersion(rig.journal, 2).value() == second);
        QVERIFY(mappingsAtVersion(rig.journal, 1).value() == sample());

        const QList<AuditEntry> audit = rig.journal.auditEntries(0, QStringLiteral("mapping"), {});
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.first().target, QStringLiteral("mappings:v2"));
        QCOMPARE(audit.first().actor, QStringLiteral("bob"));
        QCOMPARE(audit.first().before, QStringLiteral("version 1"));
        QVERIFY(audit.first().after.contains(QStringLiteral("added sku.TEE-XL: - -> TEE-ERP-XL")));
        QVERIFY(audit.first().after.contains(QStringLiteral("removed sku.product:17: SACHET -> -")));
        // The text filter searches actor, target and the change.
        QCOMPARE(rig.journal.auditEntries(0, {}, QStringLiteral("tee-erp")).size(), 1);
        QCOMPARE(rig.journal.auditEntries(0, QStringLiteral("retry"), {}).size(), 0);
        QCOMPARE(rig.journal.auditEntries(1'000'000'000'000, {}, {}).size(), 0);

        // The diff of two versions is an RFC 6902 patch that turns one into the other.
        const QByteArray patch = mappingsJsonPatch(rig.journal.mappingVersion(1)->json, rig.journal.mappingVersion(2)->json);
        const QJsonArray ops = QJsonDocument::fromJson(patch).array();
        QCOMPARE(ops.size(), 3);
        QStringList paths;
        for (const QJsonValue &op : ops)
            paths << op.toObject().value(QStringLiteral("op")).toString() + QLatin1Char(' ') + op.toObject().value(QStringLiteral("path")).toString();
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("add /sku/TEE-XL"), QStringLiteral("remove /sku/product:17"),
                                     QStringLiteral("replace /payment/stripe")}));
    }

    void rollbackIsANewVersionEqualToTheOld()
    {
        Rig rig;
        rig.run(mappingCommandArgs(sample(), QStringLiteral("one"), 0));
        Mappings two = sample();
        two.sku.clear();
        rig.run(mappingCommandArgs(two, QStringLiteral("two"), 1));
        const CommandRecord c = rig.run(QJsonObject{{QStringLiteral("rollback"), 1}});
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(rig.journal.latestMappingVersion(), 3);
        QVERIFY(mappingsAtVersion(rig.journal, 3).value() == sample());
        QCOMPARE(rig.journal.mappingVersion(3)->note, QStringLiteral("rollback to version 1"));
        QCOMPARE(rig.journal.mappingVersion(3)->json, rig.journal.mappingVersion(1)->json);
        // Version 2 stays: history is never rewritten.
        QVERIFY(mappingsAtVersion(rig.journal, 2).value() == two);
        QCOMPARE(rig.journal.auditEntries(0, QStringLiteral("mapping"), QStringLiteral("rollback")).size(), 1);
    }

    void refusedCommandsChangeNothing()
    {
        Rig rig;
        rig.run(mappingCommandArgs(sample(), QStringLiteral("one"), 0));
        // Saved against an old base: another version came in between.
        rig.run(mappingCommandArgs(Mappings{}, QStringLiteral("cleared"), 1));
        CommandRecord c = rig.run(mappingCommandArgs(sample(), QStringLiteral("stale"), 1));
        QCOMPARE(c.state, QStringLiteral("failed"));
        QVERIFY(c.result.contains(QStringLiteral("changed meanwhile")));
        // Invalid tables.
        QJsonObject bad{{QStringLiteral("json"), QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("x"), QStringLiteral("maybe")}}}}}};
        c = rig.run(bad);
        QCOMPARE(c.state, QStringLiteral("failed"));
        // Rollback to a version that does not exist.
        c = rig.run(QJsonObject{{QStringLiteral("rollback"), 9}});
        QCOMPARE(c.state, QStringLiteral("failed"));
        // An identical save makes no version.
        c = rig.run(mappingCommandArgs(Mappings{}, QStringLiteral("same"), 2));
        QCOMPARE(c.state, QStringLiteral("done"));
        QCOMPARE(rig.journal.latestMappingVersion(), 2);
        QCOMPARE(rig.journal.auditEntries(0, QStringLiteral("mapping"), {}).size(), 2);
    }

    void fileSeedsVersionOneThenTheJournalWins()
    {
        Rig rig;
        const QString file = rig.dir.filePath(QStringLiteral("mappings.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"sku\": {\"A\": \"X\"}}");
        f.close();
        Result<VersionedMappings> m = currentMappings(rig.journal, file, 5);
        QVERIFY(m.ok());
        QCOMPARE(m.value().version, 1);
        QCOMPARE(m.value().mappings.itemCodeFor(QStringLiteral("A")), QStringLiteral("X"));
        QVERIFY(rig.journal.mappingVersion(1)->note.contains(QStringLiteral("seeded from")));
        // Editing the file later does not override the journal.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"sku\": {\"A\": \"CHANGED\"}}");
        f.close();
        m = currentMappings(rig.journal, file, 6);
        QCOMPARE(m.value().version, 1);
        QCOMPARE(m.value().mappings.itemCodeFor(QStringLiteral("A")), QStringLiteral("X"));
        // A bad file is an error when it is the seed.
        Rig other;
        const QString bad = other.dir.filePath(QStringLiteral("bad.json"));
        QFile g(bad);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("{\"sku\": {\"A\": 1}}");
        g.close();
        QVERIFY(!currentMappings(other.journal, bad, 5).ok());
        QCOMPARE(other.journal.latestMappingVersion(), 0);
        // No file, no versions: empty mappings, pass-through.
        const Result<VersionedMappings> none = currentMappings(other.journal, QString(), 5);
        QVERIFY(none.ok());
        QCOMPARE(none.value().version, 0);
    }

    void findsTheExceptionsAChangeFixes()
    {
        Rig rig;
        Order o;
        o.storeId = QStringLiteral("main");
        o.status = QStringLiteral("processing");
        o.contentHash = QStringLiteral("h");
        QList<qint64> expected;
        for (int i = 1; i <= 4; ++i) {
            o.sourceId = i;
            o.number = QString::number(i);
            o.contentHash = QStringLiteral("h%1").arg(i);
            QVERIFY(rig.journal.recordOrder(o, "{}", true, 1).ok());
        }
        const QList<OutboxItem> items = rig.journal.claimDue(QStringLiteral("erp_order"), 10, 10);
        QCOMPARE(items.size(), 4);
        const QStringList keys{QStringLiteral("MUG-01"), QStringLiteral("Item:MUG-01"), QStringLiteral("TEE"), QStringLiteral("MUG-01")};
        for (int i = 0; i < 4; ++i) {
            SyncError e;
            e.category = ErrorCategory::Mapping;
            e.message = QStringLiteral("unknown item");
            e.groupKey = keys.at(i);
            QVERIFY(rig.journal.park(items.at(i), e, QStringLiteral("erp"), 20).ok());
        }
        for (const ExceptionRecord &e : rig.journal.exceptions(true)) {
            if (e.groupKey.endsWith(QLatin1String("MUG-01")))
                expected << e.id;
        }
        QCOMPARE(expected.size(), 3);
        Mappings after;
        after.sku.insert(QStringLiteral("MUG-01"), QStringLiteral("MUG-ERP"));
        QList<qint64> got;
        for (const ExceptionRecord &e : exceptionsFixedBy(rig.journal, mappingChanges(Mappings{}, after)))
            got << e.id;
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
        // Removing a row or changing another table fixes nothing.
        Mappings payment;
        payment.payment.insert(QStringLiteral("MUG-01"), QStringLiteral("x"));
        QVERIFY(exceptionsFixedBy(rig.journal, mappingChanges(Mappings{}, payment)).isEmpty());
        QVERIFY(exceptionsFixedBy(rig.journal, mappingChanges(after, Mappings{})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingVersions)
#include "tst_mappingversions.moc"
