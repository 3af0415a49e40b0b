// ErpNextAdapter: the documents after the sales order — Delivery Notes, the Sales Order's
// state, cancellation and return Sales Invoices (credit notes). Wire facts: docs/erpnext-wire.md.
#include "sync/erp/erpnextadapter.h"

#include <QDateTime>

#include "sync/erp/erpnextpayload.h"
#include "sync/http/httpclient.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace backroom {

namespace {

constexpr int kDeliveryPage = 50;

SyncError failure(const HttpResponse &r, FrappeContext context)
{
    SyncError e = mapFrappeError(r.status, r.body, context, r.error);
    if (e.requestId.isEmpty())
        e.requestId = r.correlationId;
    return e;
}

SyncError unreadable(const HttpResponse &r, const QString &what)
{
    SyncError e;
    e.category = ErrorCategory::TransientRemote;
    e.code = QStringLiteral("unreadable_response");
    e.httpStatus = r.status;
    e.requestId = r.correlationId;
    e.message = QStringLiteral("ERPNext answered %1 with a body Backroom cannot read").arg(what);
    e.hint = QStringLiteral("Backroom retries by itself; if this persists, check ERPNext and any proxy in front of it.");
    return e;
}

std::optional<QJsonObject> documentOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isObject())
        return std::nullopt;
    return doc.object().value(QLatin1String("data")).toObject();
}

Money moneyOf(const QJsonValue &v)
{
    return v.isString() ? Money::parse(v.toString()).value_or(Money()) : Money::fromDouble(v.toDouble());
}

QJsonValue amount(Money m)
{
    return m.toString().toDouble();
}

} // namespace

SalesOrderState salesOrderStateFromDoc(const QJsonObject &doc)
{
    SalesOrderState s;
    s.name = doc.value(QLatin1String("name")).toString();
    s.grandTotal = moneyOf(doc.value(QLatin1String("grand_total")));
    s.totalTax = moneyOf(doc.value(QLatin1String("total_taxes_and_charges")));
    const QString status = doc.value(QLatin1String("status")).toString();
    s.erpStatus = status;
    const double perDelivered = doc.value(QLatin1String("per_delivered")).toDouble();
    if (doc.value(QLatin1String("docstatus")).toInt() == 2 || status == QLatin1String("Cancelled"))
        s.status = SalesOrderState::Status::Cancelled;
    else if (status == QLatin1String("Closed"))
        s.status = SalesOrderState::Status::Closed;
    else if (perDelivered >= 100.0 || status == QLatin1String("To Bill") || status == QLatin1String("Completed"))
        s.status = SalesOrderState::Status::Delivered;
    else if (perDelivered > 0.0)
        s.status = SalesOrderState::Status::PartlyDelivered;
    else
        s.status = SalesOrderState::Status::Open;
    for (const QJsonValue &v : doc.value(QLatin1String("items")).toArray()) {
        const QJsonObject it = v.toObject();
        SalesOrderState::Line line;
        line.itemCode = it.value(QLatin1String("item_code")).toString();
        line.ordered = it.value(QLatin1String("qty")).toDouble();
        line.delivered = it.value(QLatin1String("delivered_qty")).toDouble();
        const double pending = std::max(0.0, line.ordered - line.delivered);
        // projected_qty is the Bin's projection for the item and warehouse as ERPNext stored it
        // on the row (actual + ordered + planned - reserved). Absent: nothing known, no shortfall.
        const QJsonValue projected = it.value(QLatin1String("projected_qty"));
        if (projected.isDouble() && pending > 0 && s.status != SalesOrderState::Status::Cancelled)
            line.shortfall = std::clamp(pending - projected.toDouble(), 0.0, pending);
        s.lines << line;
    }
    return s;
}

Delivery deliveryFromDoc(const QJsonObject &doc)
{
    Delivery d;
    d.name = doc.value(QLatin1String("name")).toString();
    d.modified = doc.value(QLatin1String("modified")).toString();
    d.trackingNumber = doc.value(QLatin1String("lr_no")).toString().trimmed();
    d.carrier = doc.value(QLatin1String("transporter_name")).toString().trimmed();
    for (const QJsonValue &v : doc.value(QLatin1String("items")).toArray()) {
        const QJsonObject it = v.toObject();
        if (d.salesOrder.isEmpty())
            d.salesOrder = it.value(QLatin1String("against_sales_order")).toString();
        d.lines << DeliveryLine{it.value(QLatin1String("item_code")).toString(), it.value(QLatin1String("qty")).toDouble()};
    }
    return d;
}

Result<QJsonObject> buildCreditNotePayload(const CreditNoteDraft &draft, const ErpNextConnection &conn,
                                           const QString &postingDate)
{
    auto problem = [](ErrorCategory c, const QString &code, const QString &message, const QString &hint) {
        SyncError e;
        e.category = c;
        e.code = code;
        e.message = message;
        e.hint = hint;
        return e;
    };
    if (draft.amount <= Money())
        return problem(ErrorCategory::Validation, QStringLiteral("credit_without_amount"),
                       QStringLiteral("Refund %1 has no positive amount").arg(draft.reference),
                       QStringLiteral("Check the refund in WooCommerce, then retry."));
    QJsonArray items;
    Money lines;
    for (const CreditNoteLine &l : draft.lines) {
        if (l.quantity <= 0)
            return problem(ErrorCategory::Validation, QStringLiteral("credit_line_quantity"),
                           QStringLiteral("Refund %1 returns %2 units of %3").arg(draft.reference).arg(l.quantity).arg(l.itemCode),
                           QStringLiteral("Check the refund's lines in WooCommerce, then retry."));
        // ERPNext keeps rates to the currency precision: rate = amount / qty, rounded; the cent
        // that rounding loses goes into the adjustment row below.
        const Money rate = Money::fromDouble(std::round(l.amount.toDouble() / l.quantity * 100.0) / 100.0);
        const Money rowAmount = Money::fromDouble(std::round(rate.toDouble() * l.quantity * 100.0) / 100.0);
        lines += rowAmount;
        QJsonObject row{{QStringLiteral("item_code"), l.itemCode}, {QStringLiteral("qty"), -l.quantity},
                        {QStringLiteral("rate"), amount(rate)}};
        if (!draft.salesOrder.isEmpty())
            row.insert(QStringLiteral("sales_order"), draft.salesOrder);
        if (!conn.warehouse.isEmpty())
            row.insert(QStringLiteral("warehouse"), conn.warehouse);
        items.append(row);
    }
    if (draft.lines.isEmpty()) {
        if (conn.creditItem.isEmpty())
            return problem(ErrorCategory::Mapping, QStringLiteral("credit_item_missing"),
                           QStringLiteral("Refund %1 has no lines, and no ERP item is set for amount-only credits").arg(draft.reference),
                           QStringLiteral("Create a non-stock item such as \"Goodwill Credit\" in ERPNext, set erp.credit_item "
                                          "to it, then retry."));
        items.append(QJsonObject{{QStringLiteral("item_code"), conn.creditItem}, {QStringLiteral("qty"), -1},
                                 {QStringLiteral("rate"), amount(draft.amount)}});
        lines = draft.amount;
    }
    QJsonArray taxes;
    const Money rest = draft.amount - lines; // tax, shipping and fees refunded, plus rounding
    if (!rest.isZero()) {
        if (conn.taxAccount.isEmpty())
            return problem(ErrorCategory::Mapping, QStringLiteral("tax_account_missing"),
                           QStringLiteral("Refund %1 credits %2 of tax and charges, and erp.tax_account is not set")
                               .arg(draft.reference, rest.toString()),
                           QStringLiteral("Set erp.tax_account to the account that books refunded tax, then retry."));
        taxes.append(QJsonObject{{QStringLiteral("charge_type"), QStringLiteral("Actual")},
                                 {QStringLiteral("account_head"), conn.taxAccount},
                                 {QStringLiteral("description"), QStringLiteral("Tax and charges refunded")},
                                 {QStringLiteral("tax_amount"), amount(-rest)}});
    }
    QJsonObject doc{{QStringLiteral("doctype"), QStringLiteral("Sales Invoice")},
                    {QStringLiteral("is_return"), 1},
                    {QStringLiteral("update_stock"), 0},
                    {QStringLiteral("customer"), draft.customerName},
                    {QStringLiteral("company"), conn.company},
                    {QStringLiteral("posting_date"), postingDate},
                    {QStringLiteral("set_posting_time"), 1},
                    {conn.referenceField, draft.reference},
                    {QStringLiteral("remarks"), draft.reason.isEmpty() ? QStringLiteral("Refund %1").arg(draft.reference)
                                                                       : draft.reason},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("docstatus"), 1}};
    if (!taxes.isEmpty())
        doc.insert(QStringLiteral("taxes"), taxes);
    return doc;
}

void ErpNextAdapter::deliveriesSince(const QString &cursor, Callback<DeliveryPage> done)
{
    QJsonArray filters{QJsonArray{QStringLiteral("docstatus"), QStringLiteral("="), 1}};
    if (!cursor.isEmpty())
        filters.append(QJsonArray{QStringLiteral("modified"), QStringLiteral(">"), cursor});
    QUrl url = frappeListUrl(m_conn.url, QStringLiteral("Delivery Note"), filters,
                             {QStringLiteral("name"), QStringLiteral("modified")}, kDeliveryPage);
    QString query = url.query(QUrl::FullyEncoded);
    query += QStringLiteral("&order_by=modified%20asc");
    url.setQuery(query, QUrl::StrictMode);
    HttpRequest r = request("GET", url);
    m_http->send(std::move(r), [this, cursor, done = std::move(done)](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, FrappeContext::Lookup));
        const auto names = frappeListNames(resp.body);
        if (!names)
            return done(unreadable(resp, QStringLiteral("a Delivery Note listing")));
        DeliveryPage page;
        page.nextCursor = cursor;
        readDeliveries(*names, page, done);
    });
}

void ErpNextAdapter::readDeliveries(QStringList names, DeliveryPage page, Callback<DeliveryPage> done)
{
    if (names.isEmpty())
        return done(page);
    const QString name = names.takeFirst();
    HttpRequest r = request("GET", frappeResourceUrl(m_conn.url, QStringLiteral("Delivery Note"), name));
    m_http->send(std::move(r), [this, names, page, done = std::move(done)](const HttpResponse &resp) mutable {
        if (resp.status == 404) // deleted between the listing and the read: skip it
            return readDeliveries(names, page, done);
        if (!resp.ok())
            return done(failure(resp, FrappeContext::Lookup));
        const auto doc = documentOf(resp.body);
        if (!doc)
            return done(unreadable(resp, QStringLiteral("a Delivery Note")));
        const Delivery d = deliveryFromDoc(*doc);
        if (d.modified > page.nextCursor)
            page.nextCursor = d.modified;
        if (!d.salesOrder.isEmpty())
            page.deliveries << d;
        readDeliveries(names, page, done);
    });
}

void ErpNextAdapter::salesOrderState(const QString &name, Callback<SalesOrderState> done)
{
    constexpr qint64 kFreshForMs = 60000;
    if (const auto fresh = m_freshStates.constFind(name); fresh != m_freshStates.constEnd()) {
        const SalesOrderState state = fresh->state;
        const bool young = QDateTime::currentMSecsSinceEpoch() - fresh->atMs < kFreshForMs;
        m_freshStates.erase(fresh);
        m_freshOrder.removeOne(name);
        if (young) {
            QMetaObject::invokeMethod(this, [done = std::move(done), state] { done(state); }, Qt::QueuedConnection);
            return;
        }
    }
    fetchSalesOrderState(name, std::move(done));
}

void ErpNextAdapter::fetchSalesOrderState(const QString &name, Callback<SalesOrderState> done)
{
    HttpRequest r = request("GET", frappeResourceUrl(m_conn.url, QStringLiteral("Sales Order"), name));
    m_http->send(std::move(r), [name, done = std::move(done)](const HttpResponse &resp) {
        if (resp.status == 404) {
            SalesOrderState s;
            s.name = name;
            s.status = SalesOrderState::Status::Missing;
            return done(s);
        }
        if (!resp.ok())
            return done(failure(resp, FrappeContext::Lookup));
        const auto doc = documentOf(resp.body);
        if (!doc)
            return done(unreadable(resp, QStringLiteral("a Sales Order")));
        done(salesOrderStateFromDoc(*doc));
    });
}

