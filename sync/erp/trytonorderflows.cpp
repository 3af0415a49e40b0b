// TrytonAdapter: the flows after the sales order (stock, deliveries, order state, cancellation).
#include "sync/erp/trytonadapter.h"

#include "sync/erp/trytonjson.h"


#include <algorithm>

namespace backroom {

namespace {

QJsonArray field(const char *name, const char *op, const QJsonValue &value)
{
    return QJsonArray{QLatin1String(name), QLatin1String(op), value};
}

QJsonArray names(std::initializer_list<const char *> list)
{
    QJsonArray a;
    for (const char *n : list)
        a.append(QLatin1String(n));
    return a;
}

QList<qint64> idList(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toInteger());
    return out;
}

} // namespace

void TrytonAdapter::stockLevels(const QStringList &itemCodes, Callback<QList<StockLevel>> done)
{
    resolveWarehouse([this, itemCodes, done = std::move(done)](const Result<qint64> &warehouse) {
        if (!warehouse)
            return done(warehouse.error());
        QJsonArray domain{field("type", "=", QStringLiteral("goods"))};
        domain.append(itemCodes.isEmpty() ? field("code", "!=", QJsonValue::Null)
                                          : field("code", "in", QJsonArray::fromStringList(itemCodes)));
        const QJsonArray params{domain, 0, QJsonValue::Null, QJsonValue::Null,
                                names({"code", "quantity", "forecast_quantity"})};
        const QJsonObject context{{QStringLiteral("locations"), QJsonArray{double(warehouse.value())}},
                                  {QStringLiteral("with_childs"), true}};
        m_rpc->call(QStringLiteral("model.product.product.search_read"), params, true,
                    [done](const Result<QJsonValue> &r) {
            if (!r)
                return done(r.error());
            QList<StockLevel> out;
            for (const QJsonValue &v : r.value().toArray()) {
                const QJsonObject p = v.toObject();
                StockLevel s;
                s.itemCode = p.value(QLatin1String("code")).toString();
                // On hand, minus what confirmed sales will take out (the forecast), never more.
                s.available = std::min(tryton::number(p.value(QLatin1String("quantity"))),
                                       tryton::number(p.value(QLatin1String("forecast_quantity"))));
                out.append(s);
            }
            done(out);
        }, context);
    });
}

void TrytonAdapter::deliveriesSince(const QString &cursor, Callback<DeliveryPage> done)
{
    // Cursor: "<write_date as naive UTC with microseconds>|<shipment id>".
    QJsonArray domain{field("state", "=", QStringLiteral("done"))};
    const QStringList parts = cursor.split(QLatin1Char('|'));
    if (const QJsonObject when = tryton::dateTimeFromText(parts.at(0)); parts.size() == 2 && !when.isEmpty()) {
        domain.append(QJsonArray{QStringLiteral("OR"), field("write_date", ">", when),
                                 QJsonArray{field("write_date", "=", when), field("id", ">", parts.at(1).toLongLong())}});
    }
    const QJsonArray params{domain, 0, 100,
                            QJsonArray{QJsonArray{QStringLiteral("write_date"), QStringLiteral("ASC")},
                                       QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}},
                            names({"number", "write_date", "outgoing_moves"})};
    m_rpc->call(QStringLiteral("model.stock.shipment.out.search_read"), params, true,
                [this, cursor, done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        const QJsonArray shipments = r.value().toArray();
        DeliveryPage page;
        page.nextCursor = cursor;
        if (shipments.isEmpty())
            return done(page);
        QList<qint64> moves;
        for (const QJsonValue &v : shipments)
            moves += idList(v.toObject().value(QLatin1String("outgoing_moves")));
        m_rpc->call(QStringLiteral("model.stock.move.read"),
                    QJsonArray{tryton::ids(moves), names({"product.code", "quantity", "sale.number", "state"})}, true,
                    [shipments, page, done](const Result<QJsonValue> &m) mutable {
            if (!m)
                return done(m.error());
            QHash<qint64, QJsonObject> byId;
            for (const QJsonValue &v : m.value().toArray())
                byId.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
            for (const QJsonValue &v : shipments) {
                const QJsonObject s = v.toObject();
                Delivery d;
                d.name = s.value(QLatin1String("number")).toString();
                d.modified = tryton::dateTimeText(s.value(QLatin1String("write_date")));
                for (qint64 id : idList(s.value(QLatin1String("outgoing_moves")))) {
                    const QJsonObject mv = byId.value(id);
                    if (mv.value(QLatin1String("state")).toString() != QLatin1String("done"))
                        continue;
                    const QString sale = tryton::related(mv, "sale", "number").toString();
                    if (!sale.isEmpty())
                        d.salesOrder = sale;
                    d.lines.append({tryton::related(mv, "product", "code").toString(),
                                    tryton::number(mv.value(QLatin1String("quantity")))});
                }
                page.nextCursor = d.modified + QLatin1Char('|') + QString::number(s.value(QLatin1String("id")).toInteger());
                if (!d.salesOrder.isEmpty()) // shipments not made from a sale are not ours
                    page.deliveries.append(d);
            }
            done(page);
        });
    });
}

