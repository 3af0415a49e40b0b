#include "sync/erp/trytonadapter.h"

#include "sync/erp/trytonjson.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <cmath>

namespace backroom {

Q_LOGGING_CATEGORY(lcTryton, "backroom.sync.tryton")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrytonAdapter", text);
}

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

SyncError unreadable(const QString &what)
{
    return problem(ErrorCategory::TransientRemote, QStringLiteral("unreadable_response"),
                   tr("Tryton answered %1 with something Backroom cannot read.").arg(what),
                   tr("Backroom looks the document up before it retries, so nothing is created twice."));
}

Money round2(Money m)
{
    const qint64 v = m.minor4();
    const qint64 a = v < 0 ? -v : v;
    const qint64 r = (a + 50) / 100 * 100;
    return Money::fromMinor4(v < 0 ? -r : r);
}

Money times(double qty, Money rate)
{
    return Money::fromMinor4(qint64(std::llround(qty * double(rate.minor4()))));
}

QJsonObject chargeLine(const QString &description, Money amount)
{
    return {{QStringLiteral("type"), QStringLiteral("line")},
            {QStringLiteral("quantity"), 1.0},
            {QStringLiteral("unit_price"), tryton::decimal(amount)},
            {QStringLiteral("description"), description}};
}

const QJsonObject kAllRecords{{QStringLiteral("active_test"), false}};

} // namespace

TrytonAdapter::TrytonAdapter(TrytonConnection conn, HttpClient *http, QObject *parent)
    : ErpAdapter(parent), m_rpc(new TrytonRpc(std::move(conn), http, QStringLiteral("erp:tryton"), this))
{
}

TrytonAdapter::~TrytonAdapter() = default;

// --- sales orders -----------------------------------------------------------------------

void TrytonAdapter::findSalesOrder(const QString &reference, LookupCallback done)
{
    salesByReference(reference, [this, reference, done = std::move(done)](const Result<QJsonArray> &r) {
        if (!r)
            return done(r.error());
        if (r.value().isEmpty())
            return done(std::optional<QString>());
        // An earlier create may have stopped half-way: finish it rather than create a second sale.
        keepOldest(reference, r.value(), [done](const Result<QString> &number) {
            if (!number)
                return done(number.error());
            done(std::optional<QString>(number.value()));
        });
    });
}

void TrytonAdapter::salesByReference(const QString &reference, Callback<QJsonArray> done)
{
    const QJsonArray domain{QJsonArray{QStringLiteral("reference"), QStringLiteral("="), reference},
                            QJsonArray{QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancelled")}};
    const QJsonArray params{domain, 0, QJsonValue::Null, QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}},
                            QJsonArray{QStringLiteral("number"), QStringLiteral("state")}};
    m_rpc->call(QStringLiteral("model.sale.sale.search_read"), params, true,
                [done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        done(r.value().toArray());
    }, kAllRecords);
}

void TrytonAdapter::keepOldest(const QString &reference, const QJsonArray &sales, NameCallback done)
{
    const qint64 keep = sales.at(0).toObject().value(QLatin1String("id")).toInteger();
    QJsonArray extra;
    for (qsizetype i = 1; i < sales.size(); ++i) {
        const QJsonObject s = sales.at(i).toObject();
        const QString state = s.value(QLatin1String("state")).toString();
        if (state == QLatin1String("draft") || state == QLatin1String("quotation"))
            extra.append(s.value(QLatin1String("id")));
        else
            qCWarning(lcTryton) << "sale" << s.value(QLatin1String("number")).toString() << "is a second" << state
                                << "sale for reference" << reference << "; cancel it in Tryton";
    }
    const auto finish = [this, keep, done]() { advance(keep, 4, done); };
    if (extra.isEmpty())
        return finish();
    qCWarning(lcTryton) << "removing" << extra.size() << "later draft sale(s) for reference" << reference;
    // Tryton deletes drafts and quotations (it cancels them first).
    m_rpc->call(QStringLiteral("model.sale.sale.delete"), QJsonArray{extra}, false,
                [finish](const Result<QJsonValue> &d) {
        if (!d)
            qCWarning(lcTryton) << "could not remove a later draft sale:" << d.error().summary();
        finish();
    });
}

