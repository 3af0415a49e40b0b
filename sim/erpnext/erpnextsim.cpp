#include "sim/erpnext/erpnextsim.h"

#include "sim/core/simhttpserver.h"
#include "sim/erpnext/erpnextstore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace backroom::sim {

namespace {

constexpr int kHoldMs = 120000;
const QString kAfterCommit = QStringLiteral("-after-commit");

class ErpNextServer final : public SimHttpServer {
public:
    ErpNextServer(const ErpNextSim::Options &o)
        : SimHttpServer(o.faults)
        , m_store(ErpNextStore::Config{o.company, o.warehouse, o.referenceField, o.itemCodes, o.disabledItemCodes})
        , m_credentials(o.apiKey.toUtf8() + ':' + o.apiSecret.toUtf8())
        , m_lossRng(o.faults.seed ^ 0x5eedULL)
    {
    }

    ErpNextStore &store() { return m_store; }
    const ErpNextStore &store() const { return m_store; }
    void queue(const QString &kind) { m_queued.append(kind); }
    void loseNextCreateOf(const QString &doctype) { m_loseCreateOf = doctype; }
    int extraRequests() const { return m_extraRequests; }
    int lostAfterCommit() const { return m_lost; }
    void resetLossRng(quint64 seed) { m_lossRng.seed(seed ^ 0x5eedULL); }

protected:
    SimResponse handle(const SimRequest &request) override
    {
        const QByteArray auth = request.header("authorization");
        if (auth.isEmpty())
            return ErpNextStore::frappeError(403, QStringLiteral("PermissionError"),
                                             {QStringLiteral("You need to be logged in to access this resource")});
        // "token key:secret" or "Basic base64(key:secret)" (frappe.auth.validate_auth_via_api_keys)
        const qsizetype sp = auth.indexOf(' ');
        const QByteArray scheme = auth.left(sp).toLower();
        const QByteArray value = auth.mid(sp + 1).trimmed();
        const bool ok = (scheme == "token" && value == m_credentials)
            || (scheme == "basic" && QByteArray::fromBase64(value) == m_credentials);
        if (!ok)
            return authFault(request);
        return m_store.handle(request);
    }

    SimResponse authFault(const SimRequest &) override
    {
        // frappe.auth.validate_api_key_secret raises a bare AuthenticationError: 401, no message.
        return ErpNextStore::frappeError(401, QStringLiteral("AuthenticationError"), {});
    }

