// ErpNextStore after the sales order: Delivery Notes (made through the simulator's control
// endpoint, as a warehouse would submit them), cancellation through frappe.client.cancel,
// return Sales Invoices (credit notes), and a sales order deleted behind the engine's back.
#include "sim/erpnext/erpnextstore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace backroom::sim {

namespace {
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}
} // namespace

void ErpNextStore::touch(QJsonObject &row)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(1795000000000LL + ++m_clock * 1000, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
    row.insert(QStringLiteral("modified"), stamp);
}

void ErpNextStore::setProjectedQty(const QString &itemCode, double qty)
{
    m_projected.insert(itemCode, qty);
}

QJsonObject ErpNextStore::salesOrder(const QString &name) const
{
    const auto it = m_salesOrders.byName.constFind(name);
    return it == m_salesOrders.byName.constEnd() ? QJsonObject() : m_salesOrders.rows.at(*it);
}

int ErpNextStore::cancelledSalesOrders() const
{
    int n = 0;
    for (const QJsonObject &so : m_salesOrders.rows)
        n += so.value(QStringLiteral("docstatus")).toInt() == 2 ? 1 : 0;
    return n;
}

QJsonArray ErpNextStore::returnInvoices() const
{
    QJsonArray out;
    for (const QJsonObject &si : m_salesInvoices.rows) {
        if (si.value(QStringLiteral("is_return")).toInt() == 1)
            out.append(si);
    }
    return out;
}

bool ErpNextStore::deleteSalesOrder(const QString &name)
{
    const auto it = m_salesOrders.byName.constFind(name);
    if (it == m_salesOrders.byName.constEnd())
        return false;
    const QString reference = m_salesOrders.rows.at(*it).value(m_config.referenceField).toVariant().toString();
    if (!reference.isEmpty() && m_referenceUse.value(reference) > 0)
        --m_referenceUse[reference];
    m_salesOrders.rows.removeAt(*it);
    m_salesOrders.byName.clear();
    for (qsizetype i = 0; i < m_salesOrders.rows.size(); ++i)
        m_salesOrders.byName.insert(m_salesOrders.rows.at(i).value(QStringLiteral("name")).toString(), i);
    return true;
}

