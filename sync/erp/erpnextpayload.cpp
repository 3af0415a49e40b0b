#include "sync/erp/erpnextpayload.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace backroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErpNextPayload", text);
}

// Half away from zero to 2 decimals, as ERPNext's flt(value, 2) does for money.
Money round2(Money m)
{
    const qint64 v = m.minor4();
    const qint64 a = (v < 0 ? -v : v);
    const qint64 r = (a + 50) / 100 * 100;
    return Money::fromMinor4(v < 0 ? -r : r);
}

Money times(double qty, Money rate)
{
    return Money::fromMinor4(qint64(std::llround(qty * double(rate.minor4()))));
}

double num(Money m)
{
    return round2(m).toDouble();
}

SyncError invalid(const QString &message, const QString &hint, ErrorCategory c = ErrorCategory::Validation)
{
    SyncError e;
    e.category = c;
    e.code = QStringLiteral("erpnext_payload");
    e.message = message;
    e.hint = hint;
    return e;
}

QByteArray pct(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

Result<SalesOrderPayload> buildSalesOrderPayload(const SalesOrderDraft &draft,
                                                 const ErpNextConnection &conn)
{
    const QString fixOrder = tr("Correct the order or its mapping in Backroom, then retry.");
    if (draft.lines.isEmpty())
        return invalid(tr("The order has no lines to send to ERPNext."), fixOrder);
    if (draft.customerName.isEmpty())
        return invalid(tr("The order has no ERPNext customer."), fixOrder);
    if (draft.reference.isEmpty())
        return invalid(tr("The order has no reference for the field %1.").arg(conn.referenceField), fixOrder);
    if (draft.transactionDate.isEmpty())
        return invalid(tr("The order has no date."), fixOrder);

    SalesOrderPayload out;
    QJsonArray items;
    Money expectedLines;
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const SalesOrderLine &l = draft.lines.at(i);
        if (l.itemCode.trimmed().isEmpty())
            return invalid(tr("Line %1 (%2) has no item code.").arg(i + 1).arg(l.description),
                           tr("Give the product a SKU in WooCommerce or map it in the SKU crosswalk, then retry."),
                           ErrorCategory::Mapping);
        if (!(l.quantity > 0))
            return invalid(tr("Line %1 (%2) has quantity %3; ERPNext needs a positive quantity.")
                               .arg(i + 1).arg(l.itemCode).arg(l.quantity),
                           fixOrder);
        const Money rate = round2(l.rate);
        const Money erpAmount = round2(times(l.quantity, rate));
        out.netTotal += erpAmount;
        expectedLines += round2(l.amount.isZero() ? times(l.quantity, l.rate) : l.amount);
        QJsonObject row{
            {QStringLiteral("item_code"), l.itemCode},
            {QStringLiteral("qty"), l.quantity},
            {QStringLiteral("rate"), num(rate)},
            {QStringLiteral("delivery_date"), draft.transactionDate},
        };
        if (!conn.warehouse.isEmpty())
            row.insert(QStringLiteral("warehouse"), conn.warehouse);
        if (!l.description.isEmpty())
            row.insert(QStringLiteral("description"), l.description);
        items.append(row);
    }

    auto accountFor = [&conn](SalesOrderCharge::Kind k) {
        const QString &specific = k == SalesOrderCharge::Kind::Shipping ? conn.shippingAccount
            : k == SalesOrderCharge::Kind::Fee                          ? conn.feeAccount
                                                                        : conn.taxAccount;
        return specific.isEmpty() ? conn.taxAccount : specific;
    };

    QJsonArray taxes;
    Money discount = round2(draft.discount);
    auto addCharge = [&](SalesOrderCharge::Kind kind, const QString &description, Money amount,
                         const QString &mappedAccount = {}) -> std::optional<SyncError> {
        amount = round2(amount);
        if (amount.isZero())
            return std::nullopt;
        if (amount < Money{}) { // a negative fee is a discount on the net total in ERPNext
            discount += -amount;
            return std::nullopt;
        }
        const QString account = mappedAccount.isEmpty() ? accountFor(kind) : mappedAccount;
        if (account.isEmpty()) {
            SyncError e = invalid(tr("No ERPNext account is set for the charge \"%1\".").arg(description),
                                  tr("Set erp.tax_account (and optionally erp.shipping_account and "
                                     "erp.fee_account) in the Backroom settings, then retry."),
                                  ErrorCategory::Mapping);
            e.groupKey = QStringLiteral("erp.tax_account");
            return e;
        }
        taxes.append(QJsonObject{
            {QStringLiteral("charge_type"), QStringLiteral("Actual")},
            {QStringLiteral("account_head"), account},
            {QStringLiteral("description"), description.isEmpty() ? account : description},
            {QStringLiteral("tax_amount"), num(amount)},
        });
        out.charges += amount;
        return std::nullopt;
    };
    for (const SalesOrderCharge &c : draft.charges) {
        if (auto err = addCharge(c.kind, c.description, c.amount, c.account))
            return *err;
    }
    // ERPNext rounds each rate to 2 decimals; carry what that loses (or adds) on the lines.
    const Money lineDiff = expectedLines - out.netTotal;
    if (auto err = addCharge(SalesOrderCharge::Kind::Fee, tr("Rounding adjustment"), lineDiff))
        return *err;

    out.discount = discount;
    out.predictedGrandTotal = out.netTotal - out.discount + out.charges;
    if ((out.predictedGrandTotal - draft.expectedTotal).abs() > Money::fromMinor4(100))
        return invalid(tr("The order does not add up: lines %1 - discount %2 + charges %3 = %4, "
                          "but the WooCommerce total is %5.")
                           .arg(out.netTotal.toString(), out.discount.toString(), out.charges.toString(),
                                out.predictedGrandTotal.toString(), draft.expectedTotal.toString()),
                       tr("This is a mapping defect: report it with the order's passport; resolve the "
                          "order by hand meanwhile."));

    QJsonObject doc{
        {QStringLiteral("customer"), draft.customerName},
        {QStringLiteral("company"), conn.company},
        {QStringLiteral("transaction_date"), draft.transactionDate},
        {QStringLiteral("delivery_date"), draft.transactionDate},
        {conn.referenceField, draft.reference},
        {QStringLiteral("ignore_pricing_rule"), 1},
        {QStringLiteral("items"), items},
        {QStringLiteral("taxes"), taxes},
        {QStringLiteral("docstatus"), 1},
    };
    if (!draft.currency.isEmpty())
        doc.insert(QStringLiteral("currency"), draft.currency);
    if (!conn.warehouse.isEmpty())
        doc.insert(QStringLiteral("set_warehouse"), conn.warehouse);
    if (!out.discount.isZero()) {
        doc.insert(QStringLiteral("apply_discount_on"), QStringLiteral("Net Total"));
        doc.insert(QStringLiteral("discount_amount"), num(out.discount));
    }
    if (!draft.modeOfPayment.isEmpty()) {
        // The payment mapping: one Payment Schedule row for the whole order. ERPNext computes
        // payment_amount from invoice_portion (set_payment_schedule), checks it against the
        // rounded total and validates mode_of_payment as a link (docs/erpnext-wire.md).
        doc.insert(QStringLiteral("payment_schedule"),
                   QJsonArray{QJsonObject{{QStringLiteral("due_date"), draft.transactionDate},
                                          {QStringLiteral("invoice_portion"), 100},
                                          {QStringLiteral("mode_of_payment"), draft.modeOfPayment}}});
    }
    out.doc = doc;
    return out;
}