void TrytonAdapter::createSalesOrder(const SalesOrderDraft &draft, NameCallback done)
{
    const QString fixOrder = tr("Correct the order or its mapping in Backroom, then retry.");
    if (draft.lines.isEmpty())
        return done(problem(ErrorCategory::Validation, QStringLiteral("tryton_payload"),
                            tr("The order has no lines to send to Tryton."), fixOrder));
    if (draft.reference.isEmpty() || draft.customerName.isEmpty())
        return done(problem(ErrorCategory::Validation, QStringLiteral("tryton_payload"),
                            tr("The order has no reference or no Tryton customer."), fixOrder));
    QSet<QString> codes;
    for (const SalesOrderLine &l : draft.lines) {
        if (l.itemCode.trimmed().isEmpty())
            return done(problem(ErrorCategory::Mapping, QStringLiteral("empty_item_code"),
                                tr("Line \"%1\" has no item code.").arg(l.description),
                                tr("Give the product a SKU in WooCommerce or map it in the SKU crosswalk, then retry.")));
        codes.insert(l.itemCode);
    }
    resolveParty(draft.customerName, [this, draft, codes, done = std::move(done)](const Result<Party> &party) {
        if (!party)
            return done(party.error());
        // Inactive products are read too: Tryton would sell them, Backroom refuses them.
        const QJsonArray params{QJsonArray{QJsonArray{QStringLiteral("code"), QStringLiteral("in"),
                                                      QJsonArray::fromStringList(QStringList(codes.begin(), codes.end()))}},
                                0, QJsonValue::Null, QJsonValue::Null,
                                QJsonArray{QStringLiteral("code"), QStringLiteral("sale_uom"), QStringLiteral("active")}};
        m_rpc->call(QStringLiteral("model.product.product.search_read"), params, true,
                    [this, draft, party = party.value(), done](const Result<QJsonValue> &r) {
            if (!r)
                return done(r.error());
            insertSale(draft, party, r.value().toArray(), done);
        }, kAllRecords);
    });
}

