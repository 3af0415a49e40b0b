#include "sync/erp/erpnextadapter.h"

#include "sync/erp/erpnextpayload.h"
#include "sync/http/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace backroom {

Q_LOGGING_CATEGORY(lcErpNext, "backroom.sync.erpnext")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErpNextAdapter", text);
}

SyncError unreadable(const HttpResponse &r, const QString &what)
{
    SyncError e;
    e.category = ErrorCategory::TransientRemote;
    e.code = QStringLiteral("unreadable_response");
    e.httpStatus = r.status;
    e.requestId = r.correlationId;
    e.message = tr("ERPNext answered %1 with a body Backroom cannot read").arg(what);
    e.hint = tr("Backroom looks the document up before it retries, so nothing is created twice; "
                "if this persists, check ERPNext and any proxy in front of it.");
    return e;
}

SyncError failure(const HttpResponse &r, FrappeContext context)
{
    SyncError e = mapFrappeError(r.status, r.body, context, r.error);
    if (e.requestId.isEmpty())
        e.requestId = r.correlationId;
    return e;
}

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace

std::optional<QStringList> frappeListNames(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue &v : doc.object().value(QLatin1String("data")).toArray()) {
        const QString n = v.toObject().value(QLatin1String("name")).toString();
        if (n.isEmpty())
            return std::nullopt;
        names.append(n);
    }
    return names;
}

std::optional<QString> frappeDocumentName(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    const QJsonArray list = data.toArray();
    const QJsonObject obj = data.isArray() ? (list.isEmpty() ? QJsonObject() : list.first().toObject())
                                           : data.toObject();
    const QString name = obj.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return std::nullopt;
    return name;
}

ErpNextAdapter::ErpNextAdapter(ErpNextConnection conn, HttpClient *http, QObject *parent)
    : ErpAdapter(parent), m_conn(std::move(conn)), m_http(http)
{
}

ErpNextAdapter::~ErpNextAdapter() = default;

HttpRequest ErpNextAdapter::request(const QByteArray &method, const QUrl &url) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.endpoint = connectionName();
    r.timeout = m_conn.timeout;
    r.headers = {
        {"Authorization", "token " + m_conn.apiKey.toUtf8() + ':' + m_conn.apiSecret.toUtf8()},
        {"Accept", "application/json"},
    };
    return r;
}

void ErpNextAdapter::findSalesOrder(const QString &reference, LookupCallback done)
{
    const QJsonArray filters{
        QJsonArray{m_conn.referenceField, QStringLiteral("="), reference},
        QJsonArray{QStringLiteral("docstatus"), QStringLiteral("!="), 2},
    };
    HttpRequest r = request("GET", frappeListUrl(m_conn.url, QStringLiteral("Sales Order"), filters,
                                                 {QStringLiteral("name")}, 2));
    m_http->send(std::move(r), [done = std::move(done), reference](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, FrappeContext::Lookup));
        const auto names = frappeListNames(resp.body);
        if (!names)
            return done(unreadable(resp, tr("a Sales Order look-up")));
        if (names->size() > 1)
            qCWarning(lcErpNext) << "more than one sales order for reference" << reference << *names;
        done(names->isEmpty() ? std::optional<QString>() : std::optional<QString>(names->first()));
    });
}

