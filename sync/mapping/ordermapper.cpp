#include "sync/mapping/ordermapper.h"

#include "sync/mapping/paymentmap.h"

namespace backroom {

namespace {

SyncError problem(ErrorCategory category, const QString &code, const QString &message, const QString &hint,
                  const QString &groupKey = {})
{
    SyncError e;
    e.category = category;
    e.code = code;
    e.message = message;
    e.hint = hint;
    e.groupKey = groupKey;
    return e;
}

QString itemCodeFor(const OrderLine &line, const Mappings &mappings)
{
    if (line.sku.isEmpty()) {
        const qint64 product = line.variationId ? line.variationId : line.productId;
        return mappings.sku.value(QStringLiteral("product:%1").arg(product));
    }
    return mappings.itemCodeFor(line.sku);
}

// One tax row per WooCommerce tax rate, each on the account the tax mapping names, when every
// rate is mapped and the rates add up to the order's tax; otherwise none (one "Tax" row on the
// configured erp.tax_account is used instead).
QList<SalesOrderCharge> mappedTaxRows(const Order &order, const Mappings &mappings)
{
    QList<SalesOrderCharge> rows;
    if (mappings.tax.isEmpty() || order.taxLines.isEmpty())
        return rows;
    Money sum;
    for (const TaxLine &t : order.taxLines) {
        const QString account = mappings.tax.value(t.rateCode);
        if (account.isEmpty())
            return {};
        SalesOrderCharge ch;
        ch.kind = SalesOrderCharge::Kind::Tax;
        ch.description = t.label.isEmpty() ? t.rateCode : t.label;
        ch.amount = t.amount;
        ch.account = account;
        sum += t.amount;
        rows << ch;
    }
    if ((sum - order.totalTax).abs() > Money::fromMinor4(0))
        return {};
    return rows;
}

} // namespace

QList<SyncError> validateForErp(const Order &order, const Mappings &mappings)
{
    QList<SyncError> out;
    const QString n = order.number;
    if (order.customer.email.isEmpty() || !order.customer.email.contains(QLatin1Char('@'))) {
        out << problem(ErrorCategory::Validation, QStringLiteral("no_email"),
                       QStringLiteral("Order #%1 has no billing e-mail, so no ERP customer can be matched or created.").arg(n),
                       QStringLiteral("Add the customer's e-mail to the order in WooCommerce, then retry it."));
    }
    if (order.lines.isEmpty()) {
        out << problem(ErrorCategory::Validation, QStringLiteral("no_lines"),
                       QStringLiteral("Order #%1 has no line items.").arg(n),
                       QStringLiteral("Add the items in WooCommerce and retry, or skip the order if it is a test."));
    }
    for (const OrderLine &l : order.lines) {
        if (l.quantity <= 0) {
            out << problem(ErrorCategory::Validation, QStringLiteral("bad_quantity"),
                           QStringLiteral("Order #%1: line \"%2\" has quantity %3.").arg(n, l.name).arg(l.quantity),
                           QStringLiteral("Correct the quantity in WooCommerce, then retry the order."));
        }
        if (itemCodeFor(l, mappings).isEmpty()) {
            const qint64 product = l.variationId ? l.variationId : l.productId;
            out << problem(ErrorCategory::Mapping, QStringLiteral("empty_sku"),
                           QStringLiteral("Order #%1: line \"%2\" (product %3) has no SKU.").arg(n, l.name).arg(product),
                           QStringLiteral("Give product %1 a SKU in WooCommerce, or map \"product:%1\" to an ERP item in the "
                                          "SKU crosswalk, then retry the group.").arg(product),
                           QStringLiteral("product:%1").arg(product));
        }
    }
    if (const auto payment = unmappedPayment(mappings, n, order.paymentMethod, order.paymentMethodTitle))
        out << *payment;
    // The totals must add up, or the ERP document would not match the store.
    Money sum;
    for (const OrderLine &l : order.lines)
        sum += l.subtotal;
    sum = sum - order.discountTotal + order.totalTax;
    for (const Charge &c : order.charges)
        sum += c.total;
    if ((sum - order.total).abs() > Money::fromMinor4(100)) {
        out << problem(ErrorCategory::Validation, QStringLiteral("totals_mismatch"),
                       QStringLiteral("Order #%1: lines, discounts, charges and tax add up to %2 but the order total is %3.")
                           .arg(n, sum.toString(), order.total.toString()),
                       QStringLiteral("Open the order in WooCommerce and recalculate it, then retry."));
    }
    return out;
}

SalesOrderDraft buildSalesOrderDraft(const Order &order, const Mappings &mappings, const QString &customerName,
                                     const QString &referencePrefix)
{
    SalesOrderDraft d;
    d.reference = referencePrefix + QString::number(order.sourceId);
    d.storeId = order.storeId;
    d.customerName = customerName;
    d.transactionDate = order.dateCreatedGmt.left(10);
    d.currency = order.currency;
    d.expectedTotal = order.total;
    d.discount = order.discountTotal;
    d.remarks = QStringLiteral("WooCommerce order #%1 (store %2)").arg(order.number, order.storeId);
    d.modeOfPayment = modeOfPaymentFor(mappings, order.paymentMethod);
    for (const OrderLine &l : order.lines) {
        SalesOrderLine sl;
        sl.itemCode = itemCodeFor(l, mappings);
        sl.description = l.name;
        sl.quantity = l.quantity;
        sl.amount = l.subtotal;
        sl.rate = l.quantity > 0 ? Money::fromDouble(l.subtotal.toDouble() / l.quantity) : Money{};
        d.lines << sl;
    }
    for (const Charge &c : order.charges) {
        if (c.total.isZero())
            continue;
        SalesOrderCharge ch;
        ch.kind = c.kind == Charge::Kind::Shipping ? SalesOrderCharge::Kind::Shipping : SalesOrderCharge::Kind::Fee;
        ch.description = c.name;
        ch.amount = c.total;
        if (c.kind == Charge::Kind::Shipping)
            ch.account = mappings.shipping.value(c.methodId);
        d.charges << ch;
    }
    if (const QList<SalesOrderCharge> taxes = mappedTaxRows(order, mappings); !taxes.isEmpty()) {
        d.charges << taxes;
    } else if (!order.totalTax.isZero()) {
        SalesOrderCharge tax;
        tax.kind = SalesOrderCharge::Kind::Tax;
        tax.description = QStringLiteral("Tax");
        tax.amount = order.totalTax;
        d.charges << tax;
    }
    return d;
}

} // namespace backroom
