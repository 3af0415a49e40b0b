#include "ui/connectiontester.h"

// Uses the engine's own store client for the connection test.
#include "sync/core/clock.h"
#include "sync/erp/erpnextadapter.h"
#include "sync/http/httpclient.h"
#include "sync/woo/wooauth.h"
#include "sync/woo/woocommerceclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace backroom {

namespace {
QString describe(const SyncError &e)
{
    QString s = e.httpStatus > 0 ? ConnectionTester::tr("HTTP %1: %2").arg(e.httpStatus).arg(e.message) : e.message;
    if (!e.hint.isEmpty())
        s = ConnectionTester::tr("%1 — %2").arg(s, e.hint);
    return s;
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    HttpClientOptions o;
    o.maxAttempts = 1;
    o.maxRetryAfter = std::chrono::milliseconds(0);
    m_http = new HttpClient(m_nam, o, SystemClock::instance(), this);
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::testStore(const QString &storeId, const QUrl &url, const QString &auth, const QString &key, const QString &secret)
{
    const QString system = QStringLiteral("woocommerce");
    WooConnection c;
    c.storeId = storeId.isEmpty() ? QStringLiteral("main") : storeId;
    c.url = url;
    c.auth = auth;
    c.consumerKey = key;
    c.consumerSecret = secret;
    c.timeout = std::chrono::milliseconds(15000);
    const Status valid = WooCommerceClient::validate(c);
    if (!valid) {
        Q_EMIT finished(system, false, valid.error().message);
        return;
    }
    auto *client = new WooCommerceClient(c, m_http, SystemClock::instance(), this);
    OrderListQuery q;
    q.perPage = 1;
    q.orderBy = QStringLiteral("date");
    q.order = QStringLiteral("desc");
    client->listOrders(q, [this, client, system](const Result<OrderPage> &r) {
        if (r.ok()) {
            const int total = r.value().total;
            Q_EMIT finished(system, true, total >= 0 ? tr("Connected: the store answers and lists %n order(s).", nullptr, total)
                                                     : tr("Connected: the store answers."));
        } else {
            Q_EMIT finished(system, false, describe(r.error()));
        }
        client->deleteLater();
    });
}

void ConnectionTester::testErp(const QUrl &url, const QString &apiKey, const QString &apiSecret, const QString &referenceField)
{
    const QString system = QStringLiteral("erp");
    if (!url.isValid() || url.host().isEmpty()) {
        Q_EMIT finished(system, false, tr("Enter the ERP's address, e.g. https://erp.example.com"));
        return;
    }
    if (apiKey.isEmpty() || apiSecret.isEmpty()) {
        Q_EMIT finished(system, false, tr("Enter the API key and the API secret of an ERPNext user."));
        return;
    }
    ErpNextConnection c;
    c.url = url;
    c.apiKey = apiKey;
    c.apiSecret = apiSecret;
    c.referenceField = referenceField.isEmpty() ? QStringLiteral("po_no") : referenceField;
    c.timeout = std::chrono::milliseconds(15000);
    auto *adapter = new ErpNextAdapter(c, m_http, this);
    adapter->findSalesOrder(QStringLiteral("backroom-connection-test"), [this, adapter, system](const Result<std::optional<QString>> &r) {
        if (r.ok())
            Q_EMIT finished(system, true, tr("Connected: ERPNext accepts the key and can search sales orders."));
        else
            Q_EMIT finished(system, false, describe(r.error()));
        adapter->deleteLater();
    });
}

void ConnectionTester::testHelpdesk(const QUrl &url, const QString &email, const QString &apiToken)
{
    const QString system = QStringLiteral("helpdesk");
    if (!url.isValid() || url.host().isEmpty() || email.isEmpty() || apiToken.isEmpty()) {
        Q_EMIT finished(system, false, tr("Enter the Zendesk address, the agent's e-mail and an API token."));
        return;
    }
    if (url.scheme() != QLatin1String("https") && !isLoopbackHost(url.host())) {
        Q_EMIT finished(system, false, tr("Zendesk must be reached over https:// (the token would travel in clear text)."));
        return;
    }
    QNetworkRequest req(url.resolved(QUrl(QStringLiteral("/api/v2/users/me.json"))));
    req.setTransferTimeout(15000);
    req.setRawHeader("Authorization", "Basic " + (email + QStringLiteral("/token:") + apiToken).toUtf8().toBase64());
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, system] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject user = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("user")).toObject();
        if (status == 200 && user.value(QStringLiteral("id")).toInteger() > 0) {
            Q_EMIT finished(system, true, tr("Connected as %1.").arg(user.value(QStringLiteral("name")).toString()));
        } else if (status == 401 || status == 403) {
            Q_EMIT finished(system, false, tr("HTTP %1: Zendesk refused the e-mail and token. Check both, and that token access is enabled.").arg(status));
        } else if (status == 0) {
            Q_EMIT finished(system, false, tr("No answer: %1").arg(reply->errorString()));
        } else {
            Q_EMIT finished(system, false, tr("HTTP %1: this does not look like a Zendesk API.").arg(status));
        }
    });
}

} // namespace backroom