void TrytonAdapter::insertSale(const SalesOrderDraft &draft, const Party &party, const QJsonArray &products,
                               NameCallback done)
{
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : products)
        byCode.insert(v.toObject().value(QLatin1String("code")).toString(), v.toObject());
    QJsonArray lines;
    Money net, expectedLines;
    for (const SalesOrderLine &l : draft.lines) {
        const auto it = byCode.constFind(l.itemCode);
        if (it == byCode.constEnd())
            return done(problem(ErrorCategory::Mapping, QStringLiteral("unknown_product"),
                                tr("Tryton has no product with the code \"%1\" (product.product search by code "
                                   "found nothing).").arg(l.itemCode),
                                tr("Create the product in Tryton with this code, or map the SKU to an existing "
                                   "code in the SKU crosswalk, then retry the group."),
                                l.itemCode));
        if (!tryton::flag(it->value(QLatin1String("active")), true))
            return done(problem(ErrorCategory::Business, QStringLiteral("inactive_product"),
                                tr("The Tryton product \"%1\" is inactive (archived).").arg(l.itemCode),
                                tr("Reactivate the product in Tryton or map the SKU to an active product, then "
                                   "retry the group."),
                                l.itemCode));
        if (!(l.quantity > 0))
            return done(problem(ErrorCategory::Validation, QStringLiteral("tryton_payload"),
                                tr("Line %1 has quantity %2.").arg(l.itemCode).arg(l.quantity),
                                tr("Correct the quantity in WooCommerce, then retry.")));
        const Money rate = Money::fromMinor4(l.rate.minor4()); // Tryton keeps 4 decimals
        net += round2(times(l.quantity, rate));
        expectedLines += round2(l.amount.isZero() ? times(l.quantity, l.rate) : l.amount);
        lines.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("line")},
                                 {QStringLiteral("product"), it->value(QLatin1String("id"))},
                                 {QStringLiteral("unit"), it->value(QLatin1String("sale_uom"))},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), tryton::decimal(rate)},
                                 {QStringLiteral("description"), l.description.isEmpty() ? l.itemCode : l.description}});
    }
    Money total = net;
    const auto addCharge = [&](const QString &description, Money amount) {
        amount = round2(amount);
        if (amount.isZero())
            return;
        lines.append(chargeLine(description, amount));
        total += amount;
    };
    addCharge(tr("Rounding adjustment"), expectedLines - net);
    addCharge(tr("Discount"), -draft.discount);
    for (const SalesOrderCharge &c : draft.charges)
        addCharge(c.description.isEmpty() ? tr("Charge") : c.description, c.amount);
    if ((total - draft.expectedTotal).abs() > Money::fromMinor4(100))
        return done(problem(ErrorCategory::Validation, QStringLiteral("totals_mismatch"),
                            tr("The order does not add up: the Tryton lines come to %1 but the WooCommerce total "
                               "is %2.").arg(total.toString(), draft.expectedTotal.toString()),
                            tr("This is a mapping defect: report it with the order's passport; resolve the order "
                               "by hand meanwhile.")));

    resolveWarehouse([this, draft, party, lines, done](const Result<qint64> &warehouse) {
        if (!warehouse)
            return done(warehouse.error());
        QJsonObject sale{
            {QStringLiteral("party"), double(party.id)},
            {QStringLiteral("reference"), draft.reference},
            {QStringLiteral("description"), draft.remarks},
            {QStringLiteral("warehouse"), double(warehouse.value())},
            {QStringLiteral("invoice_method"), QStringLiteral("manual")},
            {QStringLiteral("shipment_method"), QStringLiteral("order")},
            {QStringLiteral("lines"), QJsonArray{QJsonArray{QStringLiteral("create"), lines}}},
        };
        if (party.address) {
            sale.insert(QStringLiteral("invoice_address"), double(party.address));
            sale.insert(QStringLiteral("shipment_address"), double(party.address));
        }
        const QDate date = QDate::fromString(draft.transactionDate, Qt::ISODate);
        if (date.isValid())
            sale.insert(QStringLiteral("sale_date"), tryton::date(date));
        // The look-up is part of the create: whatever re-sends an order (a retry that was
        // counted as no attempt, a restart while the previous create was still running),
        // a reference that already has a sale is finished, never created a second time.
        const QString reference = draft.reference;
        salesByReference(reference, [this, reference, sale, done](const Result<QJsonArray> &existing) {
            if (!existing)
                return done(existing.error());
            if (!existing.value().isEmpty())
                return keepOldest(reference, existing.value(), done);
            createAndSettle(reference, sale, done);
        });
    });
}

void TrytonAdapter::createAndSettle(const QString &reference, const QJsonObject &sale, NameCallback done)
{
    m_rpc->call(QStringLiteral("model.sale.sale.create"), QJsonArray{QJsonArray{sale}}, false,
                [this, reference, done](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        const qint64 id = r.value().toArray().at(0).toInteger();
        if (id <= 0)
            return done(unreadable(tr("the new sale")));
        // Another create for the same reference may have landed meanwhile (a previous run's
        // request the server finished after that run stopped): the oldest sale wins, later
        // drafts are removed. Looked at again once the sale is confirmed, for a create that
        // landed while this one was being confirmed.
        const auto settle = [this, reference](NameCallback then) {
            salesByReference(reference, [this, reference, then](const Result<QJsonArray> &rows) {
                if (!rows)
                    return then(rows.error());
                if (rows.value().isEmpty())
                    return then(unreadable(tr("the sales of the reference")));
                keepOldest(reference, rows.value(), then);
            });
        };
        settle([this, id, settle, done](const Result<QString> &number) {
            if (number)
                return settle(done);
            if (isTransient(number.error().category))
                return done(number);
            // Tryton refused to quote or confirm: remove the draft so a corrected retry
            // creates a fresh sale (a transient failure keeps it: the look-up finishes it).
            m_rpc->call(QStringLiteral("model.sale.sale.delete"), QJsonArray{QJsonArray{double(id)}}, false,
                        [done, number](const Result<QJsonValue> &) { done(number); });
        });
    });
}

