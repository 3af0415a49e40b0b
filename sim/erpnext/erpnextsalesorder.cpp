// ErpNextStore: inserting a Sales Order the way ERPNext validates and totals it.
#include "sim/erpnext/erpnextstore.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdlib>

namespace backroom::sim {

namespace {

qint64 cents(double v)
{
    return qint64(std::llround(v * 100.0));
}

double money(qint64 c)
{
    return double(c) / 100.0;
}

} // namespace

SimResponse ErpNextStore::insertSalesOrder(QJsonObject doc)
{
    const auto text = [&doc](const char *key) { return doc.value(QLatin1String(key)).toString(); };
    QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    QJsonArray taxes = doc.value(QStringLiteral("taxes")).toArray();

    // 1. Links (Frappe: every broken link of parent and children in one message).
    QStringList invalid;
    const QString customer = text("customer");
    if (!customer.isEmpty() && !m_customers.byName.contains(customer))
        invalid << QStringLiteral("Customer: %1").arg(customer);
    if (!text("company").isEmpty() && text("company") != m_config.company)
        invalid << QStringLiteral("Company: %1").arg(text("company"));
    if (!text("set_warehouse").isEmpty() && text("set_warehouse") != m_config.warehouse)
        invalid << QStringLiteral("Set Source Warehouse: %1").arg(text("set_warehouse"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject it = items.at(i).toObject();
        const QString code = it.value(QLatin1String("item_code")).toString();
        if (!code.isEmpty() && !m_items.byName.contains(code))
            invalid << QStringLiteral("Row #%1: Item Code: %2").arg(i + 1).arg(code);
        const QString wh = it.value(QLatin1String("warehouse")).toString();
        if (!wh.isEmpty() && wh != m_config.warehouse)
            invalid << QStringLiteral("Row #%1: Delivery Warehouse: %2").arg(i + 1).arg(wh);
    }
    QJsonArray schedule = doc.value(QStringLiteral("payment_schedule")).toArray();
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const QString mode = schedule.at(i).toObject().value(QLatin1String("mode_of_payment")).toString();
        if (!mode.isEmpty() && !m_modesOfPayment.contains(mode))
            invalid << QStringLiteral("Row #%1: Mode of Payment: %2").arg(i + 1).arg(mode);
    }
    if (!invalid.isEmpty())
        return frappeError(417, QStringLiteral("LinkValidationError"),
                           {QStringLiteral("Could not find %1").arg(invalid.join(QLatin1String(", ")))});

    // 2. Mandatory fields.
    QStringList missing;
    if (customer.isEmpty())
        missing << QStringLiteral("Customer");
    if (text("company").isEmpty())
        missing << QStringLiteral("Company");
    if (text("transaction_date").isEmpty())
        missing << QStringLiteral("Date");
    if (items.isEmpty())
        missing << QStringLiteral("Items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).toObject().value(QLatin1String("item_code")).toString().isEmpty())
            missing << QStringLiteral("Row #%1: Item Code").arg(i + 1);
    }
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        if (taxes.at(i).toObject().value(QLatin1String("account_head")).toString().isEmpty())
            missing << QStringLiteral("Row #%1: Account Head").arg(i + 1);
    }
    if (!missing.isEmpty()) {
        QStringList messages;
        for (const QString &m : std::as_const(missing))
            messages << QStringLiteral("Error: Value missing for Sales Order: %1").arg(m);
        return frappeError(417, QStringLiteral("MandatoryError"), messages);
    }

    // 3. Controller validation (ERPNext validate_end_of_life, delivery date).
    for (const QJsonValue &v : std::as_const(items)) {
        const QString code = v.toObject().value(QLatin1String("item_code")).toString();
        if (m_items.rows.at(m_items.byName.value(code)).value(QLatin1String("disabled")).toInt() != 0)
            return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Item %1 is disabled").arg(code)});
    }
    if (text("delivery_date").isEmpty()) {
        bool all = true;
        for (const QJsonValue &v : std::as_const(items))
            all = all && !v.toObject().value(QLatin1String("delivery_date")).toString().isEmpty();
        if (!all)
            return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Please enter Delivery Date")});
    }

