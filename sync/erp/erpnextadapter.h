#pragma once

#include "sync/erp/erpadapter.h"
#include "sync/erp/erpnextconnection.h"
#include "sync/erp/frappeerrors.h"
#include "sync/http/httprequest.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace backroom {

class HttpClient;

// ERPNext through Frappe's REST API (/api/resource/<DocType>, token auth). See
// docs/erpnext-wire.md for the wire facts it relies on.
class ErpNextAdapter final : public ErpAdapter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpNextAdapter)
public:
    ErpNextAdapter(ErpNextConnection conn, HttpClient *http, QObject *parent = nullptr);
    ~ErpNextAdapter() override;

    QString connectionName() const override { return QStringLiteral("erp:erpnext"); }

    // GET Sales Order?filters=[[ref,"=",X],["docstatus","!=",2]]&fields=["name"]
    void findSalesOrder(const QString &reference, LookupCallback done) override;
    // Cached e-mail -> name; else GET Customer by email_id; else POST Customer.
    // Concurrent calls for one e-mail share one look-up.
    void ensureCustomer(const Customer &customer, NameCallback done) override;
    // POST Sales Order with docstatus 1 (insert + submit); never retried by the client.
    void createSalesOrder(const SalesOrderDraft &draft, NameCallback done) override;
    // GET Item?fields=["item_code","disabled"], pages of 500 ordered by name (erpnextitems.cpp).
    void listItems(Callback<QList<ErpItem>> done) override;

    // --- flows after the sales order (erpnextdocs.cpp, docs/erpnext-wire.md) ---------------
    // Submitted Delivery Notes with modified > cursor, oldest first, 50 a page; each read
    // whole for its items (against_sales_order), lr_no (tracking) and transporter_name.
    void deliveriesSince(const QString &cursor, Callback<DeliveryPage> done) override;
    // GET Sales Order/<name>; 404 -> Status::Missing. Shortfall from the items' projected_qty.
    void salesOrderState(const QString &name, Callback<SalesOrderState> done) override;
    // Reads the order first: cancelled -> done; delivered (per_delivered > 0) -> Conflict;
    // else POST /api/method/frappe.client.cancel.
    void cancelSalesOrder(const QString &name, StatusCallback done) override;
    // A return Sales Invoice (is_return 1) whose reference field holds the reference.
    void findCreditNote(const QString &reference, LookupCallback done) override;
    // POST Sales Invoice, is_return 1, docstatus 1: negative quantities linked to the sales
    // order; tax and charges as one "Actual" row; an amount-only credit as one row of
    // erp.credit_item. Never retried by the client.
    void createCreditNote(const CreditNoteDraft &draft, NameCallback done) override;
    // GET Bin (item_code, warehouse, actual_qty, reserved_qty) in the stock warehouses, paged
    // by name; available = actual - reserved, summed per item (erpnextstock.cpp).
    void stockLevels(const QStringList &itemCodes, Callback<QList<StockLevel>> done) override;

    const ErpNextConnection &connection() const { return m_conn; }
    int cachedCustomerCount() const { return int(m_customerByEmail.size()); }
    void clearCustomerCache() { m_customerByEmail.clear(); }

private:
    HttpRequest request(const QByteArray &method, const QUrl &url) const;
    void createCustomer(const QString &emailKey, const Customer &customer);
    void finishCustomer(const QString &emailKey, const Result<QString> &result);
    void fetchSalesOrderState(const QString &name, Callback<SalesOrderState> done);
    void readDeliveries(QStringList names, DeliveryPage page, Callback<DeliveryPage> done);
    void listItemsFrom(int start, QList<ErpItem> sofar, Callback<QList<ErpItem>> done);
    struct BinScan;
    void readBinPage(const std::shared_ptr<BinScan> &scan);

    ErpNextConnection m_conn;
    HttpClient *m_http;
    QHash<QString, QString> m_customerByEmail;               // lower-cased e-mail -> name
    QHash<QString, QList<NameCallback>> m_pendingCustomers;  // look-ups in flight
    // The state of sales orders this adapter just created, read off the create answer (the
    // document as saved, items[].projected_qty included): the first salesOrderState() of each
    // (the backorder check right after posting) costs no request. Bounded; taken once; only
    // within a minute of the create. cancelSalesOrder always reads the order as it is now.
    struct FreshState {
        SalesOrderState state;
        qint64 atMs = 0;
    };
    QHash<QString, FreshState> m_freshStates;
    QList<QString> m_freshOrder;
};

// Reads data.name of a Frappe document answer, or data[0].name of a list answer.
std::optional<QString> frappeDocumentName(const QByteArray &body);
// Maps a Sales Order document onto the canonical state (pure; tested on its own).
SalesOrderState salesOrderStateFromDoc(const QJsonObject &doc);
// Maps a Delivery Note document onto a Delivery (pure).
Delivery deliveryFromDoc(const QJsonObject &doc);
// The Sales Invoice (return) document for a credit note; `mapping` when an account or the
// credit item it needs is not configured.
Result<QJsonObject> buildCreditNotePayload(const CreditNoteDraft &draft, const ErpNextConnection &conn,
                                           const QString &postingDate);

// Reads the names of a list answer {"data":[{"name":...},...]}; nullopt if unreadable.
std::optional<QStringList> frappeListNames(const QByteArray &body);

} // namespace backroom
