#pragma once

#include "sync/core/syncerror.h"
#include "sync/erp/erpnextconnection.h"
#include "sync/model/money.h"
#include "sync/model/order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace backroom {

// Pure builders of what ERPNext receives: no network, tested on their own.

// A Sales Order document for POST /api/resource/Sales Order, with what ERPNext will compute
// for it. ERPNext rounds every rate to the currency precision (2) and every line amount to
// 2 decimals; the builder carries the difference to the WooCommerce line subtotals as a
// rounding row, so that predictedGrandTotal == draft.expectedTotal.
struct SalesOrderPayload {
    QJsonObject doc;
    Money netTotal;            // sum(round(qty * rate, 2))
    Money discount;            // discount_amount (coupons, negative fees, negative rounding)
    Money charges;             // sum(taxes[].tax_amount)
    Money predictedGrandTotal; // netTotal - discount + charges
};

// Fails with `validation` when the draft cannot make a valid order (no lines, no customer,
// non-positive quantity, a total that does not add up) and `mapping` when a charge has no
// ERP account configured.
Result<SalesOrderPayload> buildSalesOrderPayload(const SalesOrderDraft &draft,
                                                 const ErpNextConnection &conn);

// The name ERPNext should give a new customer: billing name, else company, else e-mail.
QString customerDisplayName(const Customer &customer);

// A Customer document; ERPNext creates the primary Contact from email_id on insert.
QJsonObject buildCustomerPayload(const Customer &customer, const ErpNextConnection &conn);

// https://erp/api/resource/Sales%20Order[/NAME] — the DocType and name percent-encoded as
// one path segment each (a '/' in a name becomes %2F).
QUrl frappeResourceUrl(const QUrl &base, const QString &doctype, const QString &name = {});

// GET list URL: filters=[[f,op,v],...]&fields=[...]&limit_page_length=N, with every
// value fully percent-encoded ('+' as %2B: Frappe's query parser reads '+' as a space).
QUrl frappeListUrl(const QUrl &base, const QString &doctype, const QJsonArray &filters,
                   const QStringList &fields, int limit);

} // namespace backroom
