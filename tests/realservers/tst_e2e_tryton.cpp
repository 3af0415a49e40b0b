// End to end into a real Tryton: the real `backroom --headless --until-idle` syncs the
// WooCommerce simulator into the Tryton server of the CTest fixture tryton_server. Every clean
// processing order becomes exactly one sale (counted by reference in Tryton's own database),
// orders with seeded problems become exceptions and no sale, a second run creates nothing,
// and a run SIGKILLed mid-sync then restarted leaves no duplicate sale.
#include "tests/e2e/e2eutil.h"
#include "tests/realservers/trytonserver.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom::sim;

class TestE2eTryton : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncEveryOrderExactlyOnce();
    void secondRunCreatesNothing();
    void killMidRunThenRestartCreatesNoDuplicate();

private:
    QString writeConfig(SimCluster *cluster, const QString &name, const QString &prefix);
    QStringList engineArgs(const QString &config, const QString &dataDir) const;
    int salesWithPrefix(const QString &prefix) const;
    // Every order of the shop against Tryton and the journal; returns the failures.
    QStringList crossCheck(SimCluster *cluster, const QString &prefix, const QString &dataDir, int *delivered);

    tryton_test::Server m_server;
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<SimCluster> m_killCluster; // a second shop: orders carry no ERP ref yet
    QTemporaryDir m_tmp;
    QString m_run;
    QString m_config;
    QString m_dataDir;
    bool m_firstOk = false;
};

static constexpr int kOrders = 24;

void TestE2eTryton::initTestCase()
{
    m_server = tryton_test::server();
    if (!m_server.ok())
        QFAIL(tryton_test::kNotInstalled);
    QVERIFY(m_tmp.isValid());
    m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + QString::number(QRandomGenerator::global()->bounded(1000));
    SimCluster::Options o;
    o.orders = kOrders;
    o.seed = 606;
    m_cluster = std::make_unique<SimCluster>(o);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_config = writeConfig(m_cluster.get(), QStringLiteral("config.json"), QStringLiteral("E%1-").arg(m_run));
    QVERIFY(!m_config.isEmpty());
    m_dataDir = m_tmp.filePath(QStringLiteral("data"));
}

QString TestE2eTryton::writeConfig(SimCluster *cluster, const QString &name, const QString &prefix)
{
    QJsonObject config = cluster->makeConfig();
    QJsonArray stores = config.value(QStringLiteral("stores")).toArray();
    QJsonObject store = stores.at(0).toObject();
    QJsonObject woo = store.value(QStringLiteral("woocommerce")).toObject();
    woo.insert(QStringLiteral("reference_prefix"), prefix);
    store.insert(QStringLiteral("woocommerce"), woo);
    stores.replace(0, store);
    config.insert(QStringLiteral("stores"), stores);
    config.insert(QStringLiteral("erp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("tryton")},
                                                     {QStringLiteral("url"), m_server.url.toString()},
                                                     {QStringLiteral("database"), m_server.database},
                                                     {QStringLiteral("username"), m_server.user},
                                                     {QStringLiteral("password"), QStringLiteral("env:TRYTON_E2E_PASSWORD")}});
    e2e::tuneConfig(config, 8, 50, 1000, 30);
    const QString path = m_tmp.filePath(name);
    return e2e::writeJsonFile(path, config) ? path : QString();
}

QStringList TestE2eTryton::engineArgs(const QString &config, const QString &dataDir) const
{
    return {QStringLiteral("--headless"), QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir,
            QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("240")};
}

static QProcessEnvironment engineEnv(const QString &password)
{
    QProcessEnvironment env = e2e::baseEnv();
    env.insert(QStringLiteral("TRYTON_E2E_PASSWORD"), password);
    return env;
}

int TestE2eTryton::salesWithPrefix(const QString &prefix) const
{
    int n = 0;
    const QHash<QString, int> sales = tryton_test::salesByReference(m_server);
    for (auto it = sales.begin(); it != sales.end(); ++it)
        if (it.key().startsWith(prefix))
            n += it.value();
    return n;
}

QStringList TestE2eTryton::crossCheck(SimCluster *cluster, const QString &prefix, const QString &dataDir, int *delivered)
{
    QStringList failures;
    const QHash<QString, int> sales = tryton_test::salesByReference(m_server);
    if (sales.value(QString()) == -1)
        return {QStringLiteral("cannot read Tryton's database %1").arg(m_server.sqlitePath())};
    e2e::JournalReader journal(dataDir);
    if (!journal.ok())
        return {QStringLiteral("journal: %1").arg(journal.error())};
    const QHash<qint64, e2e::JournalOrder> journaled = journal.orders();
    WooSim *woo = cluster->woo();
    const QHash<int, QString> wooRefs = woo->erpRefs();
    const QStringList unknown = woo->erpUnknownSkus();
    const QStringList disabled = woo->erpDisabledSkus();
    QHash<qint64, QString> why; // open exceptions by order: category and message
    for (const QJsonValue &v : e2e::exceptionsJson(dataDir, true)) {
        const QJsonObject e = v.toObject();
        why.insert(e.value(QStringLiteral("order_id")).toInteger(),
                   e.value(QStringLiteral("category")).toString() + QStringLiteral(": ") + e.value(QStringLiteral("message")).toString());
    }
    *delivered = 0;
    for (int id : woo->orderIds()) {
        const QJsonObject order = woo->order(id);
        const bool syncable = order.value(QStringLiteral("status")).toString() == QLatin1String("processing");
        const e2e::SeedProblems problems = e2e::seedProblems(order, unknown, disabled);
        const int count = sales.value(prefix + QString::number(id));
        const e2e::JournalOrder j = journaled.value(id);
        if (count > 1)
            failures << QStringLiteral("order %1: %2 sales in Tryton").arg(id).arg(count);
        if (!syncable || problems.any()) {
            if (count != 0)
                failures << QStringLiteral("order %1 (status %2, problems: %3) reached Tryton")
                                .arg(id).arg(order.value(QStringLiteral("status")).toString(), problems.describe());
            if (syncable && j.stage != QLatin1String("exception"))
                failures << QStringLiteral("order %1 has problems (%2) but its stage is \"%3\"").arg(id).arg(problems.describe(), j.stage);
            continue;
        }
        if (count != 1)
            failures << QStringLiteral("order %1: %2 sales in Tryton, expected 1 (journal stage %3; %4)")
                            .arg(id).arg(count).arg(j.stage, why.value(id));
        if (count != 1)
            continue;
        if (j.stage != QLatin1String("confirmed"))
            failures << QStringLiteral("order %1: journal stage \"%2\" after --until-idle").arg(id).arg(j.stage);
        else
            ++*delivered;
        if (j.erpRef.isEmpty() || wooRefs.value(id) != j.erpRef)
            failures << QStringLiteral("order %1: WooCommerce carries \"%2\", the journal \"%3\"").arg(id).arg(wooRefs.value(id), j.erpRef);
    }
    return failures;
}

void TestE2eTryton::syncEveryOrderExactlyOnce()
{
    e2e::Child child;
    QVERIFY(child.start(engineArgs(m_config, m_dataDir), engineEnv(m_server.password)));
    const e2e::ProcResult run = child.wait(300000);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    int delivered = 0;
    const QStringList failures = crossCheck(m_cluster.get(), QStringLiteral("E%1-").arg(m_run), m_dataDir, &delivered);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(QLatin1Char('\n'))));
    QVERIFY2(delivered >= 8, qPrintable(QStringLiteral("only %1 orders delivered").arg(delivered)));
    qInfo("%d orders in Tryton after %lld ms", delivered, run.ms);
    m_firstOk = true;
}

void TestE2eTryton::secondRunCreatesNothing()
{
    if (!m_firstOk)
        QSKIP("the first run failed");
    const QString prefix = QStringLiteral("E%1-").arg(m_run);
    const int before = salesWithPrefix(prefix);
    e2e::Child child;
    QVERIFY(child.start(engineArgs(m_config, m_dataDir), engineEnv(m_server.password)));
    const e2e::ProcResult run = child.wait(300000);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(salesWithPrefix(prefix), before);
}

void TestE2eTryton::killMidRunThenRestartCreatesNoDuplicate()
{
    // A second shop, a fresh data directory and prefix; the engine is killed half-way.
    SimCluster::Options o;
    o.orders = 40;
    o.seed = 707;
    m_killCluster = std::make_unique<SimCluster>(o);
    QString error;
    QVERIFY2(m_killCluster->start(&error), qPrintable(error));
    const QString prefix = QStringLiteral("K%1-").arg(m_run);
    const QString config = writeConfig(m_killCluster.get(), QStringLiteral("config-kill.json"), prefix);
    const QString dataDir = m_tmp.filePath(QStringLiteral("data-kill"));
    {
        e2e::Child child;
        QVERIFY(child.start(engineArgs(config, dataDir), engineEnv(m_server.password)));
        QElapsedTimer t;
        t.start();
        while (child.running() && salesWithPrefix(prefix) < 5 && t.elapsed() < 120000)
            QTest::qWait(20);
        QVERIFY2(child.running(), "the engine finished before it could be killed: the shop is too small");
        child.kill(); // SIGKILL
        child.wait(10000);
    }
    const int atKill = salesWithPrefix(prefix);
    QVERIFY(atKill >= 5);
    e2e::Child restart;
    QVERIFY(restart.start(engineArgs(config, dataDir), engineEnv(m_server.password)));
    const e2e::ProcResult run = restart.wait(300000);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    int delivered = 0;
    const QStringList failures = crossCheck(m_killCluster.get(), prefix, dataDir, &delivered);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(QLatin1Char('\n'))));
    QVERIFY2(delivered > atKill, qPrintable(QStringLiteral("%1 delivered, %2 at the kill").arg(delivered).arg(atKill)));
}

QTEST_GUILESS_MAIN(TestE2eTryton)
#include "tst_e2e_tryton.moc"
