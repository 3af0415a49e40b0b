#include "sync/erp/erpadapter.h"

namespace backroom {

SyncError ErpAdapter::unsupported(const QString &what) const
{
    SyncError e;
    e.category = ErrorCategory::Internal;
    e.code = QStringLiteral("unsupported");
    e.message = QStringLiteral("%1 does not support %2").arg(connectionName(), what);
    e.hint = QStringLiteral("Turn this flow off for this ERP in the config file, or use an ERP type that supports it.");
    return e;
}

void ErpAdapter::stockLevels(const QStringList &, Callback<QList<StockLevel>> done)
{
    done(unsupported(QStringLiteral("stock levels")));
}

void ErpAdapter::deliveriesSince(const QString &, Callback<DeliveryPage> done)
{
    done(unsupported(QStringLiteral("deliveries")));
}

void ErpAdapter::salesOrderState(const QString &, Callback<SalesOrderState> done)
{
    done(unsupported(QStringLiteral("sales order state")));
}

void ErpAdapter::cancelSalesOrder(const QString &, StatusCallback done)
{
    done(unsupported(QStringLiteral("cancelling sales orders")));
}

void ErpAdapter::findCreditNote(const QString &, LookupCallback done)
{
    done(unsupported(QStringLiteral("credit notes")));
}

void ErpAdapter::createCreditNote(const CreditNoteDraft &, NameCallback done)
{
    done(unsupported(QStringLiteral("credit notes")));
}

void ErpAdapter::listItems(Callback<QList<ErpItem>> done)
{
    done(unsupported(QStringLiteral("listing items")));
}

} // namespace backroom
