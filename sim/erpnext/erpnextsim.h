#pragma once

#include "sim/core/faults.h"

#include <QHostAddress>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace backroom::sim {

// Counters the tests read to prove exactly-once (also served at GET /__sim/stats).
struct ErpNextStats {
    int salesOrders = 0;            // submitted, not cancelled
    int duplicateReferences = 0;    // reference values used by more than one sales order
    int customers = 0;
    int requests = 0;
    int lostAfterCommit = 0;        // creates stored whose answer was then lost (reset/timeout/cut)
};

// An in-memory ERPNext (Frappe REST) on loopback: /api/resource/{Customer,Item,Sales Order,Bin},
// token auth, Frappe error bodies, fault injection.
//
// Faults: the FaultSpec of sim/core hits any request before it is served. In addition, when
// the spec's kinds hold `timeout` or `reset`, a create (POST) has the chance rate/2 to be
// stored and then lose its answer — the case the engine's look-up-before-retry must survive.
// queueFault() injects one fault into the next API request, deterministically; its kinds are
// the FaultSpec kinds plus "reset-after-commit", "timeout-after-commit", "truncate-after-commit"
// and "500html-after-commit" (the document is stored, the client sees the fault).
//
// Admin (no auth, not counted, never faulted): GET /__sim/stats, GET/PUT /__sim/faults,
// GET /__sim/sales-orders?reference=X (every sales order with that reference, any docstatus),
// GET /__sim/bins, PUT /__sim/bins (set a stock quantity; see setStock()).
class ErpNextSim final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpNextSim)
public:
    struct Options {
        QString apiKey = QStringLiteral("sim-erp-key");
        QString apiSecret = QStringLiteral("sim-erp-secret");
        QString company = QStringLiteral("Backroom Demo Ltd");
        QString warehouse = QStringLiteral("Stores - BDL");
        QStringList itemCodes;          // known, enabled items
        QStringList disabledItemCodes;  // known, disabled items
        FaultSpec faults;
        quint64 seed = 1;
        QString referenceField = QStringLiteral("po_no");
    };

    explicit ErpNextSim(Options options, QObject *parent = nullptr);
    ~ErpNextSim() override;

    // Listens on address:port (0 = any free port); returns the port or 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;
    ErpNextStats stats() const;
    void setFaults(const FaultSpec &faults);

    void queueFault(const QString &kind);
    // Seeds a customer as if created in ERPNext's desk; returns its name.
    QString addCustomer(const QString &customerName, const QString &email);
    void setItem(const QString &itemCode, bool disabled);
    QJsonArray salesOrdersWithReference(const QString &reference) const;
    // Stock (Bin): sets an item's actual_qty in a warehouse (empty: the default one) and, when
    // reserved >= 0, its reserved_qty. Also PUT /__sim/bins {"item_code","warehouse","actual_qty","reserved_qty"}.
    void setStock(const QString &itemCode, double actual, const QString &warehouse = {}, double reserved = -1);
    QJsonArray bins() const;         // every Bin row (also GET /__sim/bins)
    // Sellable quantity (actual - reserved) of an item over the given warehouses (empty: all).
    double available(const QString &itemCode, const QStringList &warehouses = {}) const;

    // --- after the sales order (also at POST /__sim/deliveries, DELETE /__sim/sales-orders/<name>,
    // PUT /__sim/items/<code>/projected-qty?qty=N, GET /__sim/credit-notes) ---
    // Submits a Delivery Note; `lines` item code -> qty, empty = everything still to deliver.
    QString addDelivery(const QString &salesOrder, const QHash<QString, double> &lines = {},
                        const QString &trackingNumber = {}, const QString &carrier = {});
    bool deleteSalesOrder(const QString &name);
    void setProjectedQty(const QString &itemCode, double qty);
    QJsonObject salesOrder(const QString &name) const;
    QJsonArray creditNotes() const;      // return Sales Invoices, oldest first
    int cancelledSalesOrders() const;
    // The next POST that creates a `doctype` document is stored and its answer lost (reset).
    void loseNextCreateOf(const QString &doctype);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom::sim
