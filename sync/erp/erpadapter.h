#pragma once

#include "sync/core/syncerror.h"
#include "sync/model/erpdocs.h"
#include "sync/model/order.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace backroom {

// What the engine needs from an ERP. One class per vendor (ErpNextAdapter, TrytonAdapter);
// createErpAdapter() in erpfactory.h picks one by erp.type. No vendor assumption belongs in
// the flows: anything ERPNext- or Tryton-specific lives behind these calls.
// All calls are asynchronous; the callback runs exactly once on the adapter's thread.
class ErpAdapter : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using NameCallback = Callback<QString>;
    using LookupCallback = Callback<std::optional<QString>>;
    using StatusCallback = Callback<Done>;

    using QObject::QObject;
    ~ErpAdapter() override = default;

    // Connection name for health, e.g. "erp:erpnext".
    virtual QString connectionName() const = 0;

    // --- order to ERP ---------------------------------------------------------------------
    // Finds a (not cancelled) sales order whose reference field equals `reference`.
    // Called before every retry and whenever an earlier create's outcome is unknown.
    virtual void findSalesOrder(const QString &reference, LookupCallback done) = 0;

    // Finds the customer by e-mail or creates it; returns the ERP customer name.
    virtual void ensureCustomer(const Customer &customer, NameCallback done) = 0;

    // Creates and submits (confirms) the sales order; returns the ERP document name.
    // Never retried by the adapter: the engine looks up before any retry.
    virtual void createSalesOrder(const SalesOrderDraft &draft, NameCallback done) = 0;

    // --- later flows (DESIGN.md §3). The defaults answer "not supported by this ERP". ------
    // Sellable stock per item code; an empty list asks for every stocked item. Summed over
    // stockWarehouses(), or the connection's default warehouse when that list is empty.
    virtual void stockLevels(const QStringList &itemCodes, Callback<QList<StockLevel>> done);
    void setStockWarehouses(const QStringList &warehouses) { m_stockWarehouses = warehouses; }
    const QStringList &stockWarehouses() const { return m_stockWarehouses; }
    // Deliveries (shipments) submitted after `cursor` (empty: from the beginning), oldest first.
    virtual void deliveriesSince(const QString &cursor, Callback<DeliveryPage> done);
    // The sales order's state now; Status::Missing when it no longer exists.
    virtual void salesOrderState(const QString &name, Callback<SalesOrderState> done);
    // Cancels a submitted sales order. A delivered one is refused with ErrorCategory::Conflict.
    virtual void cancelSalesOrder(const QString &name, StatusCallback done);
    // Finds a credit note by its reference (idempotency, as findSalesOrder).
    virtual void findCreditNote(const QString &reference, LookupCallback done);
    // Creates and submits the credit note / return; never retried by the adapter.
    virtual void createCreditNote(const CreditNoteDraft &draft, NameCallback done);
    // Every item of the ERP catalogue with its disabled flag (the mapping editors' validation).
    virtual void listItems(Callback<QList<ErpItem>> done);

protected:
    // The error the defaults answer with: "<connection> does not support <what>".
    SyncError unsupported(const QString &what) const;

private:
    QStringList m_stockWarehouses;
};

} // namespace backroom
