#include "sim/erpnext/erpnextsim.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace backroom::sim;

#include "sync/http/oneshotbody.h"

using backroom::OneShotBody;

namespace {



struct Answer {
    int status = 0;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestErpNextSim : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void auth();
    void customers();
    void salesOrderTotals();
    void salesOrderErrors();
    void listFiltersAndPaging();
    void adminAndLostAnswer();
    void qnamResendsResetPost();

private:
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
                const QByteArray &auth = "token sim-erp-key:sim-erp-secret");
    QJsonObject salesOrder(const QString &ref, const QString &item, double qty, double rate) const;

    QNetworkAccessManager *m_nam = nullptr;
    ErpNextSim *m_sim = nullptr;
};

void TestErpNextSim::init()
{
    ErpNextSim::Options o;
    o.itemCodes = {QStringLiteral("MUG"), QStringLiteral("TEE-M")};
    o.disabledItemCodes = {QStringLiteral("OLD")};
    m_sim = new ErpNextSim(o, this);
    QVERIFY(m_sim->listen() != 0);
    m_nam = new QNetworkAccessManager(this);
}

void TestErpNextSim::cleanup()
{
    delete m_nam;
    delete m_sim;
}

Answer TestErpNextSim::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, const QByteArray &auth)
{
    QNetworkRequest req(QUrl(m_sim->url().toString() + pathAndQuery, QUrl::TolerantMode));
    if (!auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(1000);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.json = QJsonDocument::fromJson(reply->readAll()).object();
    a.error = reply->error();
    reply->deleteLater();
    return a;
}

QJsonObject TestErpNextSim::salesOrder(const QString &ref, const QString &item, double qty, double rate) const
{
    return QJsonObject{{QStringLiteral("customer"), QStringLiteral("Jane Roe")},
                       {QStringLiteral("company"), QStringLiteral("Backroom Demo Ltd")},
                       {QStringLiteral("transaction_date"), QStringLiteral("2026-11-22")},
                       {QStringLiteral("delivery_date"), QStringLiteral("2026-11-22")},
                       {QStringLiteral("po_no"), ref},
                       {QStringLiteral("docstatus"), 1},
                       {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("item_code"), item},
                                                                        {QStringLiteral("qty"), qty},
                                                                        {QStringLiteral("rate"), rate}}}}};
}

void TestErpNextSim::auth()
{
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Customer"), {}, "token sim-erp-key:wrong").status, 401);
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Customer"), {}, "token sim-erp-key:wrong").json.value(QLatin1String("exc_type")).toString(),
             QStringLiteral("AuthenticationError"));
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Customer"), {}, QByteArray()).status, 403);
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Customer"), {}, "Basic " + QByteArray("sim-erp-key:sim-erp-secret").toBase64()).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Customer")).status, 200);
}

