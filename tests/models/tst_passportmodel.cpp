#include "modeltestutil.h"

#include "models/journalreader.h"
#include "models/passportmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace backroom;
using namespace backroom::test;

class TestPassportModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_key = 0;
    qint64 m_exceptionId = 0;

    QList<int> rowsOfKind(const PassportModel &m, PassportEntry::Kind kind)
    {
        QList<int> rows;
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.data(m.index(r, 0), PassportModel::KindRole).toInt() == int(kind))
                rows << r;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        Journal j;
        QVERIFY(j.open(m_path).ok());
        const qint64 t0 = nowMs() - 60000;
        TestOrder t;
        t.id = 42;
        t.email = QStringLiteral("ann@example.com");
        t.skus = {QStringLiteral("A")};
        m_key = record(j, t, t0);
        SqliteStatement &st = j.db().prepare("SELECT id FROM outbox WHERE order_id=? AND kind='erp_order'");
        st.bind(1, m_key);
        QVERIFY(st.step());
        const qint64 outboxId = st.int64(0);
        st.reset();
        QVERIFY(j.recordAttempt({outboxId, m_key, QStringLiteral("req-1"), t0 + 1000, t0 + 1200,
                                 QStringLiteral("POST /api/resource/Sales Order"), QStringLiteral("connection reset"),
                                 QStringLiteral("transient.network"), 0}).ok());
        park(j, m_key, ErrorCategory::Mapping, QStringLiteral("SKU A is not mapped"), QStringLiteral("erp"), t0 + 2000,
             QStringLiteral("req-1"));
        m_exceptionId = j.exceptions(true).constFirst().id;
        // the order changes in the store: quantity 1 → 2 (a new revision, retried)
        t.quantity = 2;
        QVERIFY(record(j, t, t0 + 3000) == m_key);
        const Result<qint64> cmd = j.enqueueCommand(QStringLiteral("retry"),
                                                    QJsonObject{{QStringLiteral("ids"), QJsonArray{m_exceptionId}}},
                                                    QStringLiteral("ann"), t0 + 4000);
        QVERIFY(cmd);
        QVERIFY(j.finishCommand(cmd.value(), true, QStringLiteral("1 exception(s) queued for retry"), t0 + 4100).ok());
        QVERIFY(j.audit(QStringLiteral("ann"), QStringLiteral("retry"), QStringLiteral("exception:%1").arg(m_exceptionId),
                        QStringLiteral("open"), QStringLiteral("retried"), t0 + 4100).ok());
        QVERIFY(j.recordAttempt({outboxId, m_key, QStringLiteral("req-2"), t0 + 5000, t0 + 5300,
                                 QStringLiteral("POST /api/resource/Sales Order"), QStringLiteral("200 SO-0001"),
                                 QStringLiteral("ok"), 200}).ok());
        post(j, m_key, QStringLiteral("SO-0001"), t0 + 5300);
    }

    void showsTheOrderAcrossSystems()
    {
        JournalReader reader(m_path);
        reader.start(0);
        PassportModel m(&reader);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&m, &PassportModel::loaded);
        m.load(m_key);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m.orderKey(), m_key);
        QCOMPARE(m.erpRef(), QStringLiteral("SO-0001"));
        QVERIFY(m.found());

        // times never go backwards
        for (int r = 1; r < m.rowCount(); ++r)
            QVERIFY(m.data(m.index(r, 0), PassportModel::TimeMsRole).toLongLong()
                    >= m.data(m.index(r - 1, 0), PassportModel::TimeMsRole).toLongLong());

        // an attempt that failed, then one that succeeded, with their correlation ids
        const QList<int> attempts = rowsOfKind(m, PassportEntry::Kind::Attempt);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(m.data(m.index(attempts.at(0), 0), PassportModel::CorrelationIdRole).toString(), QStringLiteral("req-1"));
        QVERIFY(m.data(m.index(attempts.at(0), PassportModel::Outcome)).toString().contains(QStringLiteral("transient.network")));
        QVERIFY(m.data(m.index(attempts.at(0), 0), PassportModel::DetailRole).toString().contains(QStringLiteral("connection reset")));
        QCOMPARE(m.data(m.index(attempts.at(1), 0), PassportModel::CorrelationIdRole).toString(), QStringLiteral("req-2"));
        QCOMPARE(m.data(m.index(attempts.at(1), PassportModel::Outcome)).toString(), QStringLiteral("ok"));
        QCOMPARE(m.data(m.index(attempts.at(1), PassportModel::System)).toString(), QStringLiteral("erp"));

        // two revisions, the second with a field-level diff
        const QList<int> revisions = rowsOfKind(m, PassportEntry::Kind::Revision);
        QCOMPARE(revisions.size(), 2);
        const QString diff = m.data(m.index(revisions.at(1), 0), PassportModel::DetailRole).toString();
        QVERIFY2(diff.contains(QStringLiteral("/line_items/0/quantity: 1 → 2")), qPrintable(diff));
        QVERIFY(revisions.at(0) < attempts.at(0) && attempts.at(0) < revisions.at(1) && revisions.at(1) < attempts.at(1));

        // the link, the exception, the command and its audit entry
        const QList<int> links = rowsOfKind(m, PassportEntry::Kind::Link);
        QCOMPARE(links.size(), 1);
        QVERIFY(m.data(m.index(links.at(0), PassportModel::Summary)).toString().contains(QStringLiteral("SO-0001")));
        const QList<int> exceptions = rowsOfKind(m, PassportEntry::Kind::Exception);
        QCOMPARE(exceptions.size(), 1);
        QCOMPARE(m.data(m.index(exceptions.at(0), 0), PassportModel::CorrelationIdRole).toString(), QStringLiteral("req-1"));
        QCOMPARE(m.data(m.index(exceptions.at(0), PassportModel::Outcome)).toString(), QStringLiteral("retried"));
        QCOMPARE(rowsOfKind(m, PassportEntry::Kind::Command).size(), 1);
        const QList<int> audit = rowsOfKind(m, PassportEntry::Kind::Audit);
        QCOMPARE(audit.size(), 1);
        QVERIFY(m.data(m.index(audit.at(0), 0), PassportModel::DetailRole).toString().contains(QStringLiteral("retried")));
    }

    void unknownOrderIsEmpty()
    {
        JournalReader reader(m_path);
        reader.start(0);
        PassportModel m(&reader);
        QSignalSpy loaded(&m, &PassportModel::loaded);
        m.load(999999);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.found());
        QCOMPARE(m.orderKey(), qint64(999999));
    }
};

QTEST_GUILESS_MAIN(TestPassportModel)
#include "tst_passportmodel.moc"