namespace {

QString personName(const Customer &c)
{
    return QString(c.billing.firstName + QLatin1Char(' ') + c.billing.lastName).simplified();
}

QString companyName(const Customer &c)
{
    return (c.company.isEmpty() ? c.billing.company : c.company).simplified();
}

} // namespace

QString customerDisplayName(const Customer &customer)
{
    for (const QString &candidate : {personName(customer), customer.name.simplified(), companyName(customer),
                                     customer.email.trimmed()}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

QJsonObject buildCustomerPayload(const Customer &customer, const ErpNextConnection &conn)
{
    const QString company = companyName(customer);
    const QString name = customer.name.simplified();
    const bool isCompany = personName(customer).isEmpty() && !company.isEmpty() && (name.isEmpty() || name == company);
    return QJsonObject{
        {QStringLiteral("customer_name"), customerDisplayName(customer)},
        {QStringLiteral("customer_type"), isCompany ? QStringLiteral("Company") : QStringLiteral("Individual")},
        {QStringLiteral("customer_group"), conn.customerGroup},
        {QStringLiteral("territory"), conn.territory},
        {QStringLiteral("email_id"), customer.email.trimmed()},
    };
}

QUrl frappeResourceUrl(const QUrl &base, const QString &doctype, const QString &name)
{
    QUrl url = base;
    QByteArray path = base.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += "/api/resource/" + pct(doctype);
    if (!name.isEmpty())
        path += '/' + pct(name);
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl frappeListUrl(const QUrl &base, const QString &doctype, const QJsonArray &filters,
                   const QStringList &fields, int limit)
{
    QUrl url = frappeResourceUrl(base, doctype);
    QByteArray q = "filters="
        + pct(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    q += "&fields=" + pct(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact)));
    q += "&limit_page_length=" + QByteArray::number(limit);
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}

} // namespace backroom