QString ErpNextStore::addDelivery(const QString &salesOrder, const QHash<QString, double> &lines, const QString &lrNo,
                                  const QString &transporterName, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const auto it = m_salesOrders.byName.constFind(salesOrder);
    if (it == m_salesOrders.byName.constEnd())
        return fail(QStringLiteral("no sales order %1").arg(salesOrder));
    QJsonObject so = m_salesOrders.rows.at(*it);
    if (so.value(QStringLiteral("docstatus")).toInt() != 1)
        return fail(QStringLiteral("sales order %1 is not submitted").arg(salesOrder));
    QJsonArray soItems = so.value(QStringLiteral("items")).toArray();
    QJsonArray dnItems;
    QHash<QString, double> left = lines;
    double ordered = 0, delivered = 0;
    for (qsizetype i = 0; i < soItems.size(); ++i) {
        QJsonObject row = soItems.at(i).toObject();
        const QString code = row.value(QStringLiteral("item_code")).toString();
        const double qty = row.value(QStringLiteral("qty")).toDouble();
        double done = row.value(QStringLiteral("delivered_qty")).toDouble();
        double now = lines.isEmpty() ? qty - done : std::min(left.value(code), qty - done);
        if (now > 0) {
            if (!lines.isEmpty())
                left[code] -= now;
            done += now;
            row.insert(QStringLiteral("delivered_qty"), done);
            soItems[i] = row;
            dnItems.append(QJsonObject{{QStringLiteral("item_code"), code}, {QStringLiteral("qty"), now},
                                       {QStringLiteral("against_sales_order"), salesOrder},
                                       {QStringLiteral("so_detail"), QStringLiteral("%1-%2").arg(salesOrder).arg(i + 1)},
                                       {QStringLiteral("doctype"), QStringLiteral("Delivery Note Item")}});
        }
        ordered += qty;
        delivered += done;
    }
    if (dnItems.isEmpty())
        return fail(QStringLiteral("nothing left to deliver on %1").arg(salesOrder));
    const double per = ordered > 0 ? round2(delivered / ordered * 100.0) : 0;
    so.insert(QStringLiteral("items"), soItems);
    so.insert(QStringLiteral("per_delivered"), per);
    so.insert(QStringLiteral("status"), per >= 100.0 ? QStringLiteral("To Bill") : QStringLiteral("To Deliver and Bill"));
    touch(so);
    m_salesOrders.rows[*it] = so;

    const QString name = QStringLiteral("MAT-DN-%1-%2").arg(QDate::currentDate().year()).arg(++m_dnSeries, 5, 10, QLatin1Char('0'));
    QJsonObject dn{{QStringLiteral("name"), name},
                   {QStringLiteral("doctype"), QStringLiteral("Delivery Note")},
                   {QStringLiteral("customer"), so.value(QStringLiteral("customer"))},
                   {QStringLiteral("company"), so.value(QStringLiteral("company"))},
                   {QStringLiteral("posting_date"), QDate::currentDate().toString(Qt::ISODate)},
                   {QStringLiteral("docstatus"), 1},
                   {QStringLiteral("status"), QStringLiteral("To Bill")},
                   {QStringLiteral("lr_no"), lrNo},
                   {QStringLiteral("transporter_name"), transporterName},
                   {QStringLiteral("items"), dnItems}};
    store(m_deliveryNotes, dn);
    return name;
}

SimResponse ErpNextStore::callMethod(const SimRequest &request)
{
    const QString method = request.path.section(QLatin1Char('/'), 3);
    if (method != QLatin1String("frappe.client.cancel"))
        return frappeError(404, QStringLiteral("DoesNotExistError"), {QStringLiteral("Method %1 not found").arg(method)});
    if (request.method != "POST")
        return frappeError(403, QStringLiteral("PermissionError"), {QStringLiteral("Not permitted")});
    const QJsonObject args = QJsonDocument::fromJson(request.body).object();
    const QString doctype = args.value(QStringLiteral("doctype")).toString();
    const QString name = args.value(QStringLiteral("name")).toString();
    Table *t = table(doctype);
    if (!t || !t->byName.contains(name))
        return frappeError(404, QStringLiteral("DoesNotExistError"), {QStringLiteral("%1 %2 not found").arg(doctype, name)});
    QJsonObject &row = t->rows[t->byName.value(name)];
    const int docstatus = row.value(QStringLiteral("docstatus")).toInt();
    if (docstatus != 1)
        return frappeError(417, QStringLiteral("ValidationError"),
                           {docstatus == 2 ? QStringLiteral("Cannot edit cancelled document")
                                           : QStringLiteral("Cannot cancel before submitting")});
    if (t == &m_salesOrders) {
        // frappe.model.delete_doc.check_if_doc_is_linked: a submitted Delivery Note blocks it.
        for (const QJsonObject &dn : std::as_const(m_deliveryNotes.rows)) {
            if (dn.value(QStringLiteral("docstatus")).toInt() != 1)
                continue;
            for (const QJsonValue &v : dn.value(QStringLiteral("items")).toArray()) {
                if (v.toObject().value(QStringLiteral("against_sales_order")).toString() == name)
                    return frappeError(417, QStringLiteral("LinkExistsError"),
                                       {QStringLiteral("Cannot delete or cancel because Sales Order %1 is linked with "
                                                       "Delivery Note %2")
                                            .arg(name, dn.value(QStringLiteral("name")).toString())});
            }
        }
        const QString reference = row.value(m_config.referenceField).toVariant().toString();
        if (!reference.isEmpty() && m_referenceUse.value(reference) > 0)
            --m_referenceUse[reference];
        row.insert(QStringLiteral("status"), QStringLiteral("Cancelled"));
    }
    row.insert(QStringLiteral("docstatus"), 2);
    touch(row);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("message"), row}});
}