void TrytonAdapter::findSale(const QString &number, Callback<std::optional<SaleRow>> done)
{
    const QJsonArray params{QJsonArray{field("number", "=", number)}, 0, 1, QJsonValue::Null,
                            names({"number", "state"})};
    m_rpc->call(QStringLiteral("model.sale.sale.search_read"), params, true,
                [done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        const QJsonArray rows = r.value().toArray();
        if (rows.isEmpty())
            return done(std::optional<SaleRow>());
        const QJsonObject o = rows.first().toObject();
        done(std::optional<SaleRow>(SaleRow{o.value(QLatin1String("id")).toInteger(),
                                            o.value(QLatin1String("number")).toString(),
                                            o.value(QLatin1String("state")).toString()}));
    });
}

void TrytonAdapter::salesOrderState(const QString &name, Callback<SalesOrderState> done)
{
    const QJsonArray params{QJsonArray{field("number", "=", name)}, 0, 1, QJsonValue::Null,
                            names({"state", "total_amount", "tax_amount", "lines"})};
    m_rpc->call(QStringLiteral("model.sale.sale.search_read"), params, true,
                [this, name, done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        SalesOrderState st;
        st.name = name;
        const QJsonArray rows = r.value().toArray();
        if (rows.isEmpty()) {
            st.status = SalesOrderState::Status::Missing;
            return done(st);
        }
        const QJsonObject sale = rows.first().toObject();
        st.grandTotal = tryton::money(sale.value(QLatin1String("total_amount")));
        st.totalTax = tryton::money(sale.value(QLatin1String("tax_amount")));
        const QString state = sale.value(QLatin1String("state")).toString();
        st.erpStatus = state;
        const QJsonArray read{tryton::ids(idList(sale.value(QLatin1String("lines")))),
                              names({"product.code", "quantity", "moves"})};
        m_rpc->call(QStringLiteral("model.sale.line.read"), read, true,
                    [this, st, state, done](const Result<QJsonValue> &l) mutable {
            if (!l)
                return done(l.error());
            QList<qint64> moves;
            QJsonArray lines;
            for (const QJsonValue &v : l.value().toArray()) {
                if (tryton::related(v.toObject(), "product", "code").toString().isEmpty())
                    continue; // discount, shipping, fee and tax lines
                lines.append(v);
                moves += idList(v.toObject().value(QLatin1String("moves")));
            }
            m_rpc->call(QStringLiteral("model.stock.move.read"), QJsonArray{tryton::ids(moves), names({"quantity", "state"})},
                        true, [st, state, lines, done](const Result<QJsonValue> &m) mutable {
                if (!m)
                    return done(m.error());
                QHash<qint64, double> doneQty; // move id -> quantity, done moves only
                for (const QJsonValue &v : m.value().toArray())
                    if (v.toObject().value(QLatin1String("state")).toString() == QLatin1String("done"))
                        doneQty.insert(v.toObject().value(QLatin1String("id")).toInteger(),
                                       tryton::number(v.toObject().value(QLatin1String("quantity"))));
                finishState(st, state, lines, doneQty);
                done(st);
            });
        });
    });
}

void TrytonAdapter::finishState(SalesOrderState &st, const QString &state, const QJsonArray &lines,
                                const QHash<qint64, double> &doneQty)
{
    double ordered = 0, delivered = 0;
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        SalesOrderState::Line sl;
        sl.itemCode = tryton::related(line, "product", "code").toString();
        sl.ordered = tryton::number(line.value(QLatin1String("quantity")));
        for (qint64 id : idList(line.value(QLatin1String("moves"))))
            sl.delivered += doneQty.value(id);
        ordered += sl.ordered;
        delivered += sl.delivered;
        st.lines.append(sl);
    }
    using S = SalesOrderState::Status;
    if (state == QLatin1String("cancelled"))
        st.status = S::Cancelled;
    else if (ordered > 0 && delivered >= ordered)
        st.status = S::Delivered;
    else if (delivered > 0)
        st.status = S::PartlyDelivered;
    else if (state == QLatin1String("done"))
        st.status = S::Cancelled; // done without delivering: its moves were cancelled and ignored
    else
        st.status = S::Open;
}

