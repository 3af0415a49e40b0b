#pragma once

#include "sync/core/syncerror.h"
#include "sync/model/order.h"

#include <QObject>

#include <functional>
#include <optional>

namespace backroom {

// What the engine needs from an ERP. One class per vendor (ErpNextAdapter, later Tryton).
// All calls are asynchronous; the callback runs exactly once on the adapter's thread.
class ErpAdapter : public QObject {
    Q_OBJECT
public:
    using NameCallback = std::function<void(const Result<QString> &)>;
    using LookupCallback = std::function<void(const Result<std::optional<QString>> &)>;

    using QObject::QObject;
    ~ErpAdapter() override = default;

    // Connection name for health, e.g. "erp:erpnext".
    virtual QString connectionName() const = 0;

    // Finds a (not cancelled) sales order whose reference field equals `reference`.
    // Called before every retry and whenever an earlier create's outcome is unknown.
    virtual void findSalesOrder(const QString &reference, LookupCallback done) = 0;

    // Finds the customer by e-mail or creates it; returns the ERP customer name.
    virtual void ensureCustomer(const Customer &customer, NameCallback done) = 0;

    // Creates and submits the sales order; returns the ERP document name.
    // Never retried by the adapter: the engine looks up before any retry.
    virtual void createSalesOrder(const SalesOrderDraft &draft, NameCallback done) = 0;
};

} // namespace backroom