SimResponse ErpNextStore::insertSalesInvoice(QJsonObject doc)
{
    const QString customer = doc.value(QStringLiteral("customer")).toString();
    QStringList invalid;
    if (!customer.isEmpty() && !m_customers.byName.contains(customer))
        invalid << QStringLiteral("Customer: %1").arg(customer);
    QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString code = items.at(i).toObject().value(QStringLiteral("item_code")).toString();
        if (!m_items.byName.contains(code))
            invalid << QStringLiteral("Row #%1: Item Code: %2").arg(i + 1).arg(code);
        const QString so = items.at(i).toObject().value(QStringLiteral("sales_order")).toString();
        if (!so.isEmpty() && !m_salesOrders.byName.contains(so))
            invalid << QStringLiteral("Row #%1: Sales Order: %2").arg(i + 1).arg(so);
    }
    if (!invalid.isEmpty())
        return frappeError(417, QStringLiteral("LinkValidationError"),
                           {QStringLiteral("Could not find %1").arg(invalid.join(QLatin1String(", ")))});
    if (customer.isEmpty() || items.isEmpty())
        return frappeError(417, QStringLiteral("MandatoryError"),
                           {QStringLiteral("Error: Value missing for Sales Invoice: %1").arg(customer.isEmpty() ? QStringLiteral("Customer")
                                                                                                   : QStringLiteral("Items"))});
    const bool isReturn = doc.value(QStringLiteral("is_return")).toInt() == 1;
    double net = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject it = items.at(i).toObject();
        const double qty = it.value(QStringLiteral("qty")).toDouble();
        if (isReturn && qty >= 0)
            return frappeError(417, QStringLiteral("ValidationError"),
                               {QStringLiteral("Row #%1: Quantity must be negative for a return").arg(i + 1)});
        const double rate = round2(it.value(QStringLiteral("rate")).toDouble());
        if (rate < 0)
            return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Row #%1: Rate cannot be negative").arg(i + 1)});
        it.insert(QStringLiteral("rate"), rate);
        it.insert(QStringLiteral("amount"), round2(qty * rate));
        it.insert(QStringLiteral("idx"), int(i + 1));
        items[i] = it;
        net += round2(qty * rate);
    }
    double taxTotal = 0;
    QJsonArray taxes = doc.value(QStringLiteral("taxes")).toArray();
    for (const QJsonValue &v : std::as_const(taxes)) {
        if (v.toObject().value(QStringLiteral("account_head")).toString().isEmpty())
            return frappeError(417, QStringLiteral("MandatoryError"), {QStringLiteral("Error: Value missing for Sales Invoice: Account Head")});
        taxTotal += round2(v.toObject().value(QStringLiteral("tax_amount")).toDouble());
    }
    const QString name = QStringLiteral("ACC-SINV-%1-%2").arg(QDate::currentDate().year()).arg(++m_siSeries, 5, 10, QLatin1Char('0'));
    doc.insert(QStringLiteral("name"), name);
    doc.insert(QStringLiteral("doctype"), QStringLiteral("Sales Invoice"));
    doc.insert(QStringLiteral("items"), items);
    doc.insert(QStringLiteral("net_total"), round2(net));
    doc.insert(QStringLiteral("total_taxes_and_charges"), round2(taxTotal));
    doc.insert(QStringLiteral("grand_total"), round2(net + taxTotal));
    doc.insert(QStringLiteral("status"), isReturn ? QStringLiteral("Return") : QStringLiteral("Unpaid"));
    store(m_salesInvoices, doc);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), m_salesInvoices.rows.last()}});
}

} // namespace backroom::sim
