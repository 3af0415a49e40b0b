#pragma once

#include "sync/erp/erpadapter.h"
#include "sync/erp/erpnextconnection.h"
#include "sync/erp/frappeerrors.h"
#include "sync/http/httprequest.h"

#include <QHash>
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
    struct BinScan;
    void readBinPage(const std::shared_ptr<BinScan> &scan);

    ErpNextConnection m_conn;
    HttpClient *m_http;
    QHash<QString, QString> m_customerByEmail;               // lower-cased e-mail -> name
    QHash<QString, QList<NameCallback>> m_pendingCustomers;  // look-ups in flight
};

// Reads data.name of a Frappe document answer, or data[0].name of a list answer.
std::optional<QString> frappeDocumentName(const QByteArray &body);
// Reads the names of a list answer {"data":[{"name":...},...]}; nullopt if unreadable.
std::optional<QStringList> frappeListNames(const QByteArray &body);

} // namespace backroom
