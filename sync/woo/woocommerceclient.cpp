#include "sync/woo/woocommerceclient.h"

#include "sync/core/clock.h"
#include "sync/woo/woocommerceclient_p.h"

#include <QLoggingCategory>

namespace backroom {

using namespace woodetail;

namespace {
Q_LOGGING_CATEGORY(lcWoo, "backroom.sync.woo", QtWarningMsg)
} // namespace


WooCommerceClient::WooCommerceClient(WooConnection connection, HttpClient *http, Clock *clock,
                                     QObject *parent)
    : StoreClient(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->conn = std::move(connection);
    d->http = http;
    d->clock = clock ? clock : SystemClock::instance();
    d->name = QStringLiteral("woocommerce:") + d->conn.storeId;
    const Status valid = validate(d->conn);
    if (!valid.ok()) {
        d->configError = valid.error();
    } else if (!d->conn.caFile.isEmpty()) {
        const Status ca = http->setCaFile(d->name, d->conn.caFile);
        if (!ca.ok())
            d->configError = ca.error();
    }
    const auto mode = wooAuthModeFromName(d->conn.auth).value_or(WooAuthMode::Basic);
    d->auth = std::make_unique<WooAuth>(mode, d->conn.consumerKey, d->conn.consumerSecret, d->clock,
                                        d->conn.oauthPlacement == QLatin1String("header")
                                            ? OAuthPlacement::Header
                                            : OAuthPlacement::Query);
    if (d->configError)
        qCWarning(lcWoo).noquote() << d->name << d->configError->summary();
}

WooCommerceClient::~WooCommerceClient() = default;

Status WooCommerceClient::validate(const WooConnection &c)
{
    const QString hintUrl = QStringLiteral("Set woocommerce.url to the store's address, e.g. "
                                           "https://shop.example.com.");
    if (c.storeId.isEmpty())
        return validationError(QStringLiteral("missing_store_id"), QStringLiteral("the store has no id"),
                               QStringLiteral("Give every store an \"id\"."));
    if (!c.url.isValid() || c.url.host().isEmpty()
        || (c.url.scheme() != QLatin1String("http") && c.url.scheme() != QLatin1String("https")))
        return validationError(QStringLiteral("bad_url"),
                               QStringLiteral("woocommerce.url \"%1\" is not an http(s) URL")
                                   .arg(c.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                               hintUrl);
    const auto mode = wooAuthModeFromName(c.auth);
    if (!mode)
        return validationError(QStringLiteral("bad_auth"),
                               QStringLiteral("woocommerce.auth \"%1\" is not basic, query or oauth1").arg(c.auth),
                               QStringLiteral("Set woocommerce.auth to basic (HTTPS), query (HTTPS) "
                                              "or oauth1 (plain HTTP)."));
    if (c.consumerKey.isEmpty() || c.consumerSecret.isEmpty())
        return validationError(QStringLiteral("missing_keys"),
                               QStringLiteral("woocommerce.consumer_key and consumer_secret are required"),
                               QStringLiteral("Create a REST API key in WooCommerce → Settings → "
                                              "Advanced → REST API and set both values."));
    if (Status t = checkWooAuthTransport(*mode, c.url); !t.ok())
        return t;
    if (*mode == WooAuthMode::OAuth1 && !wooSecretIsOAuthSafe(c.consumerSecret))
        return validationError(QStringLiteral("bad_secret"),
                               QStringLiteral("woocommerce.consumer_secret has characters OAuth 1.0a "
                                              "cannot sign the way WooCommerce checks them"),
                               QStringLiteral("Use the key pair exactly as WooCommerce generated it "
                                              "(cs_ followed by letters and digits)."));
    if (c.oauthPlacement != QLatin1String("query") && c.oauthPlacement != QLatin1String("header"))
        return validationError(QStringLiteral("bad_oauth_placement"),
                               QStringLiteral("OAuth placement \"%1\" is not query or header").arg(c.oauthPlacement),
                               QStringLiteral("Use query or header."));
    if (c.timeout.count() <= 0)
        return validationError(QStringLiteral("bad_timeout"), QStringLiteral("the timeout must be positive"),
                               QStringLiteral("Set a timeout in milliseconds, e.g. 30000."));
    return okStatus();
}

QString WooCommerceClient::connectionName() const
{
    return d->name;
}

void WooCommerceClient::listOrders(const OrderListQuery &query, Callback<OrderPage> done)
{
    if (const QString problem = wooOrderListQueryProblem(query); !problem.isEmpty()) {
        SyncError e = validationError(QStringLiteral("bad_query"), problem,
                                      QStringLiteral("This is a bug in the caller's query."));
        QMetaObject::invokeMethod(this, [done, e] { done(Result<OrderPage>(e)); }, Qt::QueuedConnection);
        return;
    }
    d->send(d->request("GET", QStringLiteral("/orders"), wooOrderListParams(query)),
            [done](const HttpResponse &r) {
                if (!r.ok())
                    return Private::fail(done, r);
                SyncError e;
                const auto doc = parseJson(r, true, &e);
                if (!doc)
                    return done(Result<OrderPage>(e));
                OrderPage page;
                page.orders = doc->array();
                page.total = headerInt(r, "X-WP-Total");
                page.totalPages = headerInt(r, "X-WP-TotalPages");
                done(Result<OrderPage>(std::move(page)));
            });
}

void WooCommerceClient::getOrder(qint64 id, Callback<QJsonObject> done)
{
    d->send(d->request("GET", QStringLiteral("/orders/%1").arg(id)), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        SyncError e;
        const auto doc = parseJson(r, false, &e);
        if (!doc)
            return done(Result<QJsonObject>(e));
        done(Result<QJsonObject>(doc->object()));
    });
}

void WooCommerceClient::updateOrders(const QList<OrderUpdate> &updates,
                                     Callback<QList<BatchItemResult>> done)
{
    if (updates.isEmpty() || updates.size() > 100) {
        Result<QList<BatchItemResult>> res = QList<BatchItemResult>{};
        if (!updates.isEmpty())
            res = validationError(QStringLiteral("batch_too_large"),
                                  QStringLiteral("%1 updates in one batch; the limit is 100").arg(updates.size()),
                                  QStringLiteral("Split the batch."));
        QMetaObject::invokeMethod(this, [done, res] { done(res); }, Qt::QueuedConnection);
        return;
    }
    QJsonArray items;
    for (const OrderUpdate &u : updates) {
        QJsonObject o = u.fields;
        o.insert(QStringLiteral("id"), u.id);
        items.append(o);
    }
    HttpRequest req = d->request("POST", QStringLiteral("/orders/batch"));
    d->withJsonBody(req, QJsonObject{{QStringLiteral("update"), items}});
    req.idempotent = true; // field merges by id: repeating them changes nothing
    d->send(std::move(req), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        SyncError e;
        const std::optional<QJsonArray> update = batchUpdates(r, &e);
        if (!update)
            return done(Result<QList<BatchItemResult>>(e));
        QList<BatchItemResult> results;
        for (const QJsonValue &v : *update) {
            const QJsonObject item = v.toObject();
            BatchItemResult br;
            br.id = item.value(QLatin1String("id")).toInteger();
            if (item.value(QLatin1String("error")).isObject()) {
                SyncError ie = wooErrorFromObject(item.value(QLatin1String("error")).toObject(), 400);
                ie.requestId = r.correlationId;
                br.error = std::move(ie);
            } else {
                br.order = item;
            }
            results.append(std::move(br));
        }
        done(Result<QList<BatchItemResult>>(std::move(results)));
    });
}