void TrytonAdapter::cancelSalesOrder(const QString &name, StatusCallback done)
{
    findSale(name, [this, name, done = std::move(done)](const Result<std::optional<SaleRow>> &r) {
        if (!r)
            return done(r.error());
        if (!r.value()) {
            SyncError e;
            e.category = ErrorCategory::Business;
            e.code = QStringLiteral("unknown_sale");
            e.message = tr("Tryton has no sale numbered %1.").arg(name);
            e.hint = tr("Check the order's ERP reference; resolve the order by hand if the sale was removed.");
            return done(e);
        }
        const SaleRow sale = *r.value();
        if (sale.state == QLatin1String("cancelled"))
            return done(okStatus());
        if (sale.state == QLatin1String("draft") || sale.state == QLatin1String("quotation")) {
            return m_rpc->call(QStringLiteral("model.sale.sale.cancel"), QJsonArray{QJsonArray{double(sale.id)}}, false,
                               [done](const Result<QJsonValue> &c) { done(c ? okStatus() : Status(c.error())); });
        }
        cancelProcessing(sale.id, done);
    });
}

void TrytonAdapter::cancelProcessing(qint64 saleId, StatusCallback done)
{
    const QJsonArray params{QJsonArray{field("moves.sale", "=", double(saleId))}, 0, QJsonValue::Null, QJsonValue::Null,
                            names({"number", "state"})};
    m_rpc->call(QStringLiteral("model.stock.shipment.out.search_read"), params, true,
                [this, saleId, done = std::move(done)](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        QList<qint64> open;
        for (const QJsonValue &v : r.value().toArray()) {
            const QJsonObject s = v.toObject();
            const QString state = s.value(QLatin1String("state")).toString();
            if (state == QLatin1String("done")) {
                SyncError e;
                e.category = ErrorCategory::Conflict;
                e.code = QStringLiteral("already_shipped");
                e.message = tr("Tryton shipment %1 of this sale is done: the goods have left the warehouse.")
                                .arg(s.value(QLatin1String("number")).toString());
                e.hint = tr("Handle it as a return in Tryton and refund in WooCommerce; resolve the order by hand.");
                return done(e);
            }
            if (state != QLatin1String("cancelled"))
                open.append(s.value(QLatin1String("id")).toInteger());
        }
        if (open.isEmpty())
            return ignoreCancelledMoves(saleId, done);
        m_rpc->call(QStringLiteral("model.stock.shipment.out.cancel"), QJsonArray{tryton::ids(open)}, false,
                    [this, saleId, done](const Result<QJsonValue> &c) {
            if (!c)
                return done(c.error());
            ignoreCancelledMoves(saleId, done);
        });
    });
}

// With its shipments cancelled the sale is in shipment exception; Tryton's own way out is the
// "Handle Shipment Exception" wizard with no move to recreate: the moves are ignored.
void TrytonAdapter::ignoreCancelledMoves(qint64 saleId, StatusCallback done)
{
    m_rpc->call(QStringLiteral("model.sale.sale.process"), QJsonArray{QJsonArray{double(saleId)}}, false,
                [this, saleId, done = std::move(done)](const Result<QJsonValue> &p) {
        if (!p)
            return done(p.error());
        const QString wizard = QStringLiteral("wizard.sale.handle.shipment.exception.");
        const QJsonObject active{{QStringLiteral("active_model"), QStringLiteral("sale.sale")},
                                 {QStringLiteral("active_id"), double(saleId)},
                                 {QStringLiteral("active_ids"), QJsonArray{double(saleId)}}};
        m_rpc->call(wizard + QStringLiteral("create"), QJsonArray{}, false,
                    [this, wizard, active, done](const Result<QJsonValue> &c) {
            if (!c)
                return done(c.error());
            const QJsonValue session = c.value().toArray().at(0);
            // Ask the wizard for its defaults first: they list the cancelled moves.
            m_rpc->call(wizard + QStringLiteral("execute"), QJsonArray{session, QJsonObject(), QStringLiteral("ask")}, false,
                        [this, wizard, active, session, done](const Result<QJsonValue> &ask) {
                if (!ask)
                    return done(ask.error());
                const QJsonObject defaults = ask.value().toObject().value(QLatin1String("view")).toObject()
                                                 .value(QLatin1String("defaults")).toObject();
                const QJsonObject data{{QStringLiteral("ask"),
                                        QJsonObject{{QStringLiteral("recreate_moves"), QJsonArray()},
                                                    {QStringLiteral("domain_moves"),
                                                     defaults.value(QLatin1String("domain_moves"))}}}};
                m_rpc->call(wizard + QStringLiteral("execute"), QJsonArray{session, data, QStringLiteral("handle")}, false,
                            [this, wizard, session, done](const Result<QJsonValue> &h) {
                    m_rpc->call(wizard + QStringLiteral("delete"), QJsonArray{session}, false,
                                [](const Result<QJsonValue> &) {});
                    done(h ? okStatus() : Status(h.error()));
                }, active);
            }, active);
        }, active);
    });
}

} // namespace backroom
