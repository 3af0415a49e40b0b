#include "sync/engine/mappingpreview.h"

#include "sync/erp/erpnextpayload.h"
#include "sync/mapping/ordermapper.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonDocument>

namespace backroom {

namespace {

ErpNextConnection erpNextConnection(const ErpConfig &c)
{
    ErpNextConnection erp;
    erp.url = c.url;
    erp.company = c.company;
    erp.warehouse = c.warehouse;
    erp.referenceField = c.referenceField;
    erp.taxAccount = c.taxAccount;
    erp.shippingAccount = c.shippingAccount;
    erp.feeAccount = c.feeAccount;
    return erp;
}

QString prefixFor(const Config &config, const QString &storeId)
{
    for (const StoreConfig &s : config.stores) {
        if (s.id == storeId)
            return s.referencePrefix;
    }
    return {};
}

} // namespace

PayloadPreview previewPayload(Journal &journal, const OrderSample &sample, const Mappings &mappings, const Config &config)
{
    PayloadPreview p;
    p.orderKey = sample.orderKey;
    p.storeId = sample.storeId;
    const Result<Order> order = parseWooOrder(QJsonDocument::fromJson(sample.rawJson).object(), sample.storeId);
    if (!order) {
        p.problems << order.error().message;
        return p;
    }
    p.number = order.value().number;
    for (const SyncError &e : validateForErp(order.value(), mappings))
        p.problems << e.message;
    if (!p.problems.isEmpty())
        return p;
    p.customer = journal.cachedCustomer(order.value().customer.email);
    if (p.customer.isEmpty()) {
        p.customer = customerDisplayName(order.value().customer);
        p.newCustomer = true;
    }
    const SalesOrderDraft draft = buildSalesOrderDraft(order.value(), mappings, p.customer, prefixFor(config, sample.storeId));
    const Result<SalesOrderPayload> payload = buildSalesOrderPayload(draft, erpNextConnection(config.erp));
    if (!payload) {
        p.problems << payload.error().message;
        return p;
    }
    p.payload = payload.value().doc;
    return p;
}

QList<PayloadPreview> previewRecentOrders(Journal &journal, const Mappings &mappings, const Config &config, int limit)
{
    QList<PayloadPreview> out;
    for (const OrderSample &s : journal.recentOrderRevisions(limit))
        out << previewPayload(journal, s, mappings, config);
    return out;
}

} // namespace backroom