    SimResponse handleAdmin(const SimRequest &request) override
    {
        if (request.path == QLatin1String("/__sim/sales-orders") && request.method == "GET")
            return SimResponse::json(200, QJsonObject{{QStringLiteral("data"),
                                                       m_store.salesOrdersWithReference(request.queryValue(QStringLiteral("reference")))}});
        if (SimResponse r; handleFlowAdmin(request, &r))
            return r;
        if (request.path == QLatin1String("/__sim/bins") && request.method == "GET")
            return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), m_store.bins()}});
        if (request.path == QLatin1String("/__sim/bins") && request.method == "PUT") {
            const QJsonObject b = QJsonDocument::fromJson(request.body).object();
            const QString item = b.value(QLatin1String("item_code")).toString();
            if (item.isEmpty() || !b.value(QLatin1String("actual_qty")).isDouble())
                return SimResponse::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("item_code and a numeric actual_qty are required")}});
            const double reserved = b.value(QLatin1String("reserved_qty")).isDouble() ? b.value(QLatin1String("reserved_qty")).toDouble() : -1;
            return SimResponse::json(200, QJsonObject{{QStringLiteral("data"),
                                                       m_store.setStock(item, b.value(QLatin1String("warehouse")).toString(),
                                                                        b.value(QLatin1String("actual_qty")).toDouble(), reserved)}});
        }
        return SimHttpServer::handleAdmin(request);
    }

    bool handleFlowAdmin(const SimRequest &request, SimResponse *out)
    {
        const QStringList segs = http::segments(request.path);
        QStringList c;
        const QString star = QStringLiteral("*");
        auto error = [](int status, const QString &why) {
            return SimResponse::json(status, QJsonObject{{QStringLiteral("error"), why}});
        };
        if (request.method == "POST" && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("deliveries")})) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QHash<QString, double> lines;
            for (const QJsonValue &v : body.value(QStringLiteral("items")).toArray())
                lines.insert(v.toObject().value(QStringLiteral("item_code")).toString(),
                             v.toObject().value(QStringLiteral("qty")).toDouble());
            QString why;
            const QString name = m_store.addDelivery(body.value(QStringLiteral("sales_order")).toString(), lines,
                                                     body.value(QStringLiteral("lr_no")).toString(),
                                                     body.value(QStringLiteral("transporter_name")).toString(), &why);
            *out = name.isEmpty() ? error(400, why) : SimResponse::json(201, QJsonObject{{QStringLiteral("name"), name}});
            return true;
        }
        if (request.method == "DELETE" && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("sales-orders"), star}, &c)) {
            *out = m_store.deleteSalesOrder(c[0]) ? SimResponse::json(200, QJsonObject{{QStringLiteral("deleted"), c[0]}})
                                                  : error(404, QStringLiteral("no such sales order"));
            return true;
        }
        if (request.method == "PUT"
            && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("items"), star, QStringLiteral("projected-qty")}, &c)) {
            m_store.setProjectedQty(c[0], request.queryValue(QStringLiteral("qty")).toDouble());
            *out = SimResponse::json(200, QJsonObject{{QStringLiteral("item_code"), c[0]}});
            return true;
        }
        if (request.method == "GET" && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("credit-notes")})) {
            *out = SimResponse::json(200, QJsonObject{{QStringLiteral("data"), m_store.returnInvoices()}});
            return true;
        }
        return false;
    }

    QJsonObject adminStats() const override
    {
        QJsonObject o = countersJson();
        o.insert(QStringLiteral("requests"), double(counters().requests + m_extraRequests));
        o.insert(QStringLiteral("salesOrders"), m_store.submittedSalesOrders());
        o.insert(QStringLiteral("duplicateReferences"), m_store.duplicateReferences());
        o.insert(QStringLiteral("customers"), m_store.customerCount());
        o.insert(QStringLiteral("lostAfterCommit"), m_lost);
        o.insert(QStringLiteral("cancelledSalesOrders"), m_store.cancelledSalesOrders());
        o.insert(QStringLiteral("creditNotes"), int(m_store.returnInvoices().size()));
        return o;
    }

    bool handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket) override
    {
        const QString path = httpRequest.url().path();
        QString kind;
        if (!path.startsWith(QLatin1String("/__sim/"))) {
            if (!m_loseCreateOf.isEmpty() && httpRequest.method() == QHttpServerRequest::Method::Post
                && QUrl::fromPercentEncoding(path.toUtf8()) == QStringLiteral("/api/resource/") + m_loseCreateOf) {
                kind = QStringLiteral("reset") + kAfterCommit;
                m_loseCreateOf.clear();
            } else if (!m_queued.isEmpty()) {
                kind = m_queued.takeFirst();
            } else if (httpRequest.method() == QHttpServerRequest::Method::Post
                       && path.startsWith(QLatin1String("/api/resource/")) && lossDue()) {
                const FaultSpec f = faults();
                const QStringList lossKinds{QStringLiteral("timeout"), QStringLiteral("reset")};
                QStringList present;
                for (const QString &k : lossKinds) {
                    if (f.kinds.contains(k))
                        present << k;
                }
                kind = m_lossRng.pick(present) + kAfterCommit;
            }
        }
        if (kind.isEmpty())
            return SimHttpServer::handleRequest(httpRequest, socket);

        ++m_extraRequests;
        const SimRequest request = toRequest(httpRequest);
        const bool after = kind.endsWith(kAfterCommit);
        if (after)
            kind.chop(kAfterCommit.size());
        SimResponse response;
        if (after || kind == QLatin1String("truncate")) {
            response = handle(request);
            if (after && ErpNextStore::isCreate(request) && response.status == 200)
                ++m_lost;
        }
        if (kind == QLatin1String("timeout")) {
            QTimer::singleShot(kHoldMs, socket, [socket] { socket->abort(); });
        } else if (kind == QLatin1String("reset")) {
            const qintptr fd = socket->socketDescriptor();
            if (fd >= 0) {
                struct linger lin {1, 0};
                ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof(lin));
            }
            socket->abort();
        } else if (kind == QLatin1String("truncate")) {
            response.body.truncate(response.body.size() / 2);
            write(socket, response);
        } else if (kind == QLatin1String("auth")) {
            write(socket, authFault(request));
        } else {
            write(socket, http::faultResponse(kind));
        }
        return true;
    }

