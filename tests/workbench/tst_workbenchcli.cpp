// The workbench on the command line: the real `backroom` binary on a journal with a group of
// 37 exceptions and no engine running (the CLI executes its commands itself).
#include "workbenchjournal.h"

#include <QProcess>
#include <QTest>

using namespace backroom;
using backroom::wbtest::WorkbenchJournal;

namespace {
struct Run {
    int code = -1;
    QString out, err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("USER"), QStringLiteral("lead"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("BACKROOM_BIN"), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestWorkbenchCli : public QObject {
    Q_OBJECT
    std::unique_ptr<WorkbenchJournal> m_w;
    QString m_dir;

    QStringList args(QStringList a) { return a << QStringLiteral("--data-dir") << m_dir; }
    QString id(qint64 wooId) const { return QString::number(m_w->exceptionOf.value(wooId)); }

private Q_SLOTS:
    void init()
    {
        m_w = std::make_unique<WorkbenchJournal>();
        QVERIFY(m_w->build(37, 3));
        m_dir = m_w->dir.path();
    }

    void groups()
    {
        Run r = runCli(args({QStringLiteral("exceptions"), QStringLiteral("--group"), QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("count")).toInt(), 37);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("SKU HOODIE-XL unmapped"));
        r = runCli(args({QStringLiteral("exceptions"), QStringLiteral("--group")}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("37\tmapping\tSKU HOODIE-XL unmapped — 37 orders\n")), qPrintable(r.out));
    }

    void snoozeAssignNote()
    {
        Run r = runCli(args({QStringLiteral("snooze"), id(5001), id(5002), QStringLiteral("--for"), QStringLiteral("4h")}));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(m_w->j.workbenchException(id(5001).toLongLong())->snoozedUntilMs > m_w->now + 3 * 3600 * 1000);
        QCOMPARE(m_w->j.workbenchExceptions(ExceptionFilter{}, m_w->now).size(), 38);
        r = runCli(args({QStringLiteral("snooze"), id(5003), QStringLiteral("--for"), QStringLiteral("soon")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not a duration")));
        r = runCli(args({QStringLiteral("snooze"), id(5001), QStringLiteral("--wake")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(m_w->j.workbenchException(id(5001).toLongLong())->snoozedUntilMs, 0);

        r = runCli(args({QStringLiteral("assign"), id(5001), id(6001), QStringLiteral("--to"), QStringLiteral("ana")}));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(m_w->j.workbenchException(id(6001).toLongLong())->assignee, QStringLiteral("ana"));
        r = runCli(args({QStringLiteral("assign"), id(5001)}));
        QCOMPARE(r.code, 2);

        r = runCli(args({QStringLiteral("note"), id(5001), QStringLiteral("--text"), QStringLiteral("asked the warehouse")}));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(m_w->j.exceptionNotes(id(5001).toLongLong()).first().actor, QStringLiteral("lead"));
        r = runCli(args({QStringLiteral("note"), QStringLiteral("nine")}));
        QCOMPARE(r.code, 2);
    }

    void editFromAFile()
    {
        QTemporaryDir files;
        const QString good = files.filePath(QStringLiteral("good.json"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(wbtest::orderJson(5001, QStringLiteral("HOODIE-XL-BLK"))).toJson());
        f.close();
        const QString broken = files.filePath(QStringLiteral("broken.json"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\n  \"id\": 5001,\n  oops\n}");
        b.close();
        const QString other = files.filePath(QStringLiteral("other.json"));
        QFile o(other);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(QJsonDocument(wbtest::orderJson(5002, QStringLiteral("X"))).toJson());
        o.close();

        Run r = runCli(args({QStringLiteral("edit"), id(5001), QStringLiteral("--payload"), broken}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
        r = runCli(args({QStringLiteral("edit"), id(5001), QStringLiteral("--payload"), other}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("not order 5001")), qPrintable(r.out));
        const qint64 key = m_w->j.exception(id(5001).toLongLong())->orderKey;
        QVERIFY(!m_w->j.editedPayload(key));
        r = runCli(args({QStringLiteral("edit"), id(5001), QStringLiteral("--payload"), good}));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(m_w->j.editedPayload(key)->contains("HOODIE-XL-BLK"));
        QCOMPARE(m_w->j.exception(id(5001).toLongLong())->state, QStringLiteral("retried"));
        // retry keeps working next to the new commands.
        r = runCli(args({QStringLiteral("retry"), id(5002)}));
        QCOMPARE(r.code, 0);
        QCOMPARE(m_w->j.exception(id(5002).toLongLong())->state, QStringLiteral("retried"));
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchCli)
#include "tst_workbenchcli.moc"