void TrytonAdapter::advance(qint64 saleId, int steps, NameCallback done)
{
    const QJsonArray params{QJsonArray{double(saleId)}, QJsonArray{QStringLiteral("number"), QStringLiteral("state")}};
    m_rpc->call(QStringLiteral("model.sale.sale.read"), params, true,
                [this, saleId, steps, done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        const QJsonObject sale = r.value().toArray().at(0).toObject();
        const QString state = sale.value(QLatin1String("state")).toString();
        if (state == QLatin1String("processing") || state == QLatin1String("done"))
            return done(sale.value(QLatin1String("number")).toString());
        const QString button = state == QLatin1String("draft")       ? QStringLiteral("quote")
                             : state == QLatin1String("quotation")   ? QStringLiteral("confirm")
                             : state == QLatin1String("confirmed")   ? QStringLiteral("process")
                                                                     : QString();
        if (button.isEmpty() || steps <= 0)
            return done(problem(ErrorCategory::Business, QStringLiteral("sale_state"),
                                tr("Tryton sale %1 is %2 and cannot be confirmed.")
                                    .arg(sale.value(QLatin1String("number")).toString(), state),
                                tr("Open the sale in Tryton and confirm or cancel it, then retry.")));
        m_rpc->call(QStringLiteral("model.sale.sale.") + button, QJsonArray{QJsonArray{double(saleId)}}, false,
                    [this, saleId, steps, done](const Result<QJsonValue> &step) {
            if (!step)
                return done(step.error());
            advance(saleId, steps - 1, done);
        });
    });
}

// --- customers --------------------------------------------------------------------------

void TrytonAdapter::ensureCustomer(const Customer &customer, NameCallback done)
{
    const QString email = customer.email.trimmed();
    const QString key = email.toLower();
    if (key.isEmpty())
        return done(problem(ErrorCategory::Validation, QStringLiteral("customer_without_email"),
                            tr("The order's customer has no e-mail address; Tryton parties are matched by e-mail."),
                            tr("Add a billing e-mail to the order in WooCommerce, then retry.")));
    if (const auto it = m_partyByEmail.constFind(key); it != m_partyByEmail.constEnd())
        return done(*it);
    if (auto pending = m_pendingCustomers.find(key); pending != m_pendingCustomers.end()) {
        pending->append(std::move(done));
        return;
    }
    m_pendingCustomers.insert(key, {std::move(done)});
    const QJsonArray domain{QJsonArray{QStringLiteral("type"), QStringLiteral("="), QStringLiteral("email")},
                            QJsonArray{QStringLiteral("value"), QStringLiteral("in"), QJsonArray{email, key}},
                            QJsonArray{QStringLiteral("party.active"), QStringLiteral("="), true}};
    const QJsonArray params{domain, 0, 1, QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}},
                            QJsonArray{QStringLiteral("party")}};
    m_rpc->call(QStringLiteral("model.party.contact_mechanism.search_read"), params, true,
                [this, key, customer](const Result<QJsonValue> &r) {
        if (!r)
            return finishCustomer(key, r.error());
        const QJsonArray rows = r.value().toArray();
        if (rows.isEmpty())
            return createParty(key, customer);
        const qint64 partyId = rows.first().toObject().value(QLatin1String("party")).toInteger();
        const QJsonArray read{QJsonArray{double(partyId)}, QJsonArray{QStringLiteral("code"), QStringLiteral("addresses")}};
        m_rpc->call(QStringLiteral("model.party.party.read"), read, true, [this, key](const Result<QJsonValue> &p) {
            if (!p)
                return finishCustomer(key, p.error());
            rememberParty(key, p.value().toArray().at(0).toObject(),
                          [this, key](const Result<QString> &code) { finishCustomer(key, code); });
        });
    });
}

