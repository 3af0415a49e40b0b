// End-to-end tests of the command line: bad configs, refused credentials, the exception
// commands against a running engine, graceful SIGTERM, and no secret in any output or in the
// journal's bytes.
#include "tests/e2e/e2eutil.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom::sim;

class TestE2eCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badConfig_data();
    void badConfig();
    void wrongWooSecretPausesWithOneException();
    void commandsWhileTheEngineRuns();
    void simCommandServesTheEngine();

private:
    QJsonObject baseConfig(quint16 deadPort) const;
    // Secret values of a config, and the forms they take on the wire.
    static QList<QByteArray> secretsOf(const QJsonObject &config);
    // Every secret that occurs in bytes, with where.
    static QStringList findSecrets(const QList<QByteArray> &secrets, const QByteArray &bytes, const QString &where);
    static QStringList findSecretsInJournal(const QList<QByteArray> &secrets, const QString &dataDir);

    QTemporaryDir m_tmp;
};

void TestE2eCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(e2e::binPath()).isExecutable(), qPrintable(e2e::binPath()));
}

QJsonObject TestE2eCli::baseConfig(quint16 port) const
{
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return QJsonObject{
        {QStringLiteral("stores"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("main")},
                                {QStringLiteral("woocommerce"),
                                 QJsonObject{{QStringLiteral("url"), url},
                                             {QStringLiteral("auth"), QStringLiteral("basic")},
                                             {QStringLiteral("consumer_key"), QStringLiteral("ck_e2e_key")},
                                             {QStringLiteral("consumer_secret"), QStringLiteral("cs_e2e_secret")},
                                             {QStringLiteral("poll_interval_s"), 30},
                                             {QStringLiteral("order_statuses"), QJsonArray{QStringLiteral("processing")}}}}}}},
        {QStringLiteral("erp"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("erpnext")},
                     {QStringLiteral("url"), url},
                     {QStringLiteral("api_key"), QStringLiteral("erp_e2e_key")},
                     {QStringLiteral("api_secret"), QStringLiteral("erp_e2e_secret")},
                     {QStringLiteral("company"), QStringLiteral("E2E Ltd")},
                     {QStringLiteral("warehouse"), QStringLiteral("Stores - E2E")},
                     {QStringLiteral("reference_field"), QStringLiteral("po_no")}}},
        {QStringLiteral("retry"),
         QJsonObject{{QStringLiteral("max_attempts"), 8}, {QStringLiteral("base_delay_ms"), 1000},
                     {QStringLiteral("max_delay_ms"), 300000}}}};
}

// Sets a value at a dotted path ("stores.0.woocommerce.url"); an undefined value removes it.
static QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = key.toInt();
        a[i] = path.isEmpty() ? value : withValue(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
    } else {
        o.insert(key, withValue(o.value(key), path, value));
    }
    return o;
}

static QByteArray configWith(const QJsonObject &base, const QString &path, const QJsonValue &value)
{
    return QJsonDocument(withValue(base, path.split(QLatin1Char('.')), value).toObject()).toJson();
}

