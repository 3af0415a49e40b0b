// End to end into a real Request Tracker: the real `backroom --headless --until-idle` syncs the
// WooCommerce and ERPNext simulators with helpdesk.type "rt" pointed at the RT server of the CTest
// fixture rt_server. Every open order exception that needs a person becomes exactly one RT ticket
// (counted in RT by its external id custom field and matched with the journal), a second run
// creates none, and resolving an exception resolves its ticket in RT.
#include "sync/engine/ticketpolicy.h"
#include "sync/helpdesk/rtwire.h"
#include "tests/e2e/e2eutil.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace backroom::sim;

namespace {
constexpr int kOrders = 150;
const QString kField = QStringLiteral("Backroom external id");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

struct Wanted {
    qint64 exceptionId = 0;
    QString externalId;
};
} // namespace

class TestE2eRt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneTicketPerOrderAndCause();
    void resolvingResolvesTheRtTicket();

private:
    e2e::ProcResult runUntilIdle();
    QJsonObject restGet(const QString &path, const QString &encodedQuery = {});
    // The RT tickets in queue Backroom whose external id matches (TicketSQL), as id strings.
    QStringList ticketIds(const QString &ticketSql);
    QStringList ticketsOf(const QString &externalId) { return ticketIds(backroom::rtFindQuery(kField, externalId)); }
    int ourTicketCount() { return ticketIds(QStringLiteral("'CF.{%1}' LIKE 'backroom:main:'").arg(kField)).size(); }
    // The open exceptions of the journal that want a ticket.
    QList<Wanted> wantedTickets();
    // Every wanted ticket once in RT, under the id the journal recorded; returns the failures.
    QStringList crossCheck(const QList<Wanted> &wanted);

    QUrl m_url;
    QString m_token;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_tmp;
    std::unique_ptr<SimCluster> m_cluster;
    QString m_config;
    QString m_dataDir;
    int m_before = 0; // tickets of store "main" already in RT (a reused server)
    bool m_firstOk = false;
};

void TestE2eRt::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/share/request-tracker5/libexec/rt-server")))
        QFAIL("Request Tracker is not installed: run scripts/realservers/rt-install.sh (after apt-get update), "
              "then run the realserver tests again.");
    const QString dir = qEnvironmentVariable("BACKROOM_RT_DIR");
    m_url = QUrl(readText(dir + QStringLiteral("/url")));
    m_token = readText(dir + QStringLiteral("/token"));
    if (dir.isEmpty() || !m_url.isValid() || m_url.isEmpty() || m_token.isEmpty())
        QFAIL(qPrintable(QStringLiteral("No Request Tracker is running for this test in \"%1\": run it through ctest "
                                        "(the rt_server fixture starts one), or by hand with "
                                        "scripts/realservers/rt-start.sh DIR 0 and BACKROOM_RT_DIR=DIR.")
                             .arg(dir)));
    QVERIFY(m_tmp.isValid());
    SimCluster::Options o;
    o.orders = kOrders;
    o.seed = 20261122;
    m_cluster = std::make_unique<SimCluster>(o);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QJsonObject config = m_cluster->makeConfig();
    e2e::tuneConfig(config, 6, 50, 1000, 10);
    config.insert(QStringLiteral("helpdesk"), QJsonObject{{QStringLiteral("type"), QStringLiteral("rt")},
                                                          {QStringLiteral("url"), m_url.toString()},
                                                          {QStringLiteral("token"), m_token},
                                                          {QStringLiteral("queue"), QStringLiteral("Backroom")}});
    m_config = m_tmp.filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeJsonFile(m_config, config));
    m_dataDir = m_tmp.filePath(QStringLiteral("data"));
    m_before = ourTicketCount();
}

e2e::ProcResult TestE2eRt::runUntilIdle()
{
    return e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), m_config, QStringLiteral("--data-dir"), m_dataDir,
                     QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("45")},
                    75000);
}

QJsonObject TestE2eRt::restGet(const QString &path, const QString &encodedQuery)
{
    QNetworkRequest req(backroom::rtRestUrl(m_url, path, encodedQuery));
    req.setRawHeader("Authorization", "token " + m_token.toUtf8());
    QNetworkReply *reply = m_nam.get(req);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->abort();
    reply->deleteLater();
    if (status != 200)
        qWarning("RT GET %s: HTTP %d %s", qPrintable(path), status, body.left(300).constData());
    return QJsonDocument::fromJson(body).object();
}

QStringList TestE2eRt::ticketIds(const QString &ticketSql)
{
    const QString sql = QStringLiteral("Queue = 'Backroom' AND ") + ticketSql;
    const QJsonObject page = restGet(QStringLiteral("tickets"), QStringLiteral("query=") +
                                                                    QString::fromLatin1(QUrl::toPercentEncoding(sql)) +
                                                                    QStringLiteral("&per_page=100"));
    QStringList ids;
    for (const QJsonValue &v : page.value(QLatin1String("items")).toArray())
        ids << v.toObject().value(QLatin1String("id")).toVariant().toString();
    if (page.value(QLatin1String("total")).toInt() != ids.size())
        qWarning("RT search %s: total %d, %lld items", qPrintable(sql), page.value(QLatin1String("total")).toInt(), qint64(ids.size()));
    return ids;
}