void TrytonAdapter::createParty(const QString &key, const Customer &customer)
{
    const Address &a = customer.billing;
    QJsonArray mechanisms{QJsonObject{{QStringLiteral("type"), QStringLiteral("email")}, {QStringLiteral("value"), key}}};
    if (!a.phone.trimmed().isEmpty())
        mechanisms.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("phone")},
                                      {QStringLiteral("value"), a.phone.trimmed()}});
    QString street = a.address1;
    if (!a.address2.isEmpty())
        street += QLatin1Char('\n') + a.address2;
    const QJsonObject address{{QStringLiteral("street"), street},
                              {QStringLiteral("postal_code"), a.postcode},
                              {QStringLiteral("city"), a.city},
                              {QStringLiteral("party_name"), a.company}};
    const QString name = !customer.name.trimmed().isEmpty() ? customer.name.trimmed()
                       : !customer.company.isEmpty()        ? customer.company
                                                            : key;
    const QJsonObject party{
        {QStringLiteral("name"), name},
        {QStringLiteral("contact_mechanisms"), QJsonArray{QJsonArray{QStringLiteral("create"), mechanisms}}},
        {QStringLiteral("addresses"), QJsonArray{QJsonArray{QStringLiteral("create"), QJsonArray{address}}}},
    };
    m_rpc->call(QStringLiteral("model.party.party.create"), QJsonArray{QJsonArray{party}}, false,
                [this, key](const Result<QJsonValue> &r) {
        if (!r)
            return finishCustomer(key, r.error());
        const qint64 id = r.value().toArray().at(0).toInteger();
        const QJsonArray read{QJsonArray{double(id)}, QJsonArray{QStringLiteral("code"), QStringLiteral("addresses")}};
        m_rpc->call(QStringLiteral("model.party.party.read"), read, true, [this, key](const Result<QJsonValue> &p) {
            if (!p)
                return finishCustomer(key, p.error());
            rememberParty(key, p.value().toArray().at(0).toObject(), [this, key](const Result<QString> &code) {
                if (code)
                    qCInfo(lcTryton) << "created party" << code.value();
                finishCustomer(key, code);
            });
        });
    });
}

void TrytonAdapter::rememberParty(const QString &key, const QJsonObject &party, NameCallback done)
{
    const QString code = party.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        return done(unreadable(tr("a party")));
    Party p;
    p.id = party.value(QLatin1String("id")).toInteger();
    p.address = party.value(QLatin1String("addresses")).toArray().at(0).toInteger();
    m_parties.insert(code, p);
    if (!key.isEmpty())
        m_partyByEmail.insert(key, code);
    done(code);
}

void TrytonAdapter::finishCustomer(const QString &key, const Result<QString> &result)
{
    const QList<NameCallback> waiting = m_pendingCustomers.take(key);
    for (const NameCallback &cb : waiting)
        cb(result);
}

void TrytonAdapter::resolveParty(const QString &code, Callback<Party> done)
{
    if (const auto it = m_parties.constFind(code); it != m_parties.constEnd())
        return done(*it);
    const QJsonArray params{QJsonArray{QJsonArray{QStringLiteral("code"), QStringLiteral("="), code}}, 0, 1,
                            QJsonValue::Null, QJsonArray{QStringLiteral("code"), QStringLiteral("addresses")}};
    m_rpc->call(QStringLiteral("model.party.party.search_read"), params, true,
                [this, code, done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        const QJsonArray rows = r.value().toArray();
        if (rows.isEmpty())
            return done(problem(ErrorCategory::Mapping, QStringLiteral("unknown_party"),
                                tr("Tryton has no party with the code \"%1\".").arg(code),
                                tr("The customer was removed in Tryton; retry the order to match or create it again."),
                                QStringLiteral("Customer:") + code));
        rememberParty(QString(), rows.first().toObject(), [this, code, done](const Result<QString> &) {
            done(m_parties.value(code));
        });
    });
}

void TrytonAdapter::resolveWarehouse(Callback<qint64> done)
{
    if (m_warehouse)
        return done(*m_warehouse);
    const QString code = m_rpc->connection().warehouse;
    QJsonArray domain{QJsonArray{QStringLiteral("type"), QStringLiteral("="), QStringLiteral("warehouse")}};
    if (!code.isEmpty())
        domain.append(QJsonArray{QStringLiteral("code"), QStringLiteral("="), code});
    const QJsonArray params{domain, 0, 1, QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}}};
    m_rpc->call(QStringLiteral("model.stock.location.search"), params, true,
                [this, code, done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        const qint64 id = r.value().toArray().at(0).toInteger();
        if (id <= 0)
            return done(problem(ErrorCategory::Mapping, QStringLiteral("unknown_warehouse"),
                                code.isEmpty() ? tr("Tryton has no warehouse.")
                                               : tr("Tryton has no warehouse with the code \"%1\".").arg(code),
                                tr("Set erp.warehouse to the code of a Tryton warehouse location."),
                                QStringLiteral("erp.warehouse")));
        m_warehouse = id;
        done(id);
    });
}

} // namespace backroom