private:
    bool lossDue()
    {
        const FaultSpec f = faults();
        if (f.rate <= 0.0 || !(f.kinds.contains(QStringLiteral("timeout")) || f.kinds.contains(QStringLiteral("reset"))))
            return false;
        return m_lossRng.chance(f.rate / 2.0);
    }

    static SimRequest toRequest(const QHttpServerRequest &httpRequest)
    {
        SimRequest r;
        static const QHash<QHttpServerRequest::Method, QByteArray> names{
            {QHttpServerRequest::Method::Get, "GET"}, {QHttpServerRequest::Method::Post, "POST"},
            {QHttpServerRequest::Method::Put, "PUT"}, {QHttpServerRequest::Method::Delete, "DELETE"}};
        r.method = names.value(httpRequest.method(), "OTHER");
        const QUrl url = httpRequest.url();
        r.path = url.path();
        r.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
        r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
        r.query = http::parseQuery(r.rawQuery);
        for (const auto &h : httpRequest.headers())
            r.headers.insert(h.first.toLower(), h.second);
        r.body = httpRequest.body();
        return r;
    }

    static void write(QTcpSocket *socket, const SimResponse &response)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + http::reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType
            + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: keep-alive\r\n";
        for (const auto &h : response.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
    }

    ErpNextStore m_store;
    QByteArray m_credentials;
    SimRng m_lossRng;
    QStringList m_queued;
    QString m_loseCreateOf;
    int m_extraRequests = 0;
    int m_lost = 0;
};

} // namespace

struct ErpNextSim::Private {
    explicit Private(const Options &o) : server(o) {}
    ErpNextServer server;
};

ErpNextSim::ErpNextSim(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(options))
{
    d->server.setParent(nullptr);
}

ErpNextSim::~ErpNextSim() = default;

quint16 ErpNextSim::listen(const QHostAddress &address, quint16 port)
{
    return d->server.start(address, port);
}

QUrl ErpNextSim::url() const
{
    return d->server.url();
}

ErpNextStats ErpNextSim::stats() const
{
    ErpNextStats s;
    s.salesOrders = d->server.store().submittedSalesOrders();
    s.duplicateReferences = d->server.store().duplicateReferences();
    s.customers = d->server.store().customerCount();
    s.requests = int(d->server.counters().requests) + d->server.extraRequests();
    s.lostAfterCommit = d->server.lostAfterCommit();
    return s;
}

void ErpNextSim::setFaults(const FaultSpec &faults)
{
    d->server.setFaults(faults);
    d->server.resetLossRng(faults.seed);
}

void ErpNextSim::queueFault(const QString &kind)
{
    d->server.queue(kind);
}

QString ErpNextSim::addCustomer(const QString &customerName, const QString &email)
{
    return d->server.store().addCustomer(customerName, email);
}

void ErpNextSim::setItem(const QString &itemCode, bool disabled)
{
    d->server.store().setItem(itemCode, disabled);
}

QJsonArray ErpNextSim::salesOrdersWithReference(const QString &reference) const
{
    return d->server.store().salesOrdersWithReference(reference);
}

QString ErpNextSim::addDelivery(const QString &salesOrder, const QHash<QString, double> &lines,
                                const QString &trackingNumber, const QString &carrier)
{
    return d->server.store().addDelivery(salesOrder, lines, trackingNumber, carrier);
}

bool ErpNextSim::deleteSalesOrder(const QString &name)
{
    return d->server.store().deleteSalesOrder(name);
}

void ErpNextSim::setProjectedQty(const QString &itemCode, double qty)
{
    d->server.store().setProjectedQty(itemCode, qty);
}

QJsonObject ErpNextSim::salesOrder(const QString &name) const
{
    return d->server.store().salesOrder(name);
}

QJsonArray ErpNextSim::creditNotes() const
{
    return d->server.store().returnInvoices();
}

void ErpNextSim::loseNextCreateOf(const QString &doctype)
{
    d->server.loseNextCreateOf(doctype);
}

int ErpNextSim::cancelledSalesOrders() const
{
    return d->server.store().cancelledSalesOrders();
}

void ErpNextSim::setStock(const QString &itemCode, double actual, const QString &warehouse, double reserved)
{
    d->server.store().setStock(itemCode, warehouse, actual, reserved);
}

QJsonArray ErpNextSim::bins() const
{
    return d->server.store().bins();
}

double ErpNextSim::available(const QString &itemCode, const QStringList &warehouses) const
{
    double sum = 0;
    for (const QJsonValue &v : d->server.store().bins()) {
        const QJsonObject b = v.toObject();
        if (b.value(QLatin1String("item_code")).toString() != itemCode)
            continue;
        if (!warehouses.isEmpty() && !warehouses.contains(b.value(QLatin1String("warehouse")).toString()))
            continue;
        sum += b.value(QLatin1String("actual_qty")).toDouble() - b.value(QLatin1String("reserved_qty")).toDouble();
    }
    return sum;
}

} // namespace backroom::sim
