#include "sync/woo/wooorderparser.h"

#include "json/compactjson.h"

#include <xxhash.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>
#include <QtEndian>

#include <cstdint>

namespace backroom {

namespace {


SyncError shapeError(qint64 id, const QString &field, const QString &problem)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("bad_order_shape");
    e.message = QStringLiteral("WooCommerce order %1: field %2 %3").arg(id).arg(field, problem);
    e.hint = QStringLiteral("The store sent an order Backroom cannot read. Check the order in WooCommerce "
                            "(a plugin may alter the REST output), then retry it.");
    return e;
}

class Fields {
public:
    Fields(const QJsonObject &o, qint64 id, QString prefix) : m_o(o), m_id(id), m_prefix(std::move(prefix)) {}
    std::optional<SyncError> error;

    QString str(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        return {};
    }

    Money money(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isDouble())
            return Money::fromDouble(v.toDouble());
        const auto m = Money::parse(v.toString());
        if (!v.isString() || !m) {
            if (!error)
                error = shapeError(m_id, m_prefix + QLatin1String(key), QStringLiteral("is not an amount"));
            return {};
        }
        return *m;
    }

    qint64 integer(const char *key) const { return qint64(m_o.value(QLatin1String(key)).toDouble(0)); }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray() && !error)
            error = shapeError(m_id, m_prefix + QLatin1String(key), QStringLiteral("is not a list"));
        return v.toArray();
    }

private:
    const QJsonObject &m_o;
    qint64 m_id;
    QString m_prefix;
};

Address parseAddress(const QJsonObject &o)
{
    Address a;
    auto s = [&](const char *k) { return o.value(QLatin1String(k)).toString().trimmed(); };
    a.firstName = s("first_name");
    a.lastName = s("last_name");
    a.company = s("company");
    a.address1 = s("address_1");
    a.address2 = s("address_2");
    a.city = s("city");
    a.state = s("state");
    a.postcode = s("postcode");
    a.country = s("country");
    a.email = s("email");
    a.phone = s("phone");
    return a;
}

} // namespace

