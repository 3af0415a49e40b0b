#pragma once

#include "sim/core/simhttp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

namespace backroom::sim {

// The data and rules of the simulated ERPNext: Customers, Items and Sales Orders as Frappe's
// /api/resource/<DocType> serves them, with Frappe's error bodies. No sockets, no auth.
class ErpNextStore final {
public:
    struct Config {
        QString company;
        QString warehouse;
        QString referenceField = QStringLiteral("po_no");
        QStringList itemCodes;
        QStringList disabledItemCodes;
        QString currency = QStringLiteral("EUR");
    };

    explicit ErpNextStore(Config config);

    // Serves one authenticated /api/resource request.
    SimResponse handle(const SimRequest &request);
    // True for the requests that create a document (their answer can be lost after the commit).
    static bool isCreate(const SimRequest &request);

    QString addCustomer(const QString &customerName, const QString &email);
    void setItem(const QString &code, bool disabled);

    int submittedSalesOrders() const;
    int duplicateReferences() const;
    int customerCount() const { return int(m_customers.rows.size()); }
    QJsonArray salesOrdersWithReference(const QString &reference) const;

    // --- after the sales order (erpnextflows.cpp) ---
    // Submits a Delivery Note against a sales order: `lines` item code -> qty, empty = all that
    // is still to deliver. Updates delivered_qty, per_delivered and status. Empty name on error.
    QString addDelivery(const QString &salesOrder, const QHash<QString, double> &lines, const QString &lrNo,
                        const QString &transporterName, QString *error = nullptr);
    bool deleteSalesOrder(const QString &name);      // behind the integration's back
    void setProjectedQty(const QString &itemCode, double qty); // stored on new sales order rows
    QJsonObject salesOrder(const QString &name) const;
    QJsonArray returnInvoices() const;               // every Sales Invoice with is_return 1
    int cancelledSalesOrders() const;
    // --- stock (erpnextbins.cpp): one Bin per item and warehouse --------------------------
    // Sets a Bin's actual_qty (created if missing; empty warehouse: the default one) and, when
    // reserved >= 0, its reserved_qty. Returns the Bin.
    QJsonObject setStock(const QString &itemCode, const QString &warehouse, double actual, double reserved = -1);
    QJsonArray bins() const;
    // The seeded actual_qty of an item: fixed per item code, 5..204.
    static int seededQuantity(const QString &itemCode);

    // {"exc_type": ..., "exception": ..., "exc": ..., "_server_messages": ...} with `status`.
    static SimResponse frappeError(int status, const QString &excType, const QStringList &messages);

private:
    struct Table {
        QList<QJsonObject> rows;          // insertion order
        QHash<QString, qsizetype> byName; // name -> index
    };

    Table *table(const QString &doctype);
    SimResponse list(Table &t, const SimRequest &request);
    SimResponse insertCustomer(QJsonObject doc);
    SimResponse insertSalesOrder(QJsonObject doc);
    SimResponse insertSalesInvoice(QJsonObject doc);
    SimResponse callMethod(const SimRequest &request);
    void touch(QJsonObject &row);
    void store(Table &t, QJsonObject doc);
    QString nextSalesOrderName(const QString &date);
    QJsonObject &bin(const QString &itemCode, const QString &warehouse);
    void reserve(const QJsonArray &items, double sign);

    Config m_config;
    Table m_customers, m_items, m_salesOrders, m_bins;
    Table m_deliveryNotes, m_salesInvoices;
    QHash<QString, double> m_projected;
    QSet<QString> m_customerGroups, m_territories;
    // Mode of Payment: what ERPNext's setup wizard installs (install_fixtures.py).
    QSet<QString> m_modesOfPayment{QStringLiteral("Cash"), QStringLiteral("Cheque"), QStringLiteral("Credit Card"),
                                   QStringLiteral("Wire Transfer"), QStringLiteral("Bank Draft")};
    QHash<QString, int> m_referenceUse; // reference -> live sales orders
    int m_soSeries = 0;
    int m_dnSeries = 0;
    int m_siSeries = 0;
    int m_contactSeries = 0;
    int m_binSeries = 0;
    qint64 m_clock = 0;
};

} // namespace backroom::sim
