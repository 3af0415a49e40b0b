#pragma once

#include "sync/woo/storeclient.h"

#include <QUrl>

#include <chrono>
#include <memory>

namespace backroom {

class Clock;
class HttpClient;

struct WooConnection {
    QString storeId;
    QUrl url;              // the store's home URL, e.g. https://shop.example.com
    QString auth;          // basic | query | oauth1
    QString consumerKey;
    QString consumerSecret;
    QString caFile;        // empty: the system CA store
    std::chrono::milliseconds timeout{30000};
    QString oauthPlacement = QStringLiteral("query"); // oauth1 only: query | header
};

// StoreClient over WooCommerce REST wc/v3 (woocommerce-api.md). Every call answers exactly
// once, asynchronously, on the HttpClient's thread.
//  - listOrders: GET /orders; X-WP-Total/X-WP-TotalPages; a body that is not a complete JSON
//    array is transient.remote "truncated or non-JSON body" (never half-used).
//  - getOrder: GET /orders/<id>.
//  - updateOrders: POST /orders/batch {update:[...]}; per-item errors come back inline with
//    HTTP 200. Retried inside the HttpClient on transient failures like a PUT: a batch of field
//    merges (status, meta_data by key) is idempotent — never put id-less line items in it.
//  - addOrderNote: POST /orders/<id>/notes; a create, never retried here.
class WooCommerceClient final : public StoreClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WooCommerceClient)
public:
    WooCommerceClient(WooConnection connection, HttpClient *http, Clock *clock,
                      QObject *parent = nullptr);
    ~WooCommerceClient() override;

    // A configuration check with one clear sentence: missing id/URL/keys, unknown auth mode,
    // basic/query over plain http:// to a non-loopback host, a secret OAuth cannot sign.
    static Status validate(const WooConnection &connection);

    QString connectionName() const override; // "woocommerce:<store id>"

    void listOrders(const OrderListQuery &query, Callback<OrderPage> done) override;
    void getOrder(qint64 id, Callback<QJsonObject> done) override;
    void updateOrders(const QList<OrderUpdate> &updates, Callback<QList<BatchItemResult>> done) override;
    void addOrderNote(qint64 orderId, const QString &note, bool customerNote,
                      Callback<qint64> done) override;
    void listOrderNotes(qint64 orderId, Callback<QStringList> done) override;
    // woocatalogueclient.cpp
    void listProducts(int page, int perPage, Callback<CataloguePage> done) override;
    void listVariations(qint64 productId, int page, int perPage, Callback<CataloguePage> done) override;
    void listRefunds(qint64 orderId, Callback<QList<StoreRefund>> done) override;
    void setOrderStatus(qint64 orderId, const QString &status, Callback<QJsonObject> done) override;
    void updateStock(qint64 parentId, const QList<StockUpdate> &updates,
                     Callback<QList<StockWriteResult>> done) override; // woostockclient.cpp

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom
