#include "sim/erpnext/erpnextstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace backroom::sim {

namespace {

const QString kName = QStringLiteral("name");

QString str(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isNull() || v.isUndefined())
        return {};
    return v.toString();
}

// MariaDB's default collation compares strings case-insensitively.
bool same(const QJsonValue &a, const QJsonValue &b)
{
    return str(a).compare(str(b), Qt::CaseInsensitive) == 0;
}

std::optional<bool> matches(const QJsonObject &row, const QString &field, const QString &op, const QJsonValue &value)
{
    const QJsonValue have = row.value(field);
    const QString o = op.trimmed().toLower();
    if (o == QLatin1String("=") || o == QLatin1String("=="))
        return same(have, value);
    if (o == QLatin1String("!=") || o == QLatin1String("<>"))
        return !same(have, value);
    if (o == QLatin1String("in") || o == QLatin1String("not in")) {
        QJsonArray set = value.toArray();
        if (value.isString()) {
            for (const QString &s : value.toString().split(QLatin1Char(',')))
                set.append(s.trimmed());
        }
        bool found = false;
        for (const QJsonValue &v : std::as_const(set))
            found = found || same(have, v);
        return o == QLatin1String("in") ? found : !found;
    }
    if (o == QLatin1String("like") || o == QLatin1String("not like")) {
        QString pattern = QRegularExpression::escape(str(value));
        pattern.replace(QLatin1String("%"), QLatin1String(".*")).replace(QLatin1String("_"), QLatin1String("."));
        const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption);
        const bool m = re.match(str(have)).hasMatch();
        return o == QLatin1String("like") ? m : !m;
    }
    if (o == QLatin1String(">") || o == QLatin1String("<") || o == QLatin1String(">=") || o == QLatin1String("<=")) {
        // Frappe compares in SQL: numbers as numbers, dates and text as text.
        int c = 0;
        if (have.isDouble() && value.isDouble())
            c = have.toDouble() < value.toDouble() ? -1 : (have.toDouble() > value.toDouble() ? 1 : 0);
        else
            c = str(have).compare(str(value));
        if (o == QLatin1String(">"))
            return c > 0;
        if (o == QLatin1String("<"))
            return c < 0;
        return o == QLatin1String(">=") ? c >= 0 : c <= 0;
    }
    if (o == QLatin1String("is")) {
        const bool set = !str(have).isEmpty();
        return str(value) == QLatin1String("set") ? set : !set;
    }
    return std::nullopt;
}

QString stripTable(QString field)
{
    // "`tabSales Order`.name" -> "name"
    const qsizetype dot = field.lastIndexOf(QLatin1Char('.'));
    if (field.startsWith(QLatin1Char('`')) && dot > 0)
        field = field.mid(dot + 1);
    field.remove(QLatin1Char('`'));
    return field.trimmed();
}

} // namespace

ErpNextStore::ErpNextStore(Config config) : m_config(std::move(config))
{
    m_customerGroups = {QStringLiteral("All Customer Groups"), QStringLiteral("Commercial"),
                        QStringLiteral("Individual"), QStringLiteral("Government"), QStringLiteral("Non Profit")};
    m_territories = {QStringLiteral("All Territories"), QStringLiteral("Rest Of The World")};
    for (const QString &c : std::as_const(m_config.itemCodes))
        setItem(c, false);
    for (const QString &c : std::as_const(m_config.disabledItemCodes))
        setItem(c, true);
    for (const QString &c : std::as_const(m_config.itemCodes))
        setStock(c, QString(), seededQuantity(c));
    for (const QString &c : std::as_const(m_config.disabledItemCodes))
        setStock(c, QString(), seededQuantity(c));
}

SimResponse ErpNextStore::frappeError(int status, const QString &excType, const QStringList &messages)
{
    QJsonObject body{
        {QStringLiteral("exc_type"), excType},
        {QStringLiteral("exception"), QStringLiteral("frappe.exceptions.%1: %2").arg(excType, messages.join(QLatin1String(", ")))},
        {QStringLiteral("exc"), QString::fromUtf8(QJsonDocument(QJsonArray{QStringLiteral(
             "Traceback (most recent call last):\n  File \"apps/frappe/frappe/app.py\", line 114, in application\n"
             "frappe.exceptions.%1")
             .arg(excType)}).toJson(QJsonDocument::Compact))},
    };
    if (!messages.isEmpty()) {
        QJsonArray list;
        for (const QString &m : messages) {
            const QJsonObject one{{QStringLiteral("message"), m},
                                  {QStringLiteral("title"), QStringLiteral("Message")},
                                  {QStringLiteral("indicator"), QStringLiteral("red")},
                                  {QStringLiteral("raise_exception"), 1}};
            list.append(QString::fromUtf8(QJsonDocument(one).toJson(QJsonDocument::Compact)));
        }
        body.insert(QStringLiteral("_server_messages"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
    return SimResponse::json(status, body);
}

bool ErpNextStore::isCreate(const SimRequest &request)
{
    return request.method == "POST" && request.path.startsWith(QLatin1String("/api/resource/"));
}

ErpNextStore::Table *ErpNextStore::table(const QString &doctype)
{
    if (doctype == QLatin1String("Customer"))
        return &m_customers;
    if (doctype == QLatin1String("Item"))
        return &m_items;
    if (doctype == QLatin1String("Sales Order"))
        return &m_salesOrders;
    if (doctype == QLatin1String("Delivery Note"))
        return &m_deliveryNotes;
    if (doctype == QLatin1String("Sales Invoice"))
        return &m_salesInvoices;
    if (doctype == QLatin1String("Bin"))
        return &m_bins;
    return nullptr;
}

void ErpNextStore::store(Table &t, QJsonObject doc)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(1795000000000LL + ++m_clock * 1000, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
    doc.insert(QStringLiteral("owner"), QStringLiteral("api@example.com"));
    doc.insert(QStringLiteral("creation"), stamp);
    doc.insert(QStringLiteral("modified"), stamp);
    doc.insert(QStringLiteral("modified_by"), QStringLiteral("api@example.com"));
    if (!doc.contains(QStringLiteral("docstatus")))
        doc.insert(QStringLiteral("docstatus"), 0);
    t.byName.insert(doc.value(kName).toString(), t.rows.size());
    t.rows.append(doc);
}

void ErpNextStore::setItem(const QString &code, bool disabled)
{
    if (const auto it = m_items.byName.constFind(code); it != m_items.byName.constEnd()) {
        m_items.rows[*it].insert(QStringLiteral("disabled"), disabled ? 1 : 0);
        return;
    }
    store(m_items, QJsonObject{{kName, code}, {QStringLiteral("doctype"), QStringLiteral("Item")},
                               {QStringLiteral("item_code"), code}, {QStringLiteral("item_name"), code},
                               {QStringLiteral("disabled"), disabled ? 1 : 0}, {QStringLiteral("is_sales_item"), 1},
                               {QStringLiteral("stock_uom"), QStringLiteral("Nos")}});
}

QString ErpNextStore::addCustomer(const QString &customerName, const QString &email)
{
    const SimResponse r = insertCustomer(QJsonObject{{QStringLiteral("customer_name"), customerName},
                                                     {QStringLiteral("customer_type"), QStringLiteral("Individual")},
                                                     {QStringLiteral("email_id"), email}});
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("data")).toObject().value(kName).toString();
}

SimResponse ErpNextStore::handle(const SimRequest &request)
{
    // /api/resource/<DocType>[/<name>], each segment percent-decoded on its own ('/' in names).
    QStringList segs;
    for (const QByteArray &s : request.rawPath.split('/')) {
        if (!s.isEmpty())
            segs.append(QUrl::fromPercentEncoding(s));
    }
    if (segs.size() == 3 && segs[0] == QLatin1String("api") && segs[1] == QLatin1String("method"))
        return callMethod(request);
    if (segs.size() < 3 || segs.size() > 4 || segs[0] != QLatin1String("api") || segs[1] != QLatin1String("resource"))
        return SimResponse::html(404, QByteArrayLiteral("<!DOCTYPE html><html><head><title>Not Found</title></head>"
                                                        "<body><h1>Page Not Found</h1></body></html>"));
    const QString doctype = segs[2];
    Table *t = table(doctype);
    if (!t)
        return frappeError(404, QStringLiteral("DoesNotExistError"), {QStringLiteral("DocType %1 not found").arg(doctype)});
    if (segs.size() == 4) {
        if (request.method != "GET")
            return frappeError(403, QStringLiteral("PermissionError"), {QStringLiteral("Not permitted")});
        const auto it = t->byName.constFind(segs[3]);
        if (it == t->byName.constEnd())
            return frappeError(404, QStringLiteral("DoesNotExistError"), {QStringLiteral("%1 %2 not found").arg(doctype, segs[3])});
        return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), t->rows.at(*it)}});
    }
    if (request.method == "GET")
        return list(*t, request);
    if (request.method != "POST")
        return frappeError(403, QStringLiteral("PermissionError"), {QStringLiteral("Not permitted")});

    // Frappe reads a JSON body, or a form field `data` holding the JSON.
    QByteArray raw = request.body;
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        for (const auto &kv : http::parseQuery(request.body)) {
            if (kv.first == QLatin1String("data"))
                raw = kv.second.toUtf8();
        }
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return frappeError(500, QStringLiteral("JSONDecodeError"), {});
    if (t == &m_customers)
        return insertCustomer(doc.object());
    if (t == &m_salesOrders)
        return insertSalesOrder(doc.object());
    if (t == &m_salesInvoices)
        return insertSalesInvoice(doc.object());
    return frappeError(403, QStringLiteral("PermissionError"), {QStringLiteral("Insufficient Permission for %1").arg(doctype)});
}

SimResponse ErpNextStore::list(Table &t, const SimRequest &request)
{
    QJsonArray filters;
    const QString f = request.queryValue(QStringLiteral("filters"));
    if (!f.isEmpty()) {
        const QJsonDocument fd = QJsonDocument::fromJson(f.toUtf8());
        if (fd.isArray()) {
            filters = fd.array();
        } else if (fd.isObject()) { // {"field": value} or {"field": [op, value]}
            const QJsonObject o = fd.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonArray a = it.value().toArray();
                filters.append(it.value().isArray() && a.size() == 2 ? QJsonArray{it.key(), a[0], a[1]}
                                                                     : QJsonArray{it.key(), QStringLiteral("="), it.value()});
            }
        } else {
            return frappeError(500, QStringLiteral("JSONDecodeError"), {});
        }
    }
    QStringList fields{kName};
    if (request.hasQuery(QStringLiteral("fields"))) {
        const QJsonDocument fd = QJsonDocument::fromJson(request.queryValue(QStringLiteral("fields")).toUtf8());
        if (!fd.isArray())
            return frappeError(500, QStringLiteral("JSONDecodeError"), {});
        fields.clear();
        for (const QJsonValue &v : fd.array())
            fields.append(stripTable(v.toString()));
    }
    bool ok = true;
    qsizetype start = request.hasQuery(QStringLiteral("limit_start")) ? request.queryValue(QStringLiteral("limit_start")).toLongLong(&ok) : 0;
    const QString lenKey = request.hasQuery(QStringLiteral("limit_page_length")) ? QStringLiteral("limit_page_length") : QStringLiteral("limit");
    qsizetype length = request.hasQuery(lenKey) ? request.queryValue(lenKey).toLongLong(&ok) : 20;
    if (!ok || start < 0 || length < 0)
        return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Invalid limit")});

    QJsonArray data;
    qsizetype skipped = 0;
    // Frappe's default order is newest first ("modified desc"); "<field> asc" sorts ascending.
    QList<qsizetype> order;
    for (qsizetype i = t.rows.size() - 1; i >= 0; --i)
        order << i;
    const QString orderBy = request.queryValue(QStringLiteral("order_by")).trimmed();
    if (!orderBy.isEmpty()) {
        const QStringList parts = orderBy.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString field = stripTable(parts.value(0));
        const bool asc = parts.value(1).compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0;
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const int c = str(t.rows.at(a).value(field)).compare(str(t.rows.at(b).value(field)));
            return asc ? c < 0 : c > 0;
        });
    }
    for (qsizetype i : std::as_const(order)) {
        const QJsonObject &row = t.rows.at(i);
        bool keep = true;
        for (const QJsonValue &fv : std::as_const(filters)) {
            QJsonArray c = fv.toArray();
            if (c.size() == 4) // [doctype, field, op, value]
                c.removeFirst();
            if (c.size() != 3)
                return frappeError(417, QStringLiteral("ValidationError"), {QStringLiteral("Invalid filter: %1").arg(str(fv))});
            const auto m = matches(row, stripTable(c[0].toString()), c[1].toString(), c[2]);
            if (!m)
                return frappeError(417, QStringLiteral("ValidationError"),
                                   {QStringLiteral("Operator must be one of =, !=, in, not in, like, not like, is")});
            if (!*m) {
                keep = false;
                break;
            }
        }
        if (!keep)
            continue;
        if (skipped++ < start)
            continue;
        QJsonObject out;
        if (fields.contains(QStringLiteral("*"))) {
            out = row;
            out.remove(QStringLiteral("items"));
            out.remove(QStringLiteral("taxes"));
        } else {
            for (const QString &field : std::as_const(fields))
                out.insert(field, row.value(field).isUndefined() ? QJsonValue() : row.value(field));
        }
        data.append(out);
        if (length > 0 && data.size() >= length)
            break;
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

SimResponse ErpNextStore::insertCustomer(QJsonObject doc)
{
    const QString customerName = doc.value(QStringLiteral("customer_name")).toString().trimmed();
    if (customerName.isEmpty())
        return frappeError(417, QStringLiteral("MandatoryError"), {QStringLiteral("Error: Value missing for Customer: Customer Name")});
    if (!doc.contains(QStringLiteral("customer_group")))
        doc.insert(QStringLiteral("customer_group"), QStringLiteral("All Customer Groups"));
    if (!doc.contains(QStringLiteral("territory")))
        doc.insert(QStringLiteral("territory"), QStringLiteral("All Territories"));
    QStringList invalid;
    if (!m_customerGroups.contains(doc.value(QStringLiteral("customer_group")).toString()))
        invalid << QStringLiteral("Customer Group: %1").arg(doc.value(QStringLiteral("customer_group")).toString());
    if (!m_territories.contains(doc.value(QStringLiteral("territory")).toString()))
        invalid << QStringLiteral("Territory: %1").arg(doc.value(QStringLiteral("territory")).toString());
    if (!invalid.isEmpty())
        return frappeError(417, QStringLiteral("LinkValidationError"), {QStringLiteral("Could not find %1").arg(invalid.join(QLatin1String(", ")))});

    // ERPNext names customers by customer_name and appends " - 1", " - 2" on a clash.
    QString name = customerName;
    QStringList notes;
    for (int n = 1; m_customers.byName.contains(name); ++n)
        name = QStringLiteral("%1 - %2").arg(customerName).arg(n);
    if (name != customerName)
        notes << QStringLiteral("Changed customer name to '%1' as '%2' already exists.").arg(name, customerName);
    doc.insert(kName, name);
    doc.insert(QStringLiteral("doctype"), QStringLiteral("Customer"));
    doc.insert(QStringLiteral("customer_name"), customerName);
    if (!doc.value(QStringLiteral("email_id")).toString().isEmpty())
        doc.insert(QStringLiteral("customer_primary_contact"), QStringLiteral("%1-%2").arg(name).arg(++m_contactSeries));
    store(m_customers, doc);
    QJsonObject body{{QStringLiteral("data"), m_customers.rows.last()}};
    if (!notes.isEmpty()) {
        QJsonArray list{QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("message"), notes.first()}}).toJson(QJsonDocument::Compact))};
        body.insert(QStringLiteral("_server_messages"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
    return SimResponse::json(200, body);
}

QString ErpNextStore::nextSalesOrderName(const QString &date)
{
    const QString year = date.size() >= 4 ? date.left(4) : QString::number(QDate::currentDate().year());
    return QStringLiteral("SAL-ORD-%1-%2").arg(year).arg(++m_soSeries, 5, 10, QLatin1Char('0'));
}

int ErpNextStore::submittedSalesOrders() const
{
    int n = 0;
    for (const QJsonObject &so : m_salesOrders.rows)
        n += so.value(QStringLiteral("docstatus")).toInt() == 1 ? 1 : 0;
    return n;
}

int ErpNextStore::duplicateReferences() const
{
    int n = 0;
    for (auto it = m_referenceUse.cbegin(); it != m_referenceUse.cend(); ++it)
        n += it.value() > 1 ? 1 : 0;
    return n;
}

QJsonArray ErpNextStore::salesOrdersWithReference(const QString &reference) const
{
    QJsonArray out;
    for (const QJsonObject &so : m_salesOrders.rows) {
        if (str(so.value(m_config.referenceField)) == reference)
            out.append(so);
    }
    return out;
}

} // namespace backroom::sim