void TestE2eCli::badConfig_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("expected"); // every one must be in the single stderr line

    // The loopback URLs point at a listening socket that must never see a connection.
    const QJsonObject base = baseConfig(0);
    const auto cfg = [&base](const char *path, const QJsonValue &v) { return configWith(base, QString::fromLatin1(path), v); };
    QTest::newRow("unknown store key")
        << cfg("stores.0.woocommerce.poll_intervall_s", 30)
        << QStringList{QStringLiteral("stores[0].woocommerce.poll_intervall_s"), QStringLiteral("unknown key")};
    QTest::newRow("unknown top-level key")
        << cfg("retries", QJsonObject{})
        << QStringList{QStringLiteral("retries: unknown key")};
    QTest::newRow("missing erp url")
        << cfg("erp.url", QJsonValue(QJsonValue::Undefined))
        << QStringList{QStringLiteral("erp.url: missing")};
    QTest::newRow("missing store url")
        << cfg("stores.0.woocommerce.url", QJsonValue(QJsonValue::Undefined))
        << QStringList{QStringLiteral("stores[0].woocommerce.url: missing")};
    QTest::newRow("bad json")
        << QByteArray("{\n  \"stores\": [ { \"id\": \"main\", }\n")
        << QStringList{QStringLiteral("config.json"), QStringLiteral("not valid JSON")};
    QTest::newRow("missing env variable")
        << cfg("erp.api_secret", QStringLiteral("env:BACKROOM_E2E_SURELY_UNSET"))
        << QStringList{QStringLiteral("erp.api_secret"), QStringLiteral("BACKROOM_E2E_SURELY_UNSET"), QStringLiteral("not set")};
    QTest::newRow("basic auth over http to a real host")
        << cfg("stores.0.woocommerce.url", QStringLiteral("http://shop.example.com"))
        << QStringList{QStringLiteral("stores[0]"), QStringLiteral("\"basic\""), QStringLiteral("shop.example.com"), QStringLiteral("refused")};
    QTest::newRow("query auth over http to a real host")
        << configWith(withValue(base, {QStringLiteral("stores"), QStringLiteral("0"), QStringLiteral("woocommerce"), QStringLiteral("auth")},
                                QStringLiteral("query")).toObject(),
                      QStringLiteral("stores.0.woocommerce.url"), QStringLiteral("http://shop.example.com"))
        << QStringList{QStringLiteral("stores[0]"), QStringLiteral("\"query\""), QStringLiteral("shop.example.com"), QStringLiteral("refused")};
    QTest::newRow("wrong auth mode")
        << cfg("stores.0.woocommerce.auth", QStringLiteral("bearer"))
        << QStringList{QStringLiteral("stores[0].woocommerce.auth"), QStringLiteral("must be basic, query or oauth1")};
    QTest::newRow("erp type not supported")
        << cfg("erp.type", QStringLiteral("sap"))
        << QStringList{QStringLiteral("erp.type"), QStringLiteral("sap")};
}

void TestE2eCli::badConfig()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, expected);

    // Anything the engine sends would land here; nothing may (the config is refused first).
    QTcpServer sink;
    QVERIFY(sink.listen(QHostAddress::LocalHost, 0));
    file.replace("http://127.0.0.1:0", QStringLiteral("http://127.0.0.1:%1").arg(sink.serverPort()).toUtf8());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeFile(path, file));
    QProcessEnvironment env = e2e::baseEnv();
    env.remove(QStringLiteral("BACKROOM_E2E_SURELY_UNSET"));
    const e2e::ProcResult r = e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), path, QStringLiteral("--data-dir"),
                                        dir.filePath(QStringLiteral("data")), QStringLiteral("--until-idle"),
                                        QStringLiteral("--max-seconds"), QStringLiteral("20")},
                                       30000, env);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, qPrintable(r.describe()));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.exitCode != 4, qPrintable(QStringLiteral("ran until --max-seconds instead of refusing the config\n") + r.describe()));
    const QStringList lines = r.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(QStringLiteral("expected exactly one line on stderr, got %1:\n%2").arg(lines.size()).arg(QString::fromUtf8(r.err))));
    for (const QString &e : expected)
        QVERIFY2(lines.first().contains(e), qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(lines.first(), e)));
    QVERIFY2(!lines.first().contains(QLatin1String("erp_e2e_secret")) && !lines.first().contains(QLatin1String("cs_e2e_secret")),
             qPrintable(lines.first()));
    QVERIFY2(r.out.trimmed().isEmpty(), r.out.constData());
    QVERIFY2(!sink.hasPendingConnections(), "the engine connected to a remote although its config was refused");
}

QList<QByteArray> TestE2eCli::secretsOf(const QJsonObject &config)
{
    const QJsonObject woo = config.value(QStringLiteral("stores")).toArray().first().toObject().value(QStringLiteral("woocommerce")).toObject();
    const QJsonObject erp = config.value(QStringLiteral("erp")).toObject();
    const QJsonObject helpdesk = config.value(QStringLiteral("helpdesk")).toObject();
    const QByteArray wooKey = woo.value(QStringLiteral("consumer_key")).toString().toUtf8();
    const QByteArray wooSecret = woo.value(QStringLiteral("consumer_secret")).toString().toUtf8();
    const QByteArray erpKey = erp.value(QStringLiteral("api_key")).toString().toUtf8();
    const QByteArray erpSecret = erp.value(QStringLiteral("api_secret")).toString().toUtf8();
    QList<QByteArray> s{wooSecret, erpSecret, QByteArray(wooKey + ':' + wooSecret).toBase64(), QByteArray(erpKey + ':' + erpSecret)};
    const QByteArray token = helpdesk.value(QStringLiteral("api_token")).toString().toUtf8();
    if (!token.isEmpty())
        s << token;
    return s;
}

