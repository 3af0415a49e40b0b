#pragma once

#include "sync/model/money.h"

#include <QList>
#include <QString>

namespace backroom {

// The canonical model (DESIGN.md §2): no vendor format outside the adapters.

struct Address {
    QString firstName, lastName, company, address1, address2, city, state, postcode, country;
    QString email, phone;
    QString fullName() const;
};

struct OrderLine {
    qint64 sourceId = 0;      // WooCommerce line item id
    qint64 productId = 0;
    qint64 variationId = 0;
    QString sku;
    QString name;
    double quantity = 0;
    Money subtotal;           // before discounts, excluding tax
    Money subtotalTax;
    Money total;              // after discounts, excluding tax
    Money totalTax;
};

struct Charge {               // a shipping line or a fee
    enum class Kind { Shipping, Fee };
    Kind kind = Kind::Shipping;
    QString name;
    Money total;              // excluding tax; fees may be negative
    Money tax;
    QString methodId;         // shipping_lines[].method_id ("flat_rate"); empty for fees
};

struct TaxLine {              // tax_lines[]: one per tax rate applied to the order
    QString rateCode;         // "US-CA-STATE TAX-1"
    QString label;
    Money amount;             // tax_total + shipping_tax_total
};

struct Customer {
    QString email;            // match key in the ERP
    QString name;             // "First Last" or the company
    QString company;
    qint64 sourceId = 0;      // 0 for guests
    Address billing;
};

struct Order {
    QString storeId;
    qint64 sourceId = 0;      // WooCommerce order id
    QString number;
    QString status;
    QString currency;
    QString dateCreatedGmt;   // "2026-11-22T17:50:30", naive UTC as WooCommerce sends it
    QString dateModifiedGmt;
    bool pricesIncludeTax = false;
    Customer customer;
    Address shippingAddress;
    QString customerNote;
    QString paymentMethod;
    QString paymentMethodTitle;
    QList<OrderLine> lines;
    QList<Charge> charges;
    QList<TaxLine> taxLines;
    QStringList couponCodes;
    Money discountTotal, discountTax, shippingTotal, shippingTax, cartTax, total, totalTax;
    QString erpRef;           // meta_data _backroom_erp_ref, if already written back
    QString contentHash;      // "xxh64:…" of the order's canonical JSON (volatile fields excluded)
};

// A sales order as the engine asks the ERP to create it: mapped item codes, rates and
// charges whose sum is the WooCommerce total.
struct SalesOrderLine {
    QString itemCode;
    QString description;
    double quantity = 0;
    Money rate;               // net unit price before order-level discount
    Money amount;             // quantity * rate as WooCommerce computed it (line subtotal)
};

struct SalesOrderCharge {
    enum class Kind { Shipping, Fee, Tax };
    Kind kind = Kind::Shipping;
    QString description;
    Money amount;
    QString account;          // ERP account head from the shipping/tax mapping; empty: the configured default
};

struct SalesOrderDraft {
    QString reference;        // the WooCommerce order id, stored in the reference field
    QString storeId;
    QString customerName;     // ERP customer document name
    QString transactionDate;  // yyyy-MM-dd
    QString currency;
    QList<SalesOrderLine> lines;
    Money discount;           // order-level discount on the net total (coupons)
    QList<SalesOrderCharge> charges;
    Money expectedTotal;      // WooCommerce total; the ERP grand total must match within 0.01
    QString remarks;
    QString modeOfPayment;    // ERP mode of payment from the payment mapping; empty: none sent
};

} // namespace backroom