void WooCommerceClient::addOrderNote(qint64 orderId, const QString &note, bool customerNote,
                                     Callback<qint64> done)
{
    HttpRequest req = d->request("POST", QStringLiteral("/orders/%1/notes").arg(orderId));
    d->withJsonBody(req, QJsonObject{{QStringLiteral("note"), note},
                                     {QStringLiteral("customer_note"), customerNote}});
    req.idempotent = false;
    d->send(std::move(req), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        SyncError e;
        const auto doc = parseJson(r, false, &e);
        if (!doc)
            return done(Result<qint64>(e));
        const QJsonValue id = doc->object().value(QLatin1String("id"));
        if (!id.isDouble())
            return done(Result<qint64>(badBody(r, QStringLiteral("no note id"))));
        done(Result<qint64>(id.toInteger()));
    });
}

void WooCommerceClient::listOrderNotes(qint64 orderId, Callback<QStringList> done)
{
    d->send(d->request("GET", QStringLiteral("/orders/%1/notes").arg(orderId)), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        SyncError e;
        const auto doc = parseJson(r, true, &e);
        if (!doc)
            return done(Result<QStringList>(e));
        QStringList notes;
        for (const QJsonValue &v : doc->array())
            notes << v.toObject().value(QLatin1String("note")).toString();
        done(Result<QStringList>(notes));
    });
}

} // namespace backroom

namespace backroom {

void WooCommerceClient::listRefunds(qint64 orderId, Callback<QList<StoreRefund>> done)
{
    // Not paginated in practice (per_page 100 covers any real order's refunds).
    d->send(d->request("GET", QStringLiteral("/orders/%1/refunds").arg(orderId),
                       {{QStringLiteral("per_page"), QStringLiteral("100")}}),
            [done](const HttpResponse &r) {
                if (!r.ok())
                    return Private::fail(done, r);
                SyncError e;
                const auto doc = parseJson(r, true, &e);
                if (!doc)
                    return done(Result<QList<StoreRefund>>(e));
                done(parseWooRefunds(doc->array()));
            });
}

void WooCommerceClient::setOrderStatus(qint64 orderId, const QString &status, Callback<QJsonObject> done)
{
    HttpRequest req = d->request("PUT", QStringLiteral("/orders/%1").arg(orderId));
    d->withJsonBody(req, QJsonObject{{QStringLiteral("status"), status}});
    req.idempotent = true; // setting the same status twice changes nothing
    d->send(std::move(req), [done](const HttpResponse &r) {
        if (!r.ok())
            return Private::fail(done, r);
        SyncError e;
        const auto doc = parseJson(r, false, &e);
        if (!doc)
            return done(Result<QJsonObject>(e));
        done(Result<QJsonObject>(doc->object()));
    });
}

} // namespace backroom