QStringList TestE2eCli::findSecrets(const QList<QByteArray> &secrets, const QByteArray &bytes, const QString &where)
{
    QStringList found;
    for (const QByteArray &s : secrets) {
        const qsizetype at = bytes.indexOf(s);
        if (at >= 0)
            found << QStringLiteral("secret \"%1\" in %2: ...%3...").arg(QString::fromUtf8(s), where,
                                                                       QString::fromUtf8(bytes.mid(std::max<qsizetype>(0, at - 120), 240)).simplified());
    }
    return found;
}

QStringList TestE2eCli::findSecretsInJournal(const QList<QByteArray> &secrets, const QString &dataDir)
{
    QStringList found;
    const QDir dir(dataDir);
    for (const QString &name : dir.entryList(QDir::Files)) // journal.sqlite, -wal, -shm, the lock
        found << findSecrets(secrets, e2e::readFile(dir.filePath(name)), name);
    return found;
}

void TestE2eCli::wrongWooSecretPausesWithOneException()
{
    SimCluster::Options o;
    o.orders = 60;
    o.seed = 3;
    SimCluster cluster(o);
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QJsonObject config = cluster.makeConfig();
    const QList<QByteArray> secrets = secretsOf(config);
    // The engine now holds a wrong secret; the real one must not leak either (it never had it).
    const QByteArray wrong = "cs_wrong_e2e_0000000000000000000000000000000000";
    config = withValue(config, {QStringLiteral("stores"), QStringLiteral("0"), QStringLiteral("woocommerce"), QStringLiteral("consumer_secret")},
                       QString::fromLatin1(wrong)).toObject();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeJsonFile(path, config));
    const QString data = dir.filePath(QStringLiteral("data"));

    QProcessEnvironment env = e2e::baseEnv();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("backroom.*.debug=true"));
    const e2e::ProcResult r = e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), path, QStringLiteral("--data-dir"), data,
                                        QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("60")},
                                       90000, env);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("headers:"), "debug logging was not on: the secret check below would prove little");
    QStringList paused;
    for (const QString &l : r.errLines())
        if (l.startsWith(QLatin1String("backroom: paused:")))
            paused << l;
    QVERIFY2(paused.size() == 1, qPrintable(r.describe()));
    QVERIFY2(paused.first().contains(QLatin1String("woocommerce")), qPrintable(paused.first()));

    e2e::ProcResult er;
    const QJsonArray all = e2e::exceptionsJson(data, false, &er);
    QVERIFY2(er.ok(), qPrintable(er.describe()));
    QVERIFY2(all.size() == 1, qPrintable(QStringLiteral("expected one auth exception, got:\n") + QString::fromUtf8(er.out)));
    const QJsonObject e = all.first().toObject();
    QCOMPARE(e.value(QStringLiteral("category")).toString(), QStringLiteral("auth"));
    QCOMPARE(e.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(e.value(QStringLiteral("order_id")).toInteger(), 0);
    QVERIFY2(!e.value(QStringLiteral("message")).toString().isEmpty() && !e.value(QStringLiteral("hint")).toString().isEmpty(),
             qPrintable(QString::fromUtf8(er.out)));
    const QJsonObject status = e2e::statusJson(data);
    bool sawPaused = false;
    for (const QJsonValue &c : status.value(QStringLiteral("connections")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("woocommerce")))
            sawPaused = c.toObject().value(QStringLiteral("state")).toString() == QLatin1String("paused_auth");
    QVERIFY2(sawPaused, qPrintable(QString::fromUtf8(QJsonDocument(status).toJson())));

    QList<QByteArray> all_secrets = secrets;
    const QByteArray key = config.value(QStringLiteral("stores")).toArray().first().toObject().value(QStringLiteral("woocommerce"))
                               .toObject().value(QStringLiteral("consumer_key")).toString().toUtf8();
    all_secrets << wrong << QByteArray(key + ':' + wrong).toBase64();
    QStringList leaks = findSecrets(all_secrets, r.out, QStringLiteral("stdout")) + findSecrets(all_secrets, r.err, QStringLiteral("stderr"))
        + findSecretsInJournal(all_secrets, data);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestE2eCli::commandsWhileTheEngineRuns()
{
    SimCluster::Options o;
    o.orders = 200;
    o.seed = 5;
    SimCluster cluster(o);
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QJsonObject config = cluster.makeConfig();
    e2e::tuneConfig(config, 5, 100, 2000, 5);
    const QList<QByteArray> secrets = secretsOf(config);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("E2E_KEEP"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeJsonFile(path, config));
    const QString data = dir.filePath(QStringLiteral("data"));

    QProcessEnvironment env = e2e::baseEnv();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("backroom.*.debug=true"));
    e2e::Child engine;
    QVERIFY(engine.start({QStringLiteral("--headless"), QStringLiteral("--config"), path, QStringLiteral("--data-dir"), data}, env));

    // Wait until the backlog is drained and the bad orders are parked.
    QJsonObject status;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 90000 && engine.running()) {
        status = QFileInfo::exists(QDir(data).filePath(QStringLiteral("journal.sqlite"))) ? e2e::statusJson(data) : QJsonObject();
        if (status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger() >= 3
            && status.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger() == 0
            && e2e::stageCount(status, "confirmed") > 0)
            break;
        QTest::qWait(300);
    }
    if (!engine.running())
        QFAIL(qPrintable(QStringLiteral("the engine ended early:\n") + engine.wait(1000).describe()));
    QVERIFY2(status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger() >= 3,
             qPrintable(QString::fromUtf8(QJsonDocument(status).toJson()) + engine.partial().describe()));

    QJsonArray open = e2e::exceptionsJson(data, true);
    QList<QJsonObject> orderExceptions;
    for (const QJsonValue &v : open)
        if (v.toObject().value(QStringLiteral("order_id")).toInteger() > 0)
            orderExceptions << v.toObject();
    QVERIFY2(orderExceptions.size() >= 3, qPrintable(QString::fromUtf8(QJsonDocument(open).toJson())));
    const QJsonObject exRetry = orderExceptions.at(0), exResolve = orderExceptions.at(1), exSkip = orderExceptions.at(2);
    const QString idRetry = QString::number(exRetry.value(QStringLiteral("id")).toInteger());
    const QString idResolve = QString::number(exResolve.value(QStringLiteral("id")).toInteger());
    const QString idSkip = QString::number(exSkip.value(QStringLiteral("id")).toInteger());
    const qint64 orderRetry = exRetry.value(QStringLiteral("order_id")).toInteger();
    const qint64 orderResolve = exResolve.value(QStringLiteral("order_id")).toInteger();
    const qint64 orderSkip = exSkip.value(QStringLiteral("order_id")).toInteger();
    const QString manualRef = QStringLiteral("SAL-ORD-MANUAL-0001");

    QProcessEnvironment cli = e2e::baseEnv();
    cli.insert(QStringLiteral("USER"), QStringLiteral("e2e-operator"));
    const auto cmd = [&](const QStringList &args) {
        QStringList a{args.first(), QStringLiteral("--data-dir"), data};
        a << args.mid(1);
        return e2e::run(a, 30000, cli);
    };

    const int erpBefore = cluster.erp()->stats().salesOrders;
    // retry: the order's problem is still there, so the engine parks it again with a new exception.
    e2e::ProcResult r = cmd({QStringLiteral("retry"), idRetry});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.out).trimmed() == QStringLiteral("1 exception(s) queued for retry"),
             qPrintable(r.describe() + QStringLiteral("\n=== engine ===\n") + engine.partial().describe()));
    // resolve with the ERP document made by hand: the engine writes that reference back.
    r = cmd({QStringLiteral("resolve"), idResolve, QStringLiteral("--note"), QStringLiteral("created by hand in the ERP"),
             QStringLiteral("--erp-ref"), manualRef});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("exception %1 resolved").arg(idResolve));
    r = cmd({QStringLiteral("skip"), idSkip, QStringLiteral("--reason"), QStringLiteral("test order")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("exception %1 skipped").arg(idSkip));

    // Refusals: a command on a closed exception, an unknown id, a skip without a reason.
    r = cmd({QStringLiteral("resolve"), idResolve, QStringLiteral("--note"), QStringLiteral("again")});
    QVERIFY2(r.finished && r.exitCode == 1 && QByteArray(r.out + r.err).contains("not open"), qPrintable(r.describe()));
    r = cmd({QStringLiteral("retry"), QStringLiteral("999999")});
    QVERIFY2(r.finished && r.exitCode == 1 && QByteArray(r.out + r.err).contains("no exception 999999"), qPrintable(r.describe()));
    r = cmd({QStringLiteral("skip"), idRetry});
    QVERIFY2(r.finished && r.exitCode == 2 && r.errLines().size() == 1 && r.err.contains("--reason"), qPrintable(r.describe()));

    // The states, as `exceptions --json` shows them.
    const auto stateOf = [&data](const QString &id) {
        for (const QJsonValue &v : e2e::exceptionsJson(data, false))
            if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
                return v.toObject().value(QStringLiteral("state")).toString();
        return QString();
    };
    QCOMPARE(stateOf(idRetry), QStringLiteral("retried"));
    QCOMPARE(stateOf(idResolve), QStringLiteral("resolved"));
    QCOMPARE(stateOf(idSkip), QStringLiteral("skipped"));

    // The retried order is tried again and parked again (same cause), as a new open exception.
    const auto reParked = [&]() {
        for (const QJsonValue &v : e2e::exceptionsJson(data, true)) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("order_id")).toInteger() == orderRetry
                && QString::number(e.value(QStringLiteral("id")).toInteger()) != idRetry)
                return e.value(QStringLiteral("category")).toString() == exRetry.value(QStringLiteral("category")).toString();
        }
        return false;
    };
    bool again = false;
    for (int i = 0; i < 60 && !(again = reParked()); ++i)
        QTest::qWait(250);
    QVERIFY2(again, "the retried order was not parked again with a new exception");
    // The resolved order carries the hand-made ERP reference on the WooCommerce side.
    QTRY_COMPARE_WITH_TIMEOUT(cluster.woo()->erpRefs().value(int(orderResolve)), manualRef, 20000);
    QCOMPARE(cluster.erp()->stats().salesOrders, erpBefore); // nothing was created for them
    {
        e2e::JournalReader j(data);
        QVERIFY2(j.ok(), qPrintable(j.error()));
        const auto orders = j.orders();
        QCOMPARE(orders.value(orderResolve).erpRef, manualRef);
        QCOMPARE(orders.value(orderSkip).stage, QStringLiteral("skipped"));
        QCOMPARE(orders.value(orderRetry).stage, QStringLiteral("exception"));
        // The audit log: who, what, before/after, one row per executed command.
        const QList<QStringList> audit = j.rows("SELECT actor, action, target, before, after FROM audit ORDER BY id", 5);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0), (QStringList{QStringLiteral("e2e-operator"), QStringLiteral("retry"), QStringLiteral("exception:") + idRetry,
                                           audit.at(0).at(3), QStringLiteral("retried")}));
        QCOMPARE(audit.at(1).mid(0, 3), (QStringList{QStringLiteral("e2e-operator"), QStringLiteral("resolve"), QStringLiteral("exception:") + idResolve}));
        QVERIFY2(audit.at(1).at(4).contains(QLatin1String("created by hand in the ERP")) && audit.at(1).at(4).contains(manualRef),
                 qPrintable(audit.at(1).at(4)));
        QCOMPARE(audit.at(2).mid(0, 3), (QStringList{QStringLiteral("e2e-operator"), QStringLiteral("skip"), QStringLiteral("exception:") + idSkip}));
        QCOMPARE(audit.at(2).at(4), QStringLiteral("skipped: test order"));
        for (const QStringList &row : audit)
            QVERIFY2(row.at(3).contains(QLatin1String("open")), qPrintable(row.join(QLatin1Char('|')))); // "before" names the old state
        // Executed by the running engine (it finishes queued commands), each exactly once.
        QCOMPARE(j.scalar("SELECT count(*) FROM commands WHERE state='done'"), 3);
        QCOMPARE(j.scalar("SELECT count(*) FROM commands WHERE state='queued'"), 0);
    }

    // No secret in the journal while the engine runs (its WAL holds the recent writes).
    QStringList leaks = findSecretsInJournal(secrets, data);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

    // SIGTERM: a graceful stop with exit 0.
    engine.terminate();
    const e2e::ProcResult end = engine.wait(20000);
    QVERIFY2(end.finished && end.exitStatus == QProcess::NormalExit && end.exitCode == 0, qPrintable(end.describe()));
    QVERIFY2(end.err.contains("stopping (signal)"), qPrintable(end.describe()));
    QVERIFY2(end.err.contains("headers:"), "debug logging was not on: the secret check would prove little");
    leaks = findSecrets(secrets, end.out, QStringLiteral("stdout")) + findSecrets(secrets, end.err, QStringLiteral("stderr"))
        + findSecretsInJournal(secrets, data);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    // The journal is consistent after the stop.
    e2e::ProcResult sr;
    const QJsonObject after = e2e::statusJson(data, &sr);
    QVERIFY2(sr.ok(), qPrintable(sr.describe()));
    QCOMPARE(after.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger(), 0);
}