void ErpNextAdapter::cancelSalesOrder(const QString &name, StatusCallback done)
{
    fetchSalesOrderState(name, [this, name, done = std::move(done)](const Result<SalesOrderState> &state) {
        if (!state)
            return done(state.error());
        const SalesOrderState &s = state.value();
        using S = SalesOrderState::Status;
        if (s.status == S::Cancelled)
            return done(okStatus()); // an earlier attempt got through
        SyncError e;
        e.category = ErrorCategory::Conflict;
        if (s.status == S::Missing) {
            e.code = QStringLiteral("sales_order_missing");
            e.message = QStringLiteral("Sales Order %1 no longer exists in ERPNext").arg(name);
            e.hint = QStringLiteral("Check in ERPNext whether it was deleted on purpose; nothing is left to cancel there, "
                                    "so resolve the exception.");
            return done(e);
        }
        if (s.status == S::Delivered || s.status == S::PartlyDelivered) {
            double ordered = 0, delivered = 0;
            for (const auto &l : s.lines) {
                ordered += l.ordered;
                delivered += l.delivered;
            }
            e.code = QStringLiteral("already_delivered");
            e.message = QStringLiteral("ERPNext has already delivered %1 of %2 units of Sales Order %3")
                            .arg(delivered).arg(ordered).arg(name);
            e.hint = QStringLiteral("Stop the parcel with the carrier or arrange a return, then resolve the exception "
                                    "with a note; Backroom does not cancel a delivered order.");
            return done(e);
        }
        if (s.status == S::Closed) {
            e.code = QStringLiteral("sales_order_closed");
            e.message = QStringLiteral("Sales Order %1 is closed in ERPNext").arg(name);
            e.hint = QStringLiteral("Re-open it in ERPNext and retry, or cancel it there by hand and resolve the exception.");
            return done(e);
        }
        HttpRequest r = request("POST", QUrl(QString(m_conn.url.toString(QUrl::StripTrailingSlash)
                                                     + QStringLiteral("/api/method/frappe.client.cancel"))));
        r.idempotent = false;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("doctype"), QStringLiteral("Sales Order")},
                                           {QStringLiteral("name"), name}})
                     .toJson(QJsonDocument::Compact);
        m_http->send(std::move(r), [done](const HttpResponse &resp) {
            if (resp.ok())
                return done(okStatus());
            SyncError err = failure(resp, FrappeContext::Lookup);
            // A Delivery Note submitted since the read links the order: frappe.LinkExistsError.
            if (err.code == QLatin1String("LinkExistsError")) {
                err.category = ErrorCategory::Conflict;
                err.hint = QStringLiteral("A document in ERPNext (a delivery or invoice) links the order: stop or "
                                          "return the delivery, then resolve the exception.");
            }
            done(err);
        });
    });
}

void ErpNextAdapter::findCreditNote(const QString &reference, LookupCallback done)
{
    const QJsonArray filters{
        QJsonArray{m_conn.referenceField, QStringLiteral("="), reference},
        QJsonArray{QStringLiteral("is_return"), QStringLiteral("="), 1},
        QJsonArray{QStringLiteral("docstatus"), QStringLiteral("!="), 2},
    };
    HttpRequest r = request("GET", frappeListUrl(m_conn.url, QStringLiteral("Sales Invoice"), filters,
                                                 {QStringLiteral("name")}, 2));
    m_http->send(std::move(r), [done = std::move(done)](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, FrappeContext::Lookup));
        const auto names = frappeListNames(resp.body);
        if (!names)
            return done(unreadable(resp, QStringLiteral("a Sales Invoice look-up")));
        done(names->isEmpty() ? std::optional<QString>() : std::optional<QString>(names->first()));
    });
}

void ErpNextAdapter::createCreditNote(const CreditNoteDraft &draft, NameCallback done)
{
    const Result<QJsonObject> payload =
        buildCreditNotePayload(draft, m_conn, QDate::currentDate().toString(Qt::ISODate));
    if (!payload)
        return done(payload.error());
    HttpRequest r = request("POST", frappeResourceUrl(m_conn.url, QStringLiteral("Sales Invoice")));
    r.idempotent = false; // the engine looks the credit note up before any retry
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(payload.value()).toJson(QJsonDocument::Compact);
    m_http->send(std::move(r), [done = std::move(done)](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, FrappeContext::CreateSalesOrder));
        const auto name = frappeDocumentName(resp.body);
        if (!name)
            return done(unreadable(resp, QStringLiteral("the new Sales Invoice")));
        done(*name);
    });
}

} // namespace backroom
