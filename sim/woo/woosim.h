#pragma once

#include "sim/core/faults.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace backroom::sim {

// Counters the tests read to prove exactly-once (also served at GET /__sim/stats).
struct WooStats {
    int orders = 0;
    int ordersWithErpRef = 0;            // meta_data has _backroom_erp_ref
    int apiNotes = 0;                    // notes created through the REST API
    QHash<int, int> apiNotesPerOrder;    // order id -> notes created through the REST API
    int ordersWithSeveralApiNotes = 0;   // orders with more than one API note
    qint64 requests = 0;
    qint64 faults = 0;
    int stockBatches = 0;                // POSTs to /products/batch and /products/<id>/variations/batch
    int stockItemsWritten = 0;           // stock_quantity values applied
    int orderListings = 0;               // GET /orders requests (listing pages, include= fetches)
};

// An in-memory WooCommerce 10 (wc/v3, HPOS) on loopback: /wp-json/wc/v3/orders (list, get, PUT,
// batch, notes), /products (+variations), /customers; Basic, query-string and OAuth 1.0a
// (HMAC-SHA1/SHA256) auth; WordPress paging headers and error bodies as captured from a real
// store (fixtures/woocommerce-live); fault injection through SimHttpServer.
//
// Basic auth and query-string keys are accepted over plain HTTP here: the simulator listens on
// loopback only and stands for an HTTPS store (real WooCommerce ignores them without is_ssl()).
class WooSim final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WooSim)
public:
    struct Options {
        QString consumerKey = QStringLiteral("ck_sim_0123456789abcdef0123456789abcdef01234567");
        QString consumerSecret = QStringLiteral("cs_sim_0123456789abcdef0123456789abcdef01234567");
        QString readOnlyKey = QStringLiteral("ck_sim_readonly_00000000000000000000000000000000");
        QString readOnlySecret = QStringLiteral("cs_sim_readonly_00000000000000000000000000000000");
        int orders = 200;
        quint64 seed = 1;
        FaultSpec faults;
        QDateTime anchor;            // seeded orders lie in the 3 days before it; invalid = now
        int utcOffsetSecs = 3600;    // site time zone (Europe/Paris in winter, as in the fixtures)
    };

    explicit WooSim(Options options, QObject *parent = nullptr);
    ~WooSim() override;

    // Listens on address:port (0 = any free port); returns the port or 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;                    // e.g. http://127.0.0.1:PORT (the store's home URL)
    WooStats stats() const;
    void setFaults(const FaultSpec &faults);
    FaultSpec faults() const;

    QList<int> addOrders(int count);     // new orders, created now; returns their ids
    bool touchOrder(int id);             // bumps date_modified
    bool silentEdit(int id);             // changes the content, date_modified unchanged
    QJsonObject order(int id) const;     // REST representation; empty if unknown
    QList<int> orderIds() const;
    QHash<int, QString> erpRefs() const; // order id -> _backroom_erp_ref value

    QStringList skus() const;            // every SKU the shop sells (non-empty)
    QStringList erpUnknownSkus() const;  // SKUs an ERP should not know (mapping exceptions)
    QStringList erpDisabledSkus() const; // SKUs an ERP should have disabled (business exceptions)

    // --- after posting (also at POST /__sim/orders/<id>/refund and /__sim/orders/<id>/cancel) ---
    // A refund made in the shop's admin: {"amount"?, "reason", "lines": [{"line_id", "quantity"}]};
    // empty object and *error when it cannot be made.
    QJsonObject addRefund(int id, const QJsonObject &spec, QString *error = nullptr);
    bool cancelOrder(int id);            // status cancelled, date_modified bumped
    bool setOrderStatus(int id, const QString &status); // a status change in wp-admin, date_modified bumped
    QStringList notes(int id) const;     // every note's text, oldest first
    QStringList customerNotes(int id) const;
    int apiRefunds() const;              // refunds created through the REST API
    // Stock (woostock.cpp in the server): the catalogue as the shop holds it now.
    struct StockItem {
        int id = 0;
        int parentId = 0;          // the variable product of a variation
        QString sku;
        bool manageStock = false;
        int stock = 0;             // meaningful only when manageStock
    };
    QList<StockItem> stockItems() const;
    std::optional<StockItem> stockItem(const QString &sku) const;
    // A hand edit in wp-admin (also POST /__sim/products/<id>/stock {"stock_quantity":N}).
    bool setStockByHand(int id, int quantity);
    void setManageStock(int id, bool manage);
    // Every stock write of this item fails inline (also POST /__sim/products/<id>/fail-stock-write).
    void failStockWrites(int id, bool fail);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom::sim