void ErpNextAdapter::ensureCustomer(const Customer &customer, NameCallback done)
{
    const QString key = emailKey(customer.email);
    if (key.isEmpty()) {
        SyncError e;
        e.category = ErrorCategory::Validation;
        e.code = QStringLiteral("customer_without_email");
        e.message = tr("The order's customer has no e-mail address; ERPNext customers are matched by e-mail.");
        e.hint = tr("Add a billing e-mail to the order in WooCommerce, then retry.");
        return done(e);
    }
    if (const auto it = m_customerByEmail.constFind(key); it != m_customerByEmail.constEnd())
        return done(*it);
    auto pending = m_pendingCustomers.find(key);
    if (pending != m_pendingCustomers.end()) {
        pending->append(std::move(done));
        return;
    }
    m_pendingCustomers.insert(key, {std::move(done)});

    const QJsonArray filters{QJsonArray{QStringLiteral("email_id"), QStringLiteral("="), customer.email.trimmed()}};
    HttpRequest r = request("GET", frappeListUrl(m_conn.url, QStringLiteral("Customer"), filters,
                                                 {QStringLiteral("name")}, 1));
    m_http->send(std::move(r), [this, key, customer](const HttpResponse &resp) {
        if (!resp.ok())
            return finishCustomer(key, failure(resp, FrappeContext::Lookup));
        const auto names = frappeListNames(resp.body);
        if (!names)
            return finishCustomer(key, unreadable(resp, tr("a Customer look-up")));
        if (!names->isEmpty())
            return finishCustomer(key, names->first());
        createCustomer(key, customer);
    });
}

void ErpNextAdapter::createCustomer(const QString &key, const Customer &customer)
{
    HttpRequest r = request("POST", frappeResourceUrl(m_conn.url, QStringLiteral("Customer")));
    r.idempotent = false; // an unknown outcome is resolved by the look-up on the next attempt
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(buildCustomerPayload(customer, m_conn)).toJson(QJsonDocument::Compact);
    m_http->send(std::move(r), [this, key](const HttpResponse &resp) {
        if (!resp.ok())
            return finishCustomer(key, failure(resp, FrappeContext::CreateCustomer));
        const auto name = frappeDocumentName(resp.body);
        if (!name)
            return finishCustomer(key, unreadable(resp, tr("the new Customer")));
        qCInfo(lcErpNext) << "created customer" << *name;
        finishCustomer(key, *name);
    });
}

void ErpNextAdapter::finishCustomer(const QString &key, const Result<QString> &result)
{
    if (result.ok())
        m_customerByEmail.insert(key, result.value());
    const QList<NameCallback> waiting = m_pendingCustomers.take(key);
    for (const NameCallback &cb : waiting)
        cb(result);
}

void ErpNextAdapter::createSalesOrder(const SalesOrderDraft &draft, NameCallback done)
{
    const Result<SalesOrderPayload> payload = buildSalesOrderPayload(draft, m_conn);
    if (!payload.ok())
        return done(payload.error());
    HttpRequest r = request("POST", frappeResourceUrl(m_conn.url, QStringLiteral("Sales Order")));
    r.idempotent = false; // the engine looks the order up before any retry
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(payload.value().doc).toJson(QJsonDocument::Compact);
    const QString customerName = draft.customerName;
    m_http->send(std::move(r), [this, done = std::move(done), customerName](const HttpResponse &resp) {
        if (!resp.ok()) {
            SyncError e = failure(resp, FrappeContext::CreateSalesOrder);
            if (e.groupKey == QString(QLatin1String("Customer:") + customerName)) {
                // The cached customer was deleted or renamed in ERPNext: look it up again next time.
                for (auto it = m_customerByEmail.begin(); it != m_customerByEmail.end();) {
                    it = it.value() == customerName ? m_customerByEmail.erase(it) : std::next(it);
                }
            }
            return done(e);
        }
        const QJsonObject doc = QJsonDocument::fromJson(resp.body).object().value(QLatin1String("data")).toObject();
        const QString name = doc.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return done(unreadable(resp, tr("the new Sales Order")));
        constexpr qsizetype kFreshStates = 2000;
        if (m_freshOrder.size() >= kFreshStates)
            m_freshStates.remove(m_freshOrder.takeFirst());
        m_freshStates.insert(name, FreshState{salesOrderStateFromDoc(doc), QDateTime::currentMSecsSinceEpoch()});
        m_freshOrder.append(name);
        done(name);
    });
}

} // namespace backroom
