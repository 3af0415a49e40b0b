#include "sim/simcluster.h"

#include "sim/erpnext/erpnextsim.h"
#include "sim/woo/woosim.h"
#include "sim/zendesk/zendesksim.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace backroom::sim {

struct SimCluster::Private {
    Options options;
    WooSim *woo = nullptr;
    ErpNextSim *erp = nullptr;
    ZendeskSim *zendesk = nullptr;
    ErpNextSim::Options erpOptions;
    ZendeskSim::Options zendeskOptions;
    WooSim::Options wooOptions;
    int ticks = 0;
    QSet<int> demoTouched;   // orders the demo already delivered, refunded or cancelled
};

SimCluster::SimCluster(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);

    d->wooOptions.orders = d->options.orders;
    d->wooOptions.seed = d->options.seed;
    d->wooOptions.faults = d->options.faults;
    d->wooOptions.anchor = d->options.anchor;
    d->woo = new WooSim(d->wooOptions, this);

    const QStringList unknown = d->woo->erpUnknownSkus();
    const QStringList disabled = d->woo->erpDisabledSkus();
    for (const QString &sku : d->woo->skus()) {
        if (disabled.contains(sku))
            d->erpOptions.disabledItemCodes << sku;
        else if (!unknown.contains(sku))
            d->erpOptions.itemCodes << sku;
    }
    d->erpOptions.faults = d->options.faults;
    d->erpOptions.faults.seed = d->options.faults.seed + 1;
    d->erpOptions.seed = d->options.seed;
    d->erp = new ErpNextSim(d->erpOptions, this);

    d->zendeskOptions.faults = d->options.faults;
    d->zendeskOptions.faults.seed = d->options.faults.seed + 2;
    d->zendeskOptions.seed = d->options.seed;
    d->zendesk = new ZendeskSim(d->zendeskOptions, this);
    // Customers who wrote in about an order: the engine links these tickets to their orders.
    QList<int> ids;
    for (int id : d->woo->orderIds()) {
        if (ids.size() < 2 && d->woo->order(id).value(QStringLiteral("status")).toString() == QLatin1String("processing"))
            ids << id;
    }
    if (ids.size() == 2) {
        d->zendesk->addCustomerTicket(QStringLiteral("Where is my parcel?"),
                                      QStringLiteral("Hello, my order #%1 has not arrived yet.").arg(ids.at(0)));
        d->zendesk->addCustomerTicket(QStringLiteral("Change of address for order %1").arg(ids.at(1)),
                                      QStringLiteral("Please send it to my office instead."));
    }
}

SimCluster::~SimCluster() = default;

bool SimCluster::start(QString *error)
{
    const QHostAddress host = d->options.host;
    const quint16 base = d->options.basePort;
    const auto failed = [&](const QString &what, quint16 port) {
        if (error)
            *error = QStringLiteral("sim: cannot listen for %1 on %2:%3").arg(what, host.toString()).arg(port);
        return false;
    };
    if (!d->woo->listen(host, base))
        return failed(QStringLiteral("WooCommerce"), base);
    if (!d->erp->listen(host, base ? quint16(base + 1) : 0))
        return failed(QStringLiteral("ERPNext"), base ? quint16(base + 1) : 0);
    if (!d->zendesk->listen(host, base ? quint16(base + 2) : 0))
        return failed(QStringLiteral("Zendesk"), base ? quint16(base + 2) : 0);
    return true;
}

WooSim *SimCluster::woo() const { return d->woo; }
ErpNextSim *SimCluster::erp() const { return d->erp; }
ZendeskSim *SimCluster::zendesk() const { return d->zendesk; }

void SimCluster::setFaults(const FaultSpec &faults)
{
    d->woo->setFaults(faults);
    FaultSpec erp = faults;
    erp.seed = faults.seed + 1;
    d->erp->setFaults(erp);
    FaultSpec zd = faults;
    zd.seed = faults.seed + 2;
    d->zendesk->setFaults(zd);
}

