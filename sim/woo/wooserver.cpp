#include "sim/woo/wooserver.h"

#include "sim/woo/wooformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace backroom::sim::woo {

namespace {

const QString kPrefix = QStringLiteral("/wp-json/wc/v3/");

bool isInt(const QString &s)
{
    if (s.isEmpty() || s.size() > 9)
        return false;
    for (const QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QByteArray apiRootLink(const QString &baseUrl)
{
    return "<" + baseUrl.toUtf8() + "/wp-json/>; rel=\"https://api.w.org/\"";
}

WooServer::WooServer(QList<WooCredentials> keys, WooStore *store, const FaultSpec &faults, QObject *parent)
    : SimHttpServer(faults, parent)
    , m_keys(std::move(keys))
    , m_store(store)
{
}

qint64 WooServer::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

WooServer::Auth WooServer::authenticate(const SimRequest &request)
{
    Auth auth;
    // 1. "Basic" authentication (WooCommerce tries it only over HTTPS; see WooSim): query-string
    //    keys first, then the Authorization header.
    QString key = request.queryValue(QStringLiteral("consumer_key"));
    QString secret = request.queryValue(QStringLiteral("consumer_secret"));
    if (key.isEmpty() || secret.isEmpty()) {
        key.clear();
        const QByteArray header = request.header(QByteArrayLiteral("authorization"));
        if (header.startsWith("Basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            if (colon > 0) {
                key = QString::fromUtf8(decoded.left(colon));
                secret = QString::fromUtf8(decoded.mid(colon + 1));
            }
        }
    }
    if (!key.isEmpty()) {
        for (const WooCredentials &c : m_keys) {
            if (c.key != key)
                continue;
            if (c.secret != secret) {
                auth.error = wpError(401, QStringLiteral("woocommerce_rest_authentication_error"),
                                     QStringLiteral("Consumer secret is invalid."));
                return auth;
            }
            auth.who = &c;
            return auth;
        }
        // An unknown key sets no error: the permission check answers later.
    }
    // 2. OAuth 1.0a one-legged.
    const QByteArray base = url().toString(QUrl::RemovePath | QUrl::RemoveQuery).toUtf8();
    const auto result = m_oauth.verify(request, base, now(), [this](const QString &k) -> std::optional<QByteArray> {
        for (const WooCredentials &c : m_keys)
            if (c.key == k)
                return c.secret.toUtf8();
        return std::nullopt;
    });
    if (result.outcome == WooOAuthVerifier::Outcome::Failed) {
        auth.error = wpError(401, result.code, result.message);
    } else if (result.outcome == WooOAuthVerifier::Outcome::Ok) {
        for (const WooCredentials &c : m_keys)
            if (c.key == result.consumerKey)
                auth.who = &c;
    }
    return auth;
}

SimResponse WooServer::noRoute()
{
    return wpError(404, QStringLiteral("rest_no_route"),
                   QStringLiteral("No route was found matching the URL and request method."));
}

SimResponse WooServer::notAllowed(Kind kind)
{
    switch (kind) {
    case Kind::List:
        return wpError(401, QStringLiteral("woocommerce_rest_cannot_view"), QStringLiteral("Sorry, you cannot list resources."));
    case Kind::Read:
        return wpError(401, QStringLiteral("woocommerce_rest_cannot_view"), QStringLiteral("Sorry, you cannot view this resource."));
    case Kind::Edit:
        return wpError(401, QStringLiteral("woocommerce_rest_cannot_edit"), QStringLiteral("Sorry, you are not allowed to edit this resource."));
    case Kind::Create:
        return wpError(401, QStringLiteral("woocommerce_rest_cannot_create"), QStringLiteral("Sorry, you are not allowed to create resources."));
    case Kind::Delete:
        return wpError(401, QStringLiteral("woocommerce_rest_cannot_delete"), QStringLiteral("Sorry, you are not allowed to delete this resource."));
    case Kind::Batch:
        break;
    }
    return wpError(401, QStringLiteral("woocommerce_rest_cannot_batch"), QStringLiteral("Sorry, you are not allowed to batch manipulate this resource."));
}

SimResponse WooServer::finish(SimResponse r, const QByteArray &allow) const
{
    bool hasLink = false;
    for (const auto &h : r.headers)
        hasLink = hasLink || h.first == "Link";
    if (!hasLink)
        r.header("Link", apiRootLink(m_store->baseUrl()));
    if (!allow.isEmpty() && r.status != 401)
        r.header("Allow", allow);
    return r;
}

SimResponse WooServer::handle(const SimRequest &request)
{
    if (!request.path.startsWith(kPrefix))
        return finish(noRoute(), {});
    const QStringList segs = http::segments(request.path.mid(kPrefix.size()));
    const Auth auth = authenticate(request);
    return dispatch(request, segs, auth);
}

SimResponse WooServer::dispatch(const SimRequest &request, const QStringList &segs, const Auth &auth)
{
    const QByteArray &m = request.method;
    const bool get = m == "GET" || m == "HEAD";
    const bool write = m == "POST" || m == "PUT" || m == "PATCH";
    const bool del = m == "DELETE";

    // Resolve the route first (WordPress answers rest_no_route before permission checks).
    Kind kind = Kind::Read;
    QByteArray allow;
    std::function<SimResponse()> handler;
    QStringList c;
    const QString star = QStringLiteral("*");
    if (http::match(segs, {QStringLiteral("orders")})) {
        allow = "GET, POST";
        if (get) { kind = Kind::List; handler = [&] { return listOrders(request); }; }
    } else if (http::match(segs, {QStringLiteral("orders"), QStringLiteral("batch")})) {
        allow = "POST, PUT, PATCH";
        if (write) { kind = Kind::Batch; handler = [&] { return batchOrders(request); }; }
    } else if (http::match(segs, {QStringLiteral("orders"), star}, &c) && isInt(c[0])) {
        allow = "GET, POST, PUT, PATCH, DELETE";
        const int id = c[0].toInt();
        if (get) { kind = Kind::Read; handler = [this, id, &request] { return getOrder(request, id); }; }
        else if (write) { kind = Kind::Edit; handler = [this, id, &request] { return updateOrder(request, id); }; }
        else if (del) { kind = Kind::Delete; handler = [this, id] { return deleteOrder(id); }; }
    } else if (http::match(segs, {QStringLiteral("orders"), star, QStringLiteral("notes")}, &c) && isInt(c[0])) {
        allow = "GET, POST";
        const int id = c[0].toInt();
        if (get) { kind = Kind::List; handler = [this, id] { return listNotes(id); }; }
        else if (m == "POST") { kind = Kind::Create; handler = [this, id, &request] { return createNote(request, id); }; }
    } else if (http::match(segs, {QStringLiteral("orders"), star, QStringLiteral("refunds")}, &c) && isInt(c[0])) {
        allow = "GET, POST";
        const int id = c[0].toInt();
        if (get) { kind = Kind::List; handler = [this, id] { return listRefunds(id); }; }
        else if (m == "POST") { kind = Kind::Create; handler = [this, id, &request] { return createRefund(request, id); }; }
    } else if (http::match(segs, {QStringLiteral("products")})) {
        allow = "GET, POST";
        if (get) { kind = Kind::List; handler = [&] { return listProducts(request); }; }
    } else if (http::match(segs, {QStringLiteral("products"), QStringLiteral("batch")})) {
        allow = "POST, PUT, PATCH";
        if (write) { kind = Kind::Batch; handler = [&] { return batchStock(request, 0); }; }
    } else if (http::match(segs, {QStringLiteral("products"), star, QStringLiteral("variations"), QStringLiteral("batch")}, &c)
               && isInt(c[0])) {
        allow = "POST, PUT, PATCH";
        const int id = c[0].toInt();
        if (write) { kind = Kind::Batch; handler = [this, id, &request] { return batchStock(request, id); }; }
    } else if (http::match(segs, {QStringLiteral("products"), star}, &c) && isInt(c[0])) {
        allow = "GET, POST, PUT, PATCH, DELETE";
        const int id = c[0].toInt();
        if (get) { kind = Kind::Read; handler = [this, id] { return getProduct(id); }; }
    } else if (http::match(segs, {QStringLiteral("products"), star, QStringLiteral("variations")}, &c) && isInt(c[0])) {
        allow = "GET, POST";
        const int id = c[0].toInt();
        if (get) { kind = Kind::List; handler = [this, id, &request] { return listVariations(request, id); }; }
    } else if (http::match(segs, {QStringLiteral("customers")})) {
        allow = "GET, POST";
        if (get) { kind = Kind::List; handler = [&] { return listCustomers(request); }; }
    }

    if (auth.error)
        return finish(*auth.error, {});
    if (!handler)
        return finish(noRoute(), {});
    if (!auth.who)
        return finish(notAllowed(kind), allow);
    if (!get && !auth.who->write)
        return finish(wpError(401, QStringLiteral("woocommerce_rest_authentication_error"),
                              QStringLiteral("The API key provided does not have write permissions.")), {});
    return finish(handler(), allow);
}

SimResponse WooServer::authFault(const SimRequest &)
{
    return finish(wpError(401, QStringLiteral("woocommerce_rest_authentication_error"),
                          QStringLiteral("Consumer secret is invalid.")), {});
}

bool WooServer::applyShift(const SimRequest &request)
{
    if (request.method != "GET" || request.path != kPrefix + QStringLiteral("orders"))
        return false;
    if (request.queryValue(QStringLiteral("page")).toInt() <= 1 && request.queryValue(QStringLiteral("offset")).toInt() <= 0)
        return false;
    // Rows move between pages: a new order appears (shifts id/date-sorted listings) and an
    // existing one is modified (moves in modified-sorted listings).
    const qint64 t = now();
    m_store->addOrders(1, t);
    const QList<int> ids = m_store->orders().keys();
    if (OrderRecord *o = m_store->find(ids.at(m_shiftRng.bounded(int(ids.size())))))
        m_store->touch(*o, t);
    return true;
}

QJsonObject WooServer::statsJson() const
{
    int withRef = 0;
    for (const OrderRecord &o : m_store->orders()) {
        for (const QJsonValue &v : o.data.value(QStringLiteral("meta_data")).toArray())
            if (v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("_backroom_erp_ref")) {
                ++withRef;
                break;
            }
    }
    QJsonObject perOrder;
    int several = 0, notes = 0;
    for (auto it = m_apiNotes.cbegin(); it != m_apiNotes.cend(); ++it) {
        perOrder.insert(QString::number(it.key()), it.value());
        notes += it.value();
        several += it.value() > 1 ? 1 : 0;
    }
    QJsonObject s = countersJson();
    s.insert(QStringLiteral("orders"), int(m_store->orders().size()));
    s.insert(QStringLiteral("orders_with_erp_ref"), withRef);
    s.insert(QStringLiteral("api_notes"), notes);
    s.insert(QStringLiteral("api_notes_per_order"), perOrder);
    s.insert(QStringLiteral("orders_with_several_api_notes"), several);
    s.insert(QStringLiteral("api_refunds"), m_apiRefunds);
    s.insert(QStringLiteral("stock_batches"), m_stockBatches);
    s.insert(QStringLiteral("stock_items_written"), m_stockItemsWritten);
    return s;
}

QJsonObject WooServer::adminStats() const
{
    return statsJson();
}

SimResponse WooServer::handleAdmin(const SimRequest &request)
{
    const QStringList segs = http::segments(request.path);
    QStringList c;
    const QString star = QStringLiteral("*");
    if (request.method == "POST" && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("orders")})) {
        const int count = request.hasQuery(QStringLiteral("count")) ? request.queryValue(QStringLiteral("count")).toInt() : 1;
        if (count < 1 || count > 100000)
            return SimResponse::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("count must be 1..100000")}});
        QJsonArray ids;
        for (int id : m_store->addOrders(count, now()))
            ids.append(id);
        return SimResponse::json(201, QJsonObject{{QStringLiteral("ids"), ids}});
    }
    if (std::optional<SimResponse> r = flowAdmin(request, segs))
        return *r;
    if (request.method == "POST" && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("orders"), star, star}, &c)) {
        OrderRecord *o = m_store->find(c[0].toInt());
        if (!o)
            return SimResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such order")}});
        if (c[1] == QLatin1String("touch"))
            m_store->touch(*o, now());
        else if (c[1] == QLatin1String("silent-edit"))
            m_store->silentEdit(*o);
        else
            return SimResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown action")}});
        return SimResponse::rawJson(200, m_store->renderBytes(*o));
    }
    if (request.method == "POST" && http::match(segs, {QStringLiteral("__sim"), QStringLiteral("products"), star, star}, &c)) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (c[1] == QLatin1String("stock") && body.value(QLatin1String("stock_quantity")).isDouble()) {
            if (!setStockByHand(c[0].toInt(), body.value(QLatin1String("stock_quantity")).toInt()))
                return SimResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such product, or its stock is not managed")}});
        } else if (c[1] == QLatin1String("fail-stock-write")) {
            failStockWrites(c[0].toInt(), body.value(QLatin1String("fail")).toBool(true));
        } else {
            return SimResponse::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown action or missing stock_quantity")}});
        }
        return SimResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    return SimHttpServer::handleAdmin(request);
}

} // namespace backroom::sim::woo
