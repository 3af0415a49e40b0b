// `backroom mappings ...` and `backroom audit ...` on a journal, through the real binary.
#include "sync/engine/engine.h"
#include "sync/journal/journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

class Cli {
public:
    QTemporaryDir dir;
    Cli()
    {
        Journal j;
        if (!j.open(Engine::journalPath(dir.path())))
            qFatal("journal");
    }
    Run run(QStringList args)
    {
        args.insert(1, QStringLiteral("--data-dir"));
        args.insert(2, dir.path());
        QProcess p;
        p.start(QStringLiteral(BACKROOM_HEADLESS_PATH), args);
        if (!p.waitForFinished(30000))
            qFatal("cli hung");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("write");
        return f.fileName();
    }
    int versions()
    {
        return int(QJsonDocument::fromJson(run({QStringLiteral("mappings"), QStringLiteral("versions"), QStringLiteral("--json")}).out.toUtf8())
                       .array().size());
    }
};

} // namespace

class TestMappingsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importExportVersionsDiffRollback()
    {
        Cli cli;
        const QString m = QStringLiteral("mappings");
        // A bad file: every bad line on stderr with its number, nothing imported.
        const QString bad = cli.write(QStringLiteral("bad.csv"), "woo_sku,erp_item_code\nA,X\n,Y\nB,Y,Z\n");
        Run r = cli.run({m, QStringLiteral("import"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3: the SKU is empty")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("line 4: 3 columns")));
        QVERIFY(r.err.contains(QStringLiteral("nothing imported")));
        QCOMPARE(cli.versions(), 0);

        const QString good = cli.write(QStringLiteral("good.csv"), "woo_sku,erp_item_code\nA,X\nB,Y\n");
        r = cli.run({m, QStringLiteral("import"), good, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added\tsku\tA\t-\tX")), qPrintable(r.out));
        QCOMPARE(cli.versions(), 0);

        r = cli.run({m, QStringLiteral("import"), good, QStringLiteral("--note"), QStringLiteral("first crosswalk")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("mapping version 1 saved")));
        QCOMPARE(cli.versions(), 1);

        const QString second = cli.write(QStringLiteral("second.csv"), "A,X2\nC,Z\n");
        QCOMPARE(cli.run({m, QStringLiteral("import"), second}).code, 0);
        QCOMPARE(cli.versions(), 2);
        r = cli.run({m, QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("changed\tsku\tA\tX\tX2")));
        QVERIFY(r.out.contains(QStringLiteral("removed\tsku\tB\tY\t-")));
        QVERIFY(r.out.contains(QStringLiteral("\"op\": \"replace\"")));

        r = cli.run({m, QStringLiteral("rollback"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli.versions(), 3);
        const QString out = cli.dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(cli.run({m, QStringLiteral("export"), out}).code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("woo_sku,erp_item_code\nA,X\nB,Y\n"));
        r = cli.run({m, QStringLiteral("show"), QStringLiteral("--version"), QStringLiteral("2")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("sku")).toObject().value(QStringLiteral("C")).toString(),
                 QStringLiteral("Z"));
        QCOMPARE(cli.run({m, QStringLiteral("rollback"), QStringLiteral("9")}).code, 1);
        QCOMPARE(cli.versions(), 3);

        // The audit log: three mapping changes, filters, CSV.
        r = cli.run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--action"), QStringLiteral("mapping")});
        QCOMPARE(r.code, 0);
        const QJsonArray audit = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("mappings:v3"));
        r = cli.run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--text"), QStringLiteral("first crosswalk")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = cli.run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--since"), QStringLiteral("1h")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        r = cli.run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--since"), QStringLiteral("2099-01-01T00:00:00Z")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        QCOMPARE(cli.run({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday")}).code, 2);
        const QString csv = cli.dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(cli.run({QStringLiteral("audit"), QStringLiteral("--csv"), csv}).code, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QVERIFY(text.startsWith("at,actor,action,target,before,after\n"));
        QVERIFY(text.contains(",mapping,mappings:v2,version 1,"));
    }
};

QTEST_GUILESS_MAIN(TestMappingsCli)
#include "tst_mappingscli.moc"