Result<Order> parseWooOrder(const QJsonObject &json, const QString &storeId)
{
    const QJsonValue idValue = json.value(QLatin1String("id"));
    if (!idValue.isDouble() || idValue.toDouble() <= 0)
        return shapeError(0, QStringLiteral("id"), QStringLiteral("is missing or not a positive number"));
    Order o;
    o.storeId = storeId;
    o.sourceId = qint64(idValue.toDouble());
    Fields f(json, o.sourceId, QString());
    o.number = f.str("number");
    if (o.number.isEmpty())
        o.number = QString::number(o.sourceId);
    o.status = f.str("status");
    o.currency = f.str("currency");
    o.dateCreatedGmt = f.str("date_created_gmt");
    o.dateModifiedGmt = f.str("date_modified_gmt");
    if (o.status.isEmpty())
        return shapeError(o.sourceId, QStringLiteral("status"), QStringLiteral("is missing"));
    o.pricesIncludeTax = json.value(QLatin1String("prices_include_tax")).toBool();
    o.customerNote = f.str("customer_note");
    o.paymentMethod = f.str("payment_method");
    o.paymentMethodTitle = f.str("payment_method_title");
    o.discountTotal = f.money("discount_total");
    o.discountTax = f.money("discount_tax");
    o.shippingTotal = f.money("shipping_total");
    o.shippingTax = f.money("shipping_tax");
    o.cartTax = f.money("cart_tax");
    o.total = f.money("total");
    o.totalTax = f.money("total_tax");

    const QJsonObject billing = json.value(QLatin1String("billing")).toObject();
    o.customer.billing = parseAddress(billing);
    o.customer.email = o.customer.billing.email.toLower();
    o.customer.company = o.customer.billing.company;
    o.customer.name = o.customer.billing.fullName();
    o.customer.sourceId = f.integer("customer_id");
    o.shippingAddress = parseAddress(json.value(QLatin1String("shipping")).toObject());

    for (const QJsonValue &v : f.array("line_items")) {
        if (!v.isObject())
            return shapeError(o.sourceId, QStringLiteral("line_items"), QStringLiteral("holds an entry that is not an object"));
        const QJsonObject li = v.toObject();
        Fields lf(li, o.sourceId, QStringLiteral("line_items[].")); 
        OrderLine l;
        l.sourceId = lf.integer("id");
        l.productId = lf.integer("product_id");
        l.variationId = lf.integer("variation_id");
        l.sku = lf.str("sku").trimmed();
        l.name = lf.str("name");
        const QJsonValue q = li.value(QLatin1String("quantity"));
        if (!q.isDouble())
            return shapeError(o.sourceId, QStringLiteral("line_items[].quantity"), QStringLiteral("is not a number"));
        l.quantity = q.toDouble();
        l.subtotal = lf.money("subtotal");
        l.subtotalTax = lf.money("subtotal_tax");
        l.total = lf.money("total");
        l.totalTax = lf.money("total_tax");
        if (lf.error)
            return *lf.error;
        o.lines << l;
    }
    for (const QJsonValue &v : f.array("shipping_lines")) {
        const QJsonObject s = v.toObject();
        Fields sf(s, o.sourceId, QStringLiteral("shipping_lines[]."));
        Charge c;
        c.kind = Charge::Kind::Shipping;
        c.name = sf.str("method_title");
        c.methodId = sf.str("method_id");
        c.total = sf.money("total");
        c.tax = sf.money("total_tax");
        if (sf.error)
            return *sf.error;
        o.charges << c;
    }
    for (const QJsonValue &v : f.array("tax_lines")) {
        const QJsonObject t = v.toObject();
        Fields tf(t, o.sourceId, QStringLiteral("tax_lines[]."));
        TaxLine tl;
        tl.rateCode = tf.str("rate_code");
        tl.label = tf.str("label");
        tl.amount = tf.money("tax_total") + tf.money("shipping_tax_total");
        if (tf.error)
            return *tf.error;
        o.taxLines << tl;
    }
    for (const QJsonValue &v : f.array("fee_lines")) {
        const QJsonObject s = v.toObject();
        Fields ff(s, o.sourceId, QStringLiteral("fee_lines[]."));
        Charge c;
        c.kind = Charge::Kind::Fee;
        c.name = ff.str("name");
        c.total = ff.money("total");
        c.tax = ff.money("total_tax");
        if (ff.error)
            return *ff.error;
        o.charges << c;
    }
    for (const QJsonValue &v : f.array("coupon_lines"))
        o.couponCodes << v.toObject().value(QLatin1String("code")).toString();
    for (const QJsonValue &v : f.array("meta_data")) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("key")).toString() == QLatin1String(kErpRefMetaKey))
            o.erpRef = m.value(QLatin1String("value")).toString();
    }
    if (f.error)
        return *f.error;
    return o;
}

WooCanonical canonicalWooOrder(const QJsonObject &json)
{
    // The bytes of QJsonDocument(copy).toJson(Compact) where copy is `json` without _links, the
    // modified dates and our own meta_data entry — written without making the copy.
    QByteArray out;
    out.reserve(4096);
    out += '{';
    bool first = true;
    for (auto it = json.constBegin(), end = json.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1String("_links") || key == QLatin1String("date_modified") || key == QLatin1String("date_modified_gmt"))
            continue;
        if (!first)
            out += ',';
        first = false;
        json::appendString<json::Style::Qt>(out, key);
        out += ':';
        const QJsonValue value = it.value();
        if (key == QLatin1String("meta_data") && value.isArray()) {
            out += '[';
            bool firstMeta = true;
            for (const QJsonValue &m : value.toArray()) {
                if (m.toObject().value(QLatin1String("key")).toString() == QLatin1String(kErpRefMetaKey))
                    continue;
                if (!firstMeta)
                    out += ',';
                firstMeta = false;
                json::appendValue<json::Style::Qt>(out, m);
            }
            out += ']';
        } else {
            json::appendValue<json::Style::Qt>(out, value);
        }
    }
    out += '}';
    WooCanonical c;
    c.json = std::move(out);
    c.hash = wooHashOf(c.json);
    return c;
}

QString wooHashOf(const QByteArray &canonicalJson)
{
    // XXH64 (libxxhash): change detection needs speed and spread, not collision resistance
    // against an adversary; the stored form names the algorithm ("xxh64:…").
    const XXH64_hash_t h = XXH64(canonicalJson.constData(), size_t(canonicalJson.size()), 0);
    return QLatin1String(kWooHashPrefix) + QStringLiteral("%1").arg(quint64(h), 16, 16, QLatin1Char('0'));
}

} // namespace backroom
