#pragma once

#include "sync/core/syncerror.h"
#include "sync/woo/storerefund.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace backroom {

// One page of an order listing, as the store returned it.
struct OrderPage {
    QJsonArray orders;   // raw order objects
    int total = -1;      // X-WP-Total, -1 if absent
    int totalPages = -1; // X-WP-TotalPages, -1 if absent
};

struct OrderListQuery {
    QString modifiedAfterGmt;   // naive UTC "2026-11-22T17:50:30"; empty: no filter
    QStringList statuses;       // empty: any (sent comma-separated, never as status[])
    QString orderBy = QStringLiteral("modified"); // modified | id | date
    QString order = QStringLiteral("asc");
    int page = 1;
    int perPage = 100;          // 1..100
    QStringList fields;         // _fields: only these top-level keys (empty: whole orders)
    QList<qint64> include;      // only these order ids (empty: no filter)
};

// One update of a batch: order id and the fields to merge.
struct OrderUpdate {
    qint64 id = 0;
    QJsonObject fields;         // e.g. {"meta_data":[{"key":"_backroom_erp_ref","value":"SAL-ORD-0001"}]}
};

struct BatchItemResult {
    qint64 id = 0;
    std::optional<SyncError> error; // per-item error reported inline with HTTP 200
    QJsonObject order;              // the updated order as the store returned it
};

// A product or a variation, as the stock flow and the mapping editors see it.
struct CatalogueItem {
    qint64 id = 0;               // product or variation id
    qint64 parentId = 0;         // the product of a variation; 0 for a product
    QString sku;                 // may be empty
    QString name;
    QString type;                // simple | variable | grouped | external | variation
    QString status;              // publish | draft | private | pending
    bool manageStock = false;    // WooCommerce ignores stock_quantity when false
    std::optional<double> stockQuantity; // null unless stock is managed
    QList<qint64> variationIds;  // of a variable product
};

struct CataloguePage {
    QList<CatalogueItem> items;
    int total = -1;              // X-WP-Total, -1 if absent
    int totalPages = -1;         // X-WP-TotalPages, -1 if absent
};

// What the engine needs from a store. WooCommerceClient implements it over wc/v3.
class StoreClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    using QObject::QObject;
    ~StoreClient() override = default;

    virtual QString connectionName() const = 0; // "woocommerce:<store id>"

    virtual void listOrders(const OrderListQuery &query, Callback<OrderPage> done) = 0;
    virtual void getOrder(qint64 id, Callback<QJsonObject> done) = 0;
    // POST /orders/batch with up to 100 updates.
    virtual void updateOrders(const QList<OrderUpdate> &updates, Callback<QList<BatchItemResult>> done) = 0;
    // GET /orders/<id>/notes: the text of every note (not paginated by WooCommerce).
    virtual void listOrderNotes(qint64 orderId, Callback<QStringList> done) = 0;
    // POST /orders/<id>/notes.
    virtual void addOrderNote(qint64 orderId, const QString &note, bool customerNote,
                              Callback<qint64> done) = 0;

    // --- catalogue: products and variations --------------------------------------------------
    // GET /products (only the fields of CatalogueItem), ordered by id.
    virtual void listProducts(int page, int perPage, Callback<CataloguePage> done) = 0;
    // GET /products/<id>/variations, ordered by id.
    virtual void listVariations(qint64 productId, int page, int perPage, Callback<CataloguePage> done) = 0;

    // --- stock flow (ERP -> store): products and variations -------------------------------
    // One stock write: the product or variation id and the absolute quantity.
    struct StockUpdate {
        qint64 id = 0;
        qint64 quantity = 0;
    };
    // What the store answered for one item of a stock batch.
    struct StockWriteResult {
        qint64 id = 0;
        std::optional<SyncError> error;      // per-item error reported inline with HTTP 200
        bool manageStock = false;            // false: WooCommerce ignored stock_quantity
        std::optional<double> stockQuantity; // the quantity the store holds now (null: unmanaged)
    };
    // POST /products/batch (parentId 0) or /products/<parentId>/variations/batch with
    // {"update":[{"id":..,"stock_quantity":..}]}; at most 100 updates.
    virtual void updateStock(qint64 parentId, const QList<StockUpdate> &updates,
                             Callback<QList<StockWriteResult>> done) = 0;

    // --- order flows after posting: status, refunds ----------------------------------------
    // GET /orders/<id>/refunds: every refund of the order, lines included. Backroom only reads
    // refunds; it never creates one (a REST refund with api_refund true moves real money).
    virtual void listRefunds(qint64 orderId, Callback<QList<StoreRefund>> done);
    // PUT /orders/<id> {"status": status}; answers the order as the store returned it.
    virtual void setOrderStatus(qint64 orderId, const QString &status, Callback<QJsonObject> done);
};

} // namespace backroom