// README: `backroom sim --listen 127.0.0.1:8080 ... --config-out sim.json`, then the engine on
// that file. Both as child processes; the simulator's admin endpoint tells what the ERP got.
void TestE2eCli::simCommandServesTheEngine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString configPath = dir.filePath(QStringLiteral("sim.json"));
    const QString data = dir.filePath(QStringLiteral("data"));
    e2e::Child sim;
    QVERIFY(sim.start({QStringLiteral("sim"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--orders"),
                       QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--faults"),
                       QStringLiteral("rate=0.1,kinds=429ra,502html,reset"), QStringLiteral("--config-out"), configPath}));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000 && sim.running() && !QFileInfo(configPath).size())
        QTest::qWait(50);
    if (!sim.running())
        QFAIL(qPrintable(QStringLiteral("backroom sim ended:\n") + sim.wait(1000).describe()));
    QVERIFY2(QFileInfo(configPath).size() > 0, qPrintable(sim.partial().describe()));
    QTest::qWait(100); // the file is written in one go (QSaveFile); let the servers settle
    const QJsonObject config = e2e::parseJson(e2e::readFile(configPath)).object();
    const QUrl erpUrl(config.value(QStringLiteral("erp")).toObject().value(QStringLiteral("url")).toString());
    QVERIFY2(erpUrl.isValid() && erpUrl.port() > 0, qPrintable(erpUrl.toString()));

    const e2e::ProcResult r = e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), configPath, QStringLiteral("--data-dir"),
                                        data, QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("60")},
                                       90000);
    if (!sim.running())
        QFAIL(qPrintable(QStringLiteral("backroom sim ended while the engine ran:\n") + sim.wait(1000).describe()
                         + QStringLiteral("\n=== engine ===\n") + r.describe()));
    QVERIFY2(r.ok(), qPrintable(r.describe() + QStringLiteral("\n=== sim ===\n") + sim.partial().describe()));
    const QJsonObject status = e2e::statusJson(data);
    const qint64 delivered = e2e::stageCount(status, "posted") + e2e::stageCount(status, "confirmed");
    QVERIFY2(delivered > 0, qPrintable(QString::fromUtf8(QJsonDocument(status).toJson())));

    // GET /__sim/stats from the ERP simulator (no auth, never faulted).
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(erpUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/__sim/stats")));
    req.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(req);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    const QByteArray body = reply->readAll();
    qInfo("engine run: %lld ms; GET %s: %d %s", r.ms, qPrintable(req.url().toString()),
          reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), qPrintable(reply->errorString()));
    const QJsonObject stats = e2e::parseJson(body).object();
    reply->deleteLater();
    QVERIFY2(!stats.isEmpty(), qPrintable(QStringLiteral("no stats from the ERP simulator\n=== engine ===\n") + r.describe()
                                          + QStringLiteral("\n=== sim ===\n") + sim.partial().describe()
                                          + QStringLiteral("\n=== config ===\n") + QString::fromUtf8(e2e::readFile(configPath))));
    QCOMPARE(stats.value(QStringLiteral("duplicateReferences")).toInteger(), 0);
    QCOMPARE(stats.value(QStringLiteral("salesOrders")).toInteger(), delivered);

    sim.terminate();
    const e2e::ProcResult end = sim.wait(15000);
    QVERIFY2(end.finished && end.exitStatus == QProcess::NormalExit && end.exitCode == 0, qPrintable(end.describe()));
}

QTEST_GUILESS_MAIN(TestE2eCli)
#include "tst_e2e_cli.moc"