void TestErpNextSim::customers()
{
    QCOMPARE(m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com")), QStringLiteral("Jane Roe"));
    const Answer created = call("POST", QStringLiteral("/api/resource/Customer"),
                                {{QStringLiteral("customer_name"), QStringLiteral("Jane Roe")},
                                 {QStringLiteral("email_id"), QStringLiteral("other@example.com")}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(QLatin1String("data")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Jane Roe - 1"));
    // MariaDB compares case-insensitively.
    const Answer found = call("GET", QStringLiteral("/api/resource/Customer?filters=%5B%5B%22email_id%22%2C%22%3D%22%2C%22JANE%40example.com%22%5D%5D"));
    QCOMPARE(found.json.value(QLatin1String("data")).toArray(), (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane Roe")}}}));
    const Answer missing = call("POST", QStringLiteral("/api/resource/Customer"), {{QStringLiteral("email_id"), QStringLiteral("x@y.z")}});
    QCOMPARE(missing.status, 417);
    QCOMPARE(missing.json.value(QLatin1String("exc_type")).toString(), QStringLiteral("MandatoryError"));
    QCOMPARE(m_sim->stats().customers, 2);
}

void TestErpNextSim::salesOrderTotals()
{
    m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    QJsonObject so = salesOrder(QStringLiteral("1001"), QStringLiteral("MUG"), 3, 3.33);
    so.insert(QStringLiteral("apply_discount_on"), QStringLiteral("Net Total"));
    so.insert(QStringLiteral("discount_amount"), 1.5);
    so.insert(QStringLiteral("taxes"), QJsonArray{QJsonObject{{QStringLiteral("charge_type"), QStringLiteral("Actual")},
                                                              {QStringLiteral("account_head"), QStringLiteral("VAT - BDL")},
                                                              {QStringLiteral("description"), QStringLiteral("VAT")},
                                                              {QStringLiteral("tax_amount"), 1.61}}});
    const Answer a = call("POST", QStringLiteral("/api/resource/Sales%20Order"), so);
    QCOMPARE(a.status, 200);
    const QJsonObject data = a.json.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("name")).toString(), QStringLiteral("SAL-ORD-2026-00001"));
    QCOMPARE(data.value(QLatin1String("grand_total")).toDouble(), 9.99 - 1.5 + 1.61);
    QCOMPARE(data.value(QLatin1String("docstatus")).toInt(), 1);
    const Answer one = call("GET", QStringLiteral("/api/resource/Sales%20Order/SAL-ORD-2026-00001"));
    QCOMPARE(one.json.value(QLatin1String("data")).toObject().value(QLatin1String("po_no")).toString(), QStringLiteral("1001"));
    const Answer none = call("GET", QStringLiteral("/api/resource/Sales%20Order/SAL-ORD-2026-09999"));
    QCOMPARE(none.status, 404);
    QCOMPARE(none.json.value(QLatin1String("exc_type")).toString(), QStringLiteral("DoesNotExistError"));
    QCOMPARE(m_sim->stats().salesOrders, 1);
}

void TestErpNextSim::salesOrderErrors()
{
    m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    const Answer unknown = call("POST", QStringLiteral("/api/resource/Sales%20Order"), salesOrder(QStringLiteral("1"), QStringLiteral("NOPE"), 1, 1));
    QCOMPARE(unknown.status, 417);
    QCOMPARE(unknown.json.value(QLatin1String("exc_type")).toString(), QStringLiteral("LinkValidationError"));
    const QJsonArray msgs = QJsonDocument::fromJson(unknown.json.value(QLatin1String("_server_messages")).toString().toUtf8()).array();
    QCOMPARE(QJsonDocument::fromJson(msgs.at(0).toString().toUtf8()).object().value(QLatin1String("message")).toString(),
             QStringLiteral("Could not find Row #1: Item Code: NOPE"));
    const Answer disabled = call("POST", QStringLiteral("/api/resource/Sales%20Order"), salesOrder(QStringLiteral("2"), QStringLiteral("OLD"), 1, 1));
    QCOMPARE(disabled.status, 417);
    QVERIFY(disabled.json.value(QLatin1String("_server_messages")).toString().contains(QLatin1String("Item OLD is disabled")));
    QJsonObject noCustomer = salesOrder(QStringLiteral("3"), QStringLiteral("MUG"), 1, 1);
    noCustomer.insert(QStringLiteral("customer"), QStringLiteral("Ghost"));
    QVERIFY(call("POST", QStringLiteral("/api/resource/Sales%20Order"), noCustomer).json.value(QLatin1String("_server_messages"))
                .toString().contains(QLatin1String("Could not find Customer: Ghost")));
    QCOMPARE(m_sim->stats().salesOrders, 0);
}

void TestErpNextSim::listFiltersAndPaging()
{
    m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(call("POST", QStringLiteral("/api/resource/Sales%20Order"), salesOrder(QString::number(i), QStringLiteral("MUG"), 1, i)).status, 200);
    auto names = [this](const QString &query) {
        QStringList out;
        for (const QJsonValue &v : call("GET", QStringLiteral("/api/resource/Sales%20Order?") + query).json.value(QLatin1String("data")).toArray())
            out << v.toObject().value(QLatin1String("name")).toString();
        return out;
    };
    QCOMPARE(names(QStringLiteral("filters=%5B%5B%22po_no%22%2C%22%3D%22%2C%223%22%5D%5D")), QStringList{QStringLiteral("SAL-ORD-2026-00003")});
    QCOMPARE(names(QStringLiteral("filters=%5B%5B%22po_no%22%2C%22in%22%2C%5B%221%22%2C%225%22%5D%5D%5D")),
             (QStringList{QStringLiteral("SAL-ORD-2026-00005"), QStringLiteral("SAL-ORD-2026-00001")}));
    QCOMPARE(names(QStringLiteral("filters=%5B%5B%22docstatus%22%2C%22!%3D%22%2C2%5D%5D&limit_page_length=2&limit_start=1")),
             (QStringList{QStringLiteral("SAL-ORD-2026-00004"), QStringLiteral("SAL-ORD-2026-00003")}));
    QCOMPARE(names(QStringLiteral("filters=%7B%22po_no%22%3A%222%22%7D")), QStringList{QStringLiteral("SAL-ORD-2026-00002")});
    const Answer withFields = call("GET", QStringLiteral("/api/resource/Sales%20Order?fields=%5B%22name%22%2C%22grand_total%22%5D&limit_page_length=1"));
    QCOMPARE(withFields.json.value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("grand_total")).toDouble(), 5.0);
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Sales%20Order?filters=%5B%5B%22po_no%22%2C%22~%22%2C%221%22%5D%5D")).status, 417);
}

void TestErpNextSim::adminAndLostAnswer()
{
    m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    m_sim->queueFault(QStringLiteral("timeout-after-commit"));
    const Answer lost = call("POST", QStringLiteral("/api/resource/Sales%20Order"), salesOrder(QStringLiteral("77"), QStringLiteral("MUG"), 1, 2));
    QVERIFY2(lost.error != QNetworkReply::NoError, qPrintable(QStringLiteral("status %1 sos %2").arg(lost.status).arg(m_sim->stats().salesOrders)));
    QCOMPARE(m_sim->stats().salesOrders, 1);
    QCOMPARE(m_sim->stats().lostAfterCommit, 1);
    QCOMPARE(call("POST", QStringLiteral("/api/resource/Sales%20Order"), salesOrder(QStringLiteral("77"), QStringLiteral("MUG"), 1, 2)).status, 200);
    QCOMPARE(m_sim->stats().duplicateReferences, 1);
    const Answer stats = call("GET", QStringLiteral("/__sim/stats"), {}, QByteArray());
    QCOMPARE(stats.json.value(QLatin1String("salesOrders")).toInt(), 2);
    QCOMPARE(stats.json.value(QLatin1String("duplicateReferences")).toInt(), 1);
    QCOMPARE(call("GET", QStringLiteral("/__sim/sales-orders?reference=77"), {}, QByteArray()).json.value(QLatin1String("data")).toArray().size(), 2);
    m_sim->queueFault(QStringLiteral("502html"));
    QCOMPARE(call("GET", QStringLiteral("/api/resource/Customer")).status, 502);
}

// Qt fact the HTTP client must respect: when the connection is reset after a POST was sent
// (the server may have committed it), QNAM re-sends a re-readable body by itself — a duplicate.
// A body it cannot re-read (sequential device, DoNotBufferUploadDataAttribute) fails instead.
void TestErpNextSim::qnamResendsResetPost()
{
    m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    const QByteArray body = QJsonDocument(salesOrder(QStringLiteral("88"), QStringLiteral("MUG"), 1, 2)).toJson();
    QNetworkRequest req(QUrl(m_sim->url().toString() + QStringLiteral("/api/resource/Sales%20Order")));
    req.setRawHeader("Authorization", "token sim-erp-key:sim-erp-secret");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto run = [&](QNetworkReply *reply) {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const auto e = reply->error();
        reply->deleteLater();
        return e;
    };
    m_sim->queueFault(QStringLiteral("reset-after-commit"));
    QCOMPARE(run(m_nam->post(req, body)), QNetworkReply::NoError); // silently re-sent
    QCOMPARE(m_sim->stats().duplicateReferences, 1);

    QNetworkRequest once = req;
    once.setUrl(req.url());
    once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    const QByteArray body2 = QJsonDocument(salesOrder(QStringLiteral("89"), QStringLiteral("MUG"), 1, 2)).toJson();
    once.setHeader(QNetworkRequest::ContentLengthHeader, body2.size());
    m_sim->queueFault(QStringLiteral("reset-after-commit"));
    QVERIFY(run(m_nam->post(once, new OneShotBody(body2, this))) != QNetworkReply::NoError);
    QCOMPARE(m_sim->salesOrdersWithReference(QStringLiteral("89")).size(), 1);
    QCOMPARE(m_sim->stats().duplicateReferences, 1);
}

QTEST_GUILESS_MAIN(TestErpNextSim)
#include "tst_erpnextsim.moc"
