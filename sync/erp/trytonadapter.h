#pragma once

#include "sync/erp/erpadapter.h"
#include "sync/erp/trytonrpc.h"

#include <QHash>
#include <QList>

namespace backroom {

class HttpClient;

// Tryton 6.0 through its JSON-RPC interface (docs/tryton-wire.md). Sales orders are sale.sale
// records whose `reference` holds the order reference; document names are sale numbers;
// customers are parties matched by their e-mail contact mechanism; item codes are product codes.
class TrytonAdapter final : public ErpAdapter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrytonAdapter)
public:
    TrytonAdapter(TrytonConnection conn, HttpClient *http, QObject *parent = nullptr);
    ~TrytonAdapter() override;

    QString connectionName() const override { return QStringLiteral("erp:tryton"); }

    // sale.sale with reference = X and state != cancelled. A sale an interrupted create left in
    // draft or quotation is taken through quote -> confirm -> process before it is returned.
    void findSalesOrder(const QString &reference, LookupCallback done) override;
    // party.contact_mechanism (type email) -> party code; else creates the party with its
    // e-mail, phone and address. Concurrent calls for one e-mail share one look-up.
    void ensureCustomer(const Customer &customer, NameCallback done) override;
    // Creates the sale (product lines by code; discount, shipping, fees, tax and rounding as
    // lines without product so the total equals the WooCommerce total), then quote -> confirm
    // -> process. Returns the sale number.
    void createSalesOrder(const SalesOrderDraft &draft, NameCallback done) override;

    // Goods' quantities in the warehouse (context "locations"): min(quantity, forecast).
    void stockLevels(const QStringList &itemCodes, Callback<QList<StockLevel>> done) override;
    // Done stock.shipment.out with moves from sales, by (write_date, id) after the cursor.
    void deliveriesSince(const QString &cursor, Callback<DeliveryPage> done) override;
    void salesOrderState(const QString &name, Callback<SalesOrderState> done) override;
    // Draft/quotation: cancel. Processing: cancel the shipments and ignore their moves (the
    // shipment exception wizard). A done shipment is refused with Conflict.
    void cancelSalesOrder(const QString &name, StatusCallback done) override;

    TrytonRpc *rpc() const { return m_rpc; }
    void clearCustomerCache() { m_partyByEmail.clear(); m_parties.clear(); }

private:
    struct Party {
        qint64 id = 0;
        qint64 address = 0;
    };
    struct SaleRow {
        qint64 id = 0;
        QString number;
        QString state;
    };
    void createParty(const QString &key, const Customer &customer);
    void finishCustomer(const QString &key, const Result<QString> &result);
    void rememberParty(const QString &key, const QJsonObject &party, NameCallback done);
    void resolveParty(const QString &code, Callback<Party> done);
    void resolveWarehouse(Callback<qint64> done);
    void insertSale(const SalesOrderDraft &draft, const Party &party, const QJsonArray &products, NameCallback done);
    // Takes the sale through quote -> confirm -> process; answers its number.
    void advance(qint64 saleId, int steps, NameCallback done);
    // The sales of a reference that are not cancelled, oldest first.
    void salesByReference(const QString &reference, Callback<QJsonArray> done);
    // One sale per reference: keeps the oldest, removes the later drafts and quotations an
    // interrupted or concurrent create left behind, and finishes the oldest.
    void keepOldest(const QString &reference, const QJsonArray &sales, NameCallback done);
    void createAndSettle(const QString &reference, const QJsonObject &sale, NameCallback done);
    void findSale(const QString &number, Callback<std::optional<SaleRow>> done);
    static void finishState(SalesOrderState &st, const QString &state, const QJsonArray &lines,
                            const QHash<qint64, double> &doneQty);
    void cancelProcessing(qint64 saleId, StatusCallback done);
    void ignoreCancelledMoves(qint64 saleId, StatusCallback done);

    TrytonRpc *m_rpc;
    QHash<QString, QString> m_partyByEmail;                 // lower-cased e-mail -> party code
    QHash<QString, Party> m_parties;                        // party code -> ids
    QHash<QString, QList<NameCallback>> m_pendingCustomers; // look-ups in flight
    std::optional<qint64> m_warehouse;
};

} // namespace backroom