QList<Wanted> TestE2eRt::wantedTickets()
{
    QList<Wanted> out;
    for (const QJsonValue &v : e2e::exceptionsJson(m_dataDir, true)) {
        const QJsonObject e = v.toObject();
        const qint64 orderId = e.value(QStringLiteral("order_id")).toInteger();
        const backroom::TicketDecision d = backroom::decideTicket(
            e.value(QStringLiteral("category")).toString(), e.value(QStringLiteral("code")).toString(), QStringLiteral("erp_order"));
        if (orderId == 0 || !d.wanted)
            continue;
        out << Wanted{e.value(QStringLiteral("id")).toInteger(),
                      backroom::ticketExternalId(e.value(QStringLiteral("store")).toString(), orderId, d.cause)};
    }
    return out;
}

QStringList TestE2eRt::crossCheck(const QList<Wanted> &wanted)
{
    QStringList failures;
    e2e::JournalReader j(m_dataDir);
    if (!j.ok())
        return {QStringLiteral("journal: ") + j.error()};
    for (const Wanted &w : wanted) {
        const QStringList ids = ticketsOf(w.externalId);
        if (ids.size() != 1) {
            failures << QStringLiteral("%1: %2 tickets in RT").arg(w.externalId).arg(ids.size());
            continue;
        }
        const QByteArray sql = "SELECT count(*) FROM helpdesk_tickets WHERE external_id='" + w.externalId.toUtf8() +
                               "' AND remote_id='" + ids.first().toUtf8() + "'";
        if (j.scalar(sql.constData()) != 1)
            failures << QStringLiteral("%1: RT ticket %2 is not the one the journal recorded").arg(w.externalId, ids.first());
    }
    const int inRt = ourTicketCount() - m_before;
    if (inRt != wanted.size())
        failures << QStringLiteral("RT holds %1 tickets of store main for %2 exceptions that want one").arg(inRt).arg(wanted.size());
    const qint64 recorded = j.scalar("SELECT count(*) FROM helpdesk_tickets WHERE remote_id IS NOT NULL");
    if (recorded != wanted.size())
        failures << QStringLiteral("the journal records %1 tickets for %2 exceptions that want one").arg(recorded).arg(wanted.size());
    return failures;
}

void TestE2eRt::oneTicketPerOrderAndCause()
{
    const e2e::ProcResult r = runUntilIdle();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QList<Wanted> wanted = wantedTickets();
    QVERIFY2(wanted.size() >= 3, "the seed made too few problem orders to prove anything");
    // One exception that wants a ticket per processing order the simulator seeded with a problem.
    int parked = 0;
    WooSim *woo = m_cluster->woo();
    for (int id : woo->orderIds()) {
        const QJsonObject order = woo->order(id);
        if (order.value(QStringLiteral("status")).toString() == QLatin1String("processing") &&
            e2e::seedProblems(order, woo->erpUnknownSkus(), woo->erpDisabledSkus()).any())
            ++parked;
    }
    QCOMPARE(wanted.size(), parked);
    QStringList failures = crossCheck(wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    const QJsonObject status = e2e::statusJson(m_dataDir);
    bool helpdeskUp = false;
    for (const QJsonValue &c : status.value(QStringLiteral("connections")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("helpdesk:rt"))
            helpdeskUp = c.toObject().value(QStringLiteral("state")).toString() == QLatin1String("up");
    QVERIFY2(helpdeskUp, qPrintable(QString::fromUtf8(QJsonDocument(status).toJson())));

    // A second run on the same data creates nothing.
    const e2e::ProcResult again = runUntilIdle();
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(wantedTickets().size(), wanted.size());
    failures = crossCheck(wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    m_firstOk = true;
}

void TestE2eRt::resolvingResolvesTheRtTicket()
{
    QVERIFY2(m_firstOk, "needs the tickets of oneTicketPerOrderAndCause");
    const QList<Wanted> wanted = wantedTickets();
    QVERIFY(wanted.size() >= 2);
    const Wanted resolved = wanted.at(0), untouched = wanted.at(1);
    const e2e::ProcResult res = e2e::run({QStringLiteral("resolve"), QStringLiteral("--data-dir"), m_dataDir,
                                          QString::number(resolved.exceptionId), QStringLiteral("--note"),
                                          QStringLiteral("Mapped the SKU by hand")});
    QVERIFY2(res.ok(), qPrintable(res.describe()));
    const e2e::ProcResult r = runUntilIdle();
    QVERIFY2(r.ok(), qPrintable(r.describe()));

    const QStringList ids = ticketsOf(resolved.externalId);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(restGet(QStringLiteral("ticket/") + ids.first()).value(QLatin1String("Status")).toString(), QStringLiteral("resolved"));
    const QStringList other = ticketsOf(untouched.externalId);
    QCOMPARE(other.size(), 1);
    const QString otherStatus = restGet(QStringLiteral("ticket/") + other.first()).value(QLatin1String("Status")).toString();
    QVERIFY2(otherStatus == QLatin1String("new") || otherStatus == QLatin1String("open"), qPrintable(otherStatus));
    // Resolving made no new ticket.
    QCOMPARE(ourTicketCount() - m_before, wanted.size());
}

QTEST_GUILESS_MAIN(TestE2eRt)
#include "tst_e2e_rt.moc"
