// The stock journal (records, sweeps, stock exceptions) and the per-item decision.
#include "sync/engine/stockplan.h"
#include "sync/journal/journal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

Q_DECLARE_METATYPE(StockDecision::Action)

namespace {

SyncError problem(const QString &code, ErrorCategory cat = ErrorCategory::Validation)
{
    SyncError e;
    e.category = cat;
    e.code = code;
    e.message = QStringLiteral("message of ") + code;
    e.hint = QStringLiteral("do something");
    return e;
}

} // namespace

class TestStockJournal : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> open()
    {
        auto j = std::make_unique<Journal>();
        const Status s = j->open(m_dir.filePath(QStringLiteral("j.sqlite")));
        if (!s)
            qWarning() << s.error().summary();
        return j;
    }

private Q_SLOTS:
    void recordsRoundTrip()
    {
        auto j = open();
        QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
        QVERIFY(!j->stockRecord(QStringLiteral("main"), QStringLiteral("MUG")).has_value());
        StockRecord r;
        r.storeId = QStringLiteral("main");
        r.sku = QStringLiteral("MUG");
        r.itemCode = QStringLiteral("ITEM-MUG");
        r.wooId = 13;
        r.parentId = 0;
        r.erpValue = 7.5;
        r.target = 7;
        r.storeValue = 3;
        r.writtenAtMs = 0;
        r.readAtMs = 1000;
        QVERIFY(j->saveStockRecord(r));
        r.writtenValue = 7;
        r.writtenAtMs = 2000;
        QVERIFY(j->saveStockRecord(r));
        const auto back = j->stockRecord(QStringLiteral("main"), QStringLiteral("MUG"));
        QVERIFY(back);
        QCOMPARE(back->itemCode, QStringLiteral("ITEM-MUG"));
        QCOMPARE(back->erpValue.value_or(-1), 7.5);
        QCOMPARE(back->writtenValue.value_or(-1), 7);
        QCOMPARE(back->storeValue.value_or(-1), 3);
        QVERIFY(!back->driftValue);
        QCOMPARE(back->writtenAtMs, 2000);
        QVERIFY(!j->stockRecord(QStringLiteral("other"), QStringLiteral("MUG")).has_value());
    }

    void exceptionsDeduplicateSkipAndClose()
    {
        auto j = open();
        const QString kind = QLatin1String(StockExceptionKind::Stock);
        auto opened = j->raiseStockException(kind, QStringLiteral("main"), QStringLiteral("A"), problem(QStringLiteral("x")), QStringLiteral("stock:main:A"), 10);
        QVERIFY(opened.ok() && opened.value());
        opened = j->raiseStockException(kind, QStringLiteral("main"), QStringLiteral("A"), problem(QStringLiteral("x")), QStringLiteral("stock:main:A"), 11);
        QVERIFY(opened.ok() && !opened.value()); // updated in place
        opened = j->raiseStockException(kind, QStringLiteral("main"), QStringLiteral("B"), problem(QStringLiteral("x")), QStringLiteral("stock:main:B"), 12);
        QVERIFY(opened.ok() && opened.value());
        QList<ExceptionRecord> list = j->exceptions(true);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].storeId, QStringLiteral("main")); // shown with its store though no order
        QCOMPARE(list[0].orderKey, 0);
        QCOMPARE(list[0].groupKey, QStringLiteral("stock:main:A"));

        // Skipped: the same problem stays silent; another one opens again.
        QVERIFY(j->skipException(list[0], QStringLiteral("leave it"), 20));
        opened = j->raiseStockException(kind, QStringLiteral("main"), QStringLiteral("A"), problem(QStringLiteral("x")), QStringLiteral("stock:main:A"), 21);
        QVERIFY(opened.ok() && !opened.value());
        opened = j->raiseStockException(kind, QStringLiteral("main"), QStringLiteral("A"), problem(QStringLiteral("y")), QStringLiteral("stock:main:A"), 22);
        QVERIFY(opened.ok() && opened.value());

        QVERIFY(j->closeStockExceptions(kind, QStringLiteral("main"), QStringLiteral("B"), QStringLiteral("written"), 30));
        const auto latestB = j->latestStockException(kind, QStringLiteral("main"), QStringLiteral("B"));
        QVERIFY(latestB);
        QCOMPARE(latestB->second, QStringLiteral("resolved"));
        QCOMPARE(j->exceptions(true).size(), 1);
        QVERIFY(!j->latestStockException(QLatin1String(StockExceptionKind::Drift), QStringLiteral("main"), QStringLiteral("A")));
    }

    void sweepsGiveFreshness()
    {
        auto j = open();
        QVERIFY(j->noteStockSweep(QStringLiteral("main"), 1795370400000, 12, 3, QString(), 1795370401000));
        QVERIFY(j->noteStockSweep(QStringLiteral("main"), 0, 12, 0, QStringLiteral("erp down"), 1795370460000));
        const QJsonObject s = j->statusJson(1795370470000).value(QStringLiteral("stock")).toObject();
        const QJsonObject m = s.value(QStringLiteral("main")).toObject();
        QCOMPARE(m.value(QStringLiteral("last_read")).toString(), QStringLiteral("2026-11-22T18:00:00Z"));
        QCOMPARE(m.value(QStringLiteral("last_written")).toString(), QStringLiteral("2026-11-22T18:00:01Z"));
        QCOMPARE(m.value(QStringLiteral("age_s")).toInt(), 70);
        QCOMPARE(m.value(QStringLiteral("last_error")).toString(), QStringLiteral("erp down"));
    }

    void decide_data()
    {
        QTest::addColumn<bool>("manage");
        QTest::addColumn<double>("store");        // -1: null
        QTest::addColumn<double>("available");    // -1: the ERP has none
        QTest::addColumn<int>("buffer");
        QTest::addColumn<int>("written");         // -1: never
        QTest::addColumn<int>("lastTarget");      // -1: none
        QTest::addColumn<int>("unposted");
        QTest::addColumn<QString>("driftState");
        QTest::addColumn<bool>("correct");
        QTest::addColumn<StockDecision::Action>("action");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("drifted");         // drift_value remembered; -2: the store's value
        using A = StockDecision::Action;
        QTest::newRow("differs: write") << true << 3.0 << 10.0 << 0 << -1 << -1 << 0 << QString() << false << A::Write << 10 << -2;
        QTest::newRow("equal: nothing") << true << 10.0 << 10.9 << 0 << -1 << -1 << 0 << QString() << false << A::None << 10 << -2;
        QTest::newRow("buffer") << true << 3.0 << 10.0 << 4 << -1 << -1 << 0 << QString() << false << A::Write << 6 << -2;
        QTest::newRow("buffer never negative") << true << 3.0 << 2.0 << 4 << -1 << -1 << 0 << QString() << false << A::Write << 0 << -2;
        QTest::newRow("negative available") << true << 0.0 << -5.0 << 0 << -1 << -1 << 0 << QString() << false << A::None << 0 << -2;
        QTest::newRow("unmanaged, stocked") << false << -1.0 << 10.0 << 0 << -1 << -1 << 0 << QString() << false << A::Unmanaged << 0 << -2;
        QTest::newRow("unmanaged, not stocked") << false << -1.0 << -1.0 << 0 << -1 << -1 << 0 << QString() << false << A::None << 0 << -2;
        QTest::newRow("missing in ERP") << true << 4.0 << -1.0 << 0 << -1 << -1 << 0 << QString() << false << A::MissingInErp << 0 << -2;
        QTest::newRow("drift reported") << true << 99.0 << 10.0 << 0 << 10 << 10 << 0 << QString() << false << A::ReportDrift << 10 << -2;
        QTest::newRow("drift corrected") << true << 99.0 << 10.0 << 0 << 10 << 10 << 0 << QString() << true << A::Write << 10 << -2;
        QTest::newRow("drift fix requested") << true << 99.0 << 10.0 << 0 << 10 << 10 << 0 << QStringLiteral("retried") << false << A::Write << 10 << -2;
        QTest::newRow("drift kept by a person") << true << 99.0 << 10.0 << 0 << 10 << 10 << 0 << QStringLiteral("skipped") << false << A::AcceptDrift << 10 << -2;
        QTest::newRow("kept value stays") << true << 99.0 << 10.0 << 0 << 99 << 10 << 0 << QStringLiteral("resolved") << false << A::AcceptDrift << 10 << -2;
        QTest::newRow("kept, then changed again") << true << 50.0 << 10.0 << 0 << 99 << 10 << 0 << QStringLiteral("resolved") << false << A::ReportDrift << 10 << 99;
        QTest::newRow("pending sale: wait") << true << 8.0 << 10.0 << 0 << 10 << 10 << 2 << QString() << false << A::None << 10 << -2;
        QTest::newRow("ERP moved: write") << true << 99.0 << 12.0 << 0 << 10 << 10 << 0 << QString() << false << A::Write << 12 << -2;
    }

    void decide()
    {
        QFETCH(bool, manage);
        QFETCH(double, store);
        QFETCH(double, available);
        QFETCH(int, buffer);
        QFETCH(int, written);
        QFETCH(int, lastTarget);
        QFETCH(int, unposted);
        QFETCH(QString, driftState);
        QFETCH(bool, correct);
        QFETCH(StockDecision::Action, action);
        QFETCH(int, target);
        QFETCH(int, drifted);
        StockInputs in;
        in.item.sku = QStringLiteral("S");
        in.item.manageStock = manage;
        if (store >= 0)
            in.item.stockQuantity = store;
        if (available != -1.0)
            in.available = available;
        in.safetyBuffer = buffer;
        if (written >= 0 || lastTarget >= 0) {
            StockRecord r;
            if (written >= 0)
                r.writtenValue = written;
            if (lastTarget >= 0)
                r.target = lastTarget;
            r.driftValue = drifted == -2 ? qint64(store) : qint64(drifted);
            in.record = r;
        }
        in.unpostedOrders = unposted;
        if (!driftState.isEmpty())
            in.latestDriftState = driftState;
        in.correctDrift = correct;
        const StockDecision d = decideStock(in);
        QCOMPARE(int(d.action), int(action));
        if (action == StockDecision::Action::Write || action == StockDecision::Action::None
            || action == StockDecision::Action::ReportDrift)
            QCOMPARE(d.target, target);
    }
};

QTEST_GUILESS_MAIN(TestStockJournal)
#include "tst_stockjournal.moc"