    // 4. Totals (erpnext/controllers/taxes_and_totals.py, "Actual" charges only).
    qint64 net = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject it = items.at(i).toObject();
        const double qty = it.value(QLatin1String("qty")).toDouble();
        const qint64 rate = cents(it.value(QLatin1String("rate")).toDouble());
        const qint64 amount = qint64(std::llround(qty * double(rate)));
        net += amount;
        it.insert(QStringLiteral("rate"), money(rate));
        it.insert(QStringLiteral("amount"), money(amount));
        it.insert(QStringLiteral("net_amount"), money(amount));
        it.insert(QStringLiteral("idx"), int(i + 1));
        it.insert(QStringLiteral("doctype"), QStringLiteral("Sales Order Item"));
        it.insert(QStringLiteral("item_name"), it.value(QLatin1String("item_code")));
        if (!it.contains(QStringLiteral("warehouse")) && !text("set_warehouse").isEmpty())
            it.insert(QStringLiteral("warehouse"), text("set_warehouse"));
        if (!it.contains(QStringLiteral("delivery_date")))
            it.insert(QStringLiteral("delivery_date"), text("delivery_date"));
        it.insert(QStringLiteral("delivered_qty"), 0);
        if (const auto p = m_projected.constFind(it.value(QLatin1String("item_code")).toString()); p != m_projected.cend())
            it.insert(QStringLiteral("projected_qty"), *p);
        items[i] = it;
    }
    qint64 discount = 0;
    if (doc.contains(QStringLiteral("discount_amount"))) {
        discount = cents(doc.value(QLatin1String("discount_amount")).toDouble());
        const QString on = text("apply_discount_on").isEmpty() ? QStringLiteral("Grand Total") : text("apply_discount_on");
        if (on != QLatin1String("Net Total") && on != QLatin1String("Grand Total"))
            return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Apply Additional Discount On cannot be \"%1\"").arg(on)});
    }
    qint64 running = net - discount;
    qint64 taxTotal = 0;
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        QJsonObject t = taxes.at(i).toObject();
        if (t.value(QLatin1String("charge_type")).toString() != QLatin1String("Actual"))
            return frappeError(417, QStringLiteral("ValidationError"),
                               {QStringLiteral("Row #%1: the simulator computes only charge type Actual").arg(i + 1)});
        const qint64 amount = cents(t.value(QLatin1String("tax_amount")).toDouble());
        taxTotal += amount;
        running += amount;
        t.insert(QStringLiteral("tax_amount"), money(amount));
        t.insert(QStringLiteral("total"), money(running));
        t.insert(QStringLiteral("idx"), int(i + 1));
        t.insert(QStringLiteral("doctype"), QStringLiteral("Sales Taxes and Charges"));
        taxes[i] = t;
    }
    const qint64 grand = net - discount + taxTotal;
    const qint64 rounded = (grand >= 0 ? (grand + 50) / 100 : (grand - 50) / 100) * 100;

    // 5. Payment schedule (erpnext accounts_controller: set_payment_schedule, then
    // validate_payment_schedule_dates and validate_payment_schedule_amount). Without rows,
    // ERPNext adds one for the whole order.
    if (schedule.isEmpty())
        schedule.append(QJsonObject{{QStringLiteral("due_date"), text("transaction_date")},
                                    {QStringLiteral("invoice_portion"), 100}});
    qint64 scheduled = 0;
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        QJsonObject row = schedule.at(i).toObject();
        const QString due = row.value(QLatin1String("due_date")).toString();
        if (due.isEmpty())
            return frappeError(417, QStringLiteral("MandatoryError"),
                               {QStringLiteral("Error: Value missing for Payment Schedule: Row #%1: Due Date").arg(i + 1)});
        if (due < text("transaction_date"))
            return frappeError(417, QStringLiteral("ValidationError"),
                               {QStringLiteral("Row %1: Due Date in the Payment Terms table cannot be before Posting Date").arg(i + 1)});
        const double portion = row.value(QLatin1String("invoice_portion")).toDouble();
        const qint64 amount = portion != 0.0 ? qint64(std::llround(double(rounded) * portion / 100.0))
                                             : cents(row.value(QLatin1String("payment_amount")).toDouble());
        scheduled += amount;
        row.insert(QStringLiteral("payment_amount"), money(amount));
        row.insert(QStringLiteral("outstanding"), money(amount));
        row.insert(QStringLiteral("idx"), int(i + 1));
        row.insert(QStringLiteral("doctype"), QStringLiteral("Payment Schedule"));
        schedule[i] = row;
    }
    if (std::llabs(scheduled - rounded) > 10)
        return frappeError(417, QStringLiteral("ValidationError"),
                           {QStringLiteral("Total Payment Amount in Payment Schedule must be equal to Grand / Rounded Total")});

    const QString name = nextSalesOrderName(text("transaction_date"));
    const int docstatus = doc.value(QLatin1String("docstatus")).toInt();
    if (docstatus != 0 && docstatus != 1)
        return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Invalid docstatus")});
    doc.insert(QStringLiteral("name"), name);
    doc.insert(QStringLiteral("doctype"), QStringLiteral("Sales Order"));
    doc.insert(QStringLiteral("naming_series"), QStringLiteral("SAL-ORD-.YYYY.-"));
    doc.insert(QStringLiteral("docstatus"), docstatus);
    doc.insert(QStringLiteral("status"), docstatus == 1 ? QStringLiteral("To Deliver and Bill") : QStringLiteral("Draft"));
    if (text("currency").isEmpty())
        doc.insert(QStringLiteral("currency"), m_config.currency);
    doc.insert(QStringLiteral("items"), items);
    doc.insert(QStringLiteral("taxes"), taxes);
    doc.insert(QStringLiteral("payment_schedule"), schedule);
    doc.insert(QStringLiteral("total"), money(net));
    doc.insert(QStringLiteral("net_total"), money(net - discount));
    doc.insert(QStringLiteral("discount_amount"), money(discount));
    doc.insert(QStringLiteral("total_taxes_and_charges"), money(taxTotal));
    doc.insert(QStringLiteral("grand_total"), money(grand));
    doc.insert(QStringLiteral("rounding_adjustment"), money(rounded - grand));
    doc.insert(QStringLiteral("rounded_total"), money(rounded));
    doc.insert(QStringLiteral("per_delivered"), 0);
    store(m_salesOrders, doc);
    if (docstatus == 1)
        reserve(items, 1);

    const QString reference = doc.value(m_config.referenceField).toVariant().toString();
    if (!reference.isEmpty())
        ++m_referenceUse[reference];
    return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), m_salesOrders.rows.last()}});
}

} // namespace backroom::sim
