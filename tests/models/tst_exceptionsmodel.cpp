#include "modeltestutil.h"

#include "models/exceptionsmodel.h"
#include "models/journalreader.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace backroom;
using namespace backroom::test;

class TestExceptionsModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        Journal j;
        QVERIFY(j.open(m_path).ok());
        const qint64 now = nowMs();
        for (int i = 1; i <= 12; ++i) {
            TestOrder t;
            t.id = i;
            t.skus = {QStringLiteral("A")};
            const qint64 key = record(j, t, now - 7200 * 1000);
            const ErrorCategory c = i <= 6 ? ErrorCategory::Mapping : (i <= 9 ? ErrorCategory::TransientNetwork
                                                                              : ErrorCategory::TransientThrottled);
            park(j, key, c, QStringLiteral("problem %1").arg(i), i <= 6 ? QStringLiteral("erp") : QStringLiteral("woocommerce"),
                 now - (i <= 3 ? 60 : 7200) * 1000);
        }
        SyncError auth;
        auth.category = ErrorCategory::Auth;
        auth.message = QStringLiteral("401");
        QVERIFY(j.raiseConnectionException(QStringLiteral("erp:erpnext"), auth, now).ok());
        // one resolved: not open
        const auto e = j.exception(1);
        QVERIFY(e);
        QVERIFY(j.resolveException(*e, QStringLiteral("fixed by hand"), {}, now).ok());
    }

    void filtersByCategoryAndState_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("openOnly");
        QTest::addColumn<int>("rows");
        QTest::addRow("all open") << QString() << true << 12;
        QTest::addRow("all") << QString() << false << 13;
        QTest::addRow("mapping open") << QStringLiteral("mapping") << true << 5;
        QTest::addRow("mapping all") << QStringLiteral("mapping") << false << 6;
        QTest::addRow("transient family") << QStringLiteral("transient") << true << 6;
        QTest::addRow("throttled") << QStringLiteral("transient.throttled") << true << 3;
        QTest::addRow("auth") << QStringLiteral("auth") << true << 1;
        QTest::addRow("none") << QStringLiteral("conflict") << true << 0;
    }

    void filtersByCategoryAndState()
    {
        QFETCH(QString, category);
        QFETCH(bool, openOnly);
        QFETCH(int, rows);
        JournalReader reader(m_path);
        reader.start(0);
        ExceptionsModel m(&reader);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&m, &ExceptionsModel::loaded);
        QVERIFY(loaded.wait(10000));
        m.setFilter(category, openOnly);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m.rowCount(), rows);
        for (int r = 0; r < m.rowCount(); ++r) {
            const ExceptionRecord e = m.exceptionAt(r);
            if (!category.isEmpty())
                QVERIFY(e.category.startsWith(category));
            if (openOnly)
                QCOMPARE(m.data(m.index(r, 0), ExceptionsModel::StateRole).toString(), QStringLiteral("open"));
            QCOMPARE(m.data(m.index(r, ExceptionsModel::Id), ExceptionsModel::ExceptionIdRole).toLongLong(), e.id);
            QCOMPARE(m.data(m.index(r, 0), ExceptionsModel::OrderKeyRole).toLongLong(), e.orderKey);
            QCOMPARE(m.data(m.index(r, 0), ExceptionsModel::GroupKeyRole).toString(), e.groupKey);
            QVERIFY(!m.data(m.index(r, ExceptionsModel::Age)).toString().isEmpty());
        }
        // a refresh with the same rows updates in place
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.size(), 0);
    }

    void snapshotCountsByCategorySystemAge()
    {
        JournalReader reader(m_path);
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.start(0);
        QVERIFY(snap.wait(10000));
        const ConsoleSnapshot s = snap.takeFirst().at(0).value<ConsoleSnapshot>();
        QCOMPARE(s.exceptionsByCategory.value(QStringLiteral("mapping")), 5);
        QCOMPARE(s.exceptionsByCategory.value(QStringLiteral("transient.network")), 3);
        QCOMPARE(s.exceptionsByCategory.value(QStringLiteral("transient.throttled")), 3);
        QCOMPARE(s.exceptionsByCategory.value(QStringLiteral("auth")), 1);
        QCOMPARE(s.exceptionsBySystem.value(QStringLiteral("erp")), 6); // 5 mapping + the connection
        QCOMPARE(s.exceptionsBySystem.value(QStringLiteral("woocommerce")), 6);
        const QList<AgeBucket> buckets = ageBuckets();
        QCOMPARE(s.exceptionsByAge.value(buckets.at(0).label), 3); // 2 orders (1 resolved) + the connection
        QCOMPARE(s.exceptionsByAge.value(buckets.at(2).label), 9);
        QCOMPARE(s.status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInt(), 12);
    }
};

QTEST_GUILESS_MAIN(TestExceptionsModel)
#include "tst_exceptionsmodel.moc"