QJsonObject SimCluster::makeConfig() const
{
    const auto base = [](const QUrl &url) { return url.toString(QUrl::StripTrailingSlash); };
    const QJsonObject woocommerce{
        {QStringLiteral("url"), base(d->woo->url())},
        {QStringLiteral("auth"), QStringLiteral("basic")},
        {QStringLiteral("consumer_key"), d->wooOptions.consumerKey},
        {QStringLiteral("consumer_secret"), d->wooOptions.consumerSecret},
        {QStringLiteral("ca_file"), QJsonValue::Null},
        {QStringLiteral("poll_interval_s"), 2},
        {QStringLiteral("order_statuses"), QJsonArray{QStringLiteral("processing")}}};
    return QJsonObject{
        {QStringLiteral("stores"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("main")}, {QStringLiteral("woocommerce"), woocommerce}}}},
        {QStringLiteral("erp"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("erpnext")},
                     {QStringLiteral("url"), base(d->erp->url())},
                     {QStringLiteral("api_key"), d->erpOptions.apiKey},
                     {QStringLiteral("api_secret"), d->erpOptions.apiSecret},
                     {QStringLiteral("company"), d->erpOptions.company},
                     {QStringLiteral("warehouse"), d->erpOptions.warehouse},
                     {QStringLiteral("reference_field"), QStringLiteral("po_no")},
                     {QStringLiteral("poll_interval_s"), 5},
                     {QStringLiteral("tax_account"), QStringLiteral("VAT - BDL")},
                     {QStringLiteral("shipping_account"), QStringLiteral("Freight and Forwarding Charges - BDL")},
                     {QStringLiteral("fee_account"), QStringLiteral("Miscellaneous Expenses - BDL")}}},
        {QStringLiteral("http"), QJsonObject{{QStringLiteral("timeout_s"), 5}}},
        {QStringLiteral("helpdesk"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("zendesk")},
                     {QStringLiteral("url"), base(d->zendesk->url())},
                     {QStringLiteral("email"), d->zendeskOptions.email},
                     {QStringLiteral("api_token"), d->zendeskOptions.apiToken}}},
        {QStringLiteral("retry"),
         QJsonObject{{QStringLiteral("max_attempts"), 5}, {QStringLiteral("base_delay_ms"), 200},
                     {QStringLiteral("max_delay_ms"), 5000}}}};
}

QJsonObject SimCluster::makeDemoConfig() const
{
    QJsonObject config = makeConfig();
    config.insert(QStringLiteral("stock"), QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("interval_s"), 30}});
    return config;
}

void SimCluster::demoTick()
{
    d->woo->addOrders(1);
    ++d->ticks;
    const bool deliver = d->ticks % 3 == 0;
    const bool refund = d->ticks % 5 == 0;
    const bool cancel = d->ticks % 7 == 0;
    if (!deliver && !refund && !cancel)
        return;
    // Posted orders (with an ERP reference written back), oldest first.
    const QHash<int, QString> refs = d->woo->erpRefs();
    QList<int> posted;
    for (auto it = refs.begin(); it != refs.end(); ++it) {
        if (!it.value().isEmpty() && !d->demoTouched.contains(it.key()))
            posted << it.key();
    }
    std::sort(posted.begin(), posted.end());
    auto next = [&]() -> int {
        if (posted.isEmpty())
            return 0;
        const int id = posted.takeFirst();
        d->demoTouched.insert(id);
        return id;
    };
    if (deliver) {
        if (const int id = next())
            d->erp->addDelivery(refs.value(id), {}, QStringLiteral("DEMO%1").arg(id), QStringLiteral("DHL"));
    }
    if (refund) {
        if (const int id = next()) {
            const QJsonArray lines = d->woo->order(id).value(QStringLiteral("line_items")).toArray();
            if (!lines.isEmpty()) {
                const QJsonObject line{{QStringLiteral("line_id"), lines.first().toObject().value(QStringLiteral("id")).toInt()},
                                       {QStringLiteral("quantity"), 1}};
                d->woo->addRefund(id, QJsonObject{{QStringLiteral("reason"), QStringLiteral("Damaged in transit")},
                                                  {QStringLiteral("lines"), QJsonArray{line}}});
            }
        }
    }
    if (cancel) {
        if (const int id = next())
            d->woo->cancelOrder(id);
    }
}

} // namespace backroom::sim
