#include "sim/woo/woosim.h"

#include "sim/woo/wooserver.h"
#include "sim/woo/woostore.h"

#include <QJsonArray>

namespace backroom::sim {

using namespace woo;

struct WooSim::Private {
    Options options;
    std::unique_ptr<WooStore> store;
    WooServer *server = nullptr;
};

WooSim::WooSim(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
    const qint64 anchor = d->options.anchor.isValid() ? d->options.anchor.toSecsSinceEpoch()
                                                      : QDateTime::currentSecsSinceEpoch();
    d->store = std::make_unique<WooStore>(d->options.seed, std::max(0, d->options.orders), anchor,
                                          d->options.utcOffsetSecs);
    QList<WooCredentials> keys{{d->options.consumerKey, d->options.consumerSecret, true}};
    if (!d->options.readOnlyKey.isEmpty())
        keys.append({d->options.readOnlyKey, d->options.readOnlySecret, false});
    d->server = new WooServer(keys, d->store.get(), d->options.faults, this);
}

WooSim::~WooSim()
{
    delete d->server; // before the store it points at
    d->server = nullptr;
}

quint16 WooSim::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = d->server->start(address, port);
    if (bound)
        d->store->setBaseUrl(d->server->url().toString());
    return bound;
}

QUrl WooSim::url() const
{
    return d->server->url();
}

WooStats WooSim::stats() const
{
    const QJsonObject s = d->server->statsJson();
    WooStats out;
    out.orders = s.value(QStringLiteral("orders")).toInt();
    out.ordersWithErpRef = s.value(QStringLiteral("orders_with_erp_ref")).toInt();
    out.apiNotes = s.value(QStringLiteral("api_notes")).toInt();
    out.apiNotesPerOrder = d->server->apiNotes();
    out.ordersWithSeveralApiNotes = s.value(QStringLiteral("orders_with_several_api_notes")).toInt();
    const SimCounters c = d->server->counters();
    out.requests = c.requests;
    out.faults = c.faults;
    out.stockBatches = d->server->stockBatches();
    out.stockItemsWritten = d->server->stockItemsWritten();
    out.orderListings = d->server->orderListings();
    return out;
}

void WooSim::setFaults(const FaultSpec &faults)
{
    d->server->setFaults(faults);
}

FaultSpec WooSim::faults() const
{
    return d->server->faults();
}

QList<int> WooSim::addOrders(int count)
{
    return d->store->addOrders(count, WooServer::now());
}

bool WooSim::touchOrder(int id)
{
    OrderRecord *o = d->store->find(id);
    if (o)
        d->store->touch(*o, WooServer::now());
    return o != nullptr;
}

bool WooSim::silentEdit(int id)
{
    OrderRecord *o = d->store->find(id);
    if (o)
        d->store->silentEdit(*o);
    return o != nullptr;
}

QJsonObject WooSim::order(int id) const
{
    OrderRecord *o = d->store->find(id);
    return o ? d->store->render(*o) : QJsonObject();
}

QList<int> WooSim::orderIds() const
{
    return d->store->orders().keys();
}

QHash<int, QString> WooSim::erpRefs() const
{
    QHash<int, QString> out;
    for (const OrderRecord &o : d->store->orders())
        for (const QJsonValue &v : o.data.value(QStringLiteral("meta_data")).toArray())
            if (v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("_backroom_erp_ref"))
                out.insert(o.id, v.toObject().value(QStringLiteral("value")).toString());
    return out;
}

QStringList WooSim::skus() const
{
    return d->store->catalogue().skus();
}

QStringList WooSim::erpUnknownSkus() const
{
    return d->store->catalogue().erpUnknownSkus();
}

QStringList WooSim::erpDisabledSkus() const
{
    return d->store->catalogue().erpDisabledSkus();
}

QJsonObject WooSim::addRefund(int id, const QJsonObject &spec, QString *error)
{
    OrderRecord *o = d->store->find(id);
    if (!o) {
        if (error)
            *error = QStringLiteral("no such order");
        return {};
    }
    return d->store->addRefund(*o, spec, WooServer::now(), error);
}

bool WooSim::cancelOrder(int id)
{
    return setOrderStatus(id, QStringLiteral("cancelled"));
}

bool WooSim::setOrderStatus(int id, const QString &status)
{
    OrderRecord *o = d->store->find(id);
    if (o)
        d->store->update(*o, QJsonObject{{QStringLiteral("status"), status}}, WooServer::now());
    return o != nullptr;
}

QStringList WooSim::notes(int id) const
{
    QStringList out;
    if (OrderRecord *o = d->store->find(id)) {
        for (const Note &n : o->notes)
            out << n.note;
    }
    return out;
}

QList<WooSim::StockItem> WooSim::stockItems() const
{
    QList<StockItem> out;
    for (const woo::Product &p : d->store->catalogue().products()) {
        if (p.isVariable())
            continue;
        out.append(StockItem{p.id, p.parentId, p.sku, p.manageStock, p.stock});
    }
    return out;
}

QStringList WooSim::customerNotes(int id) const
{
    QStringList out;
    if (OrderRecord *o = d->store->find(id)) {
        for (const Note &n : o->notes) {
            if (n.customerNote)
                out << n.note;
        }
    }
    return out;
}

int WooSim::apiRefunds() const
{
    return d->server ? d->server->apiRefunds() : 0;
}

std::optional<WooSim::StockItem> WooSim::stockItem(const QString &sku) const
{
    for (const StockItem &i : stockItems())
        if (i.sku == sku)
            return i;
    return std::nullopt;
}

bool WooSim::setStockByHand(int id, int quantity)
{
    return d->server->setStockByHand(id, quantity);
}

void WooSim::setManageStock(int id, bool manage)
{
    d->server->setManageStock(id, manage);
}

void WooSim::failStockWrites(int id, bool fail)
{
    d->server->failStockWrites(id, fail);
}

} // namespace backroom::sim
