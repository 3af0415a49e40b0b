#include "sim/woo/wooorders.h"

#include "sim/woo/wooformat.h"

#include <QJsonArray>

#include <algorithm>

namespace backroom::sim::woo {

namespace {

const QJsonValue kNull(QJsonValue::Null);

QString randomToken(SimRng &rng, int n)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(alphabet[rng.bounded(62)]);
    return s;
}

qint64 pct(qint64 amount, int percent) // rounded half away from zero
{
    const qint64 x = amount * percent;
    return x >= 0 ? (x + 50) / 100 : -((-x + 50) / 100);
}

QJsonArray taxes(bool taxed, qint64 total, const QJsonValue &subtotal)
{
    if (!taxed)
        return {};
    return QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("total"), money(total)},
                                  {QStringLiteral("subtotal"), subtotal}}};
}

QJsonObject itemMeta(WooSequences &seq, const QString &key, const QString &value, const QString &displayKey)
{
    return QJsonObject{{QStringLiteral("id"), seq.meta++}, {QStringLiteral("key"), key},
                       {QStringLiteral("value"), value}, {QStringLiteral("display_key"), displayKey},
                       {QStringLiteral("display_value"), value}};
}

int pickWeighted(SimRng &rng, const WooCatalogue &catalogue, const QList<int> &exclude)
{
    int sum = 0;
    for (int id : catalogue.orderable())
        if (!exclude.contains(id))
            sum += catalogue.product(id)->weight;
    int r = rng.bounded(sum);
    for (int id : catalogue.orderable()) {
        if (exclude.contains(id))
            continue;
        r -= catalogue.product(id)->weight;
        if (r < 0)
            return id;
    }
    return catalogue.orderable().first();
}

} // namespace

void setDate(QJsonObject &o, const QString &name, qint64 gmt, int utcOffset)
{
    o.insert(name, wpDateOrNull(gmt == 0 ? 0 : gmt + utcOffset));
    o.insert(name + QStringLiteral("_gmt"), wpDateOrNull(gmt));
}

QJsonValue storedMetaValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("1") : QString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    default: return v;
    }
}

void refreshDerived(QJsonObject &o)
{
    const QString status = o.value(QStringLiteral("status")).toString();
    const bool unpaid = status == QLatin1String("pending") || status == QLatin1String("failed");
    o.insert(QStringLiteral("is_editable"), unpaid || status == QLatin1String("on-hold")
                                                || status == QLatin1String("auto-draft"));
    o.insert(QStringLiteral("needs_payment"), unpaid && cents(o.value(QStringLiteral("total"))) > 0);
    o.insert(QStringLiteral("needs_processing"), true);
}

QJsonObject generateOrder(SimRng &rng, WooSequences &seq, const WooCatalogue &catalogue, int id,
                          qint64 createdGmt, qint64 modifiedGmt, int utcOffset)
{
    // Status mix: mostly processing.
    const int s = rng.bounded(100);
    const QString status = s < 70 ? QStringLiteral("processing")
        : s < 78                  ? QStringLiteral("pending")
        : s < 86                  ? QStringLiteral("on-hold")
        : s < 95                  ? QStringLiteral("completed")
                                  : QStringLiteral("cancelled");

    // Who: registered customer, guest, or guest without an e-mail address.
    int customerId = 0;
    Person billing;
    if (rng.chance(0.6)) {
        const Customer &c = rng.pick(catalogue.customers());
        customerId = c.id;
        billing = c.person;
    } else {
        billing = rng.pick(catalogue.guests());
        if (rng.chance(0.04))
            billing.email.clear();
    }
    const bool taxed = rng.chance(0.8);

    // Payment.
    const int pm = rng.bounded(100);
    const QString method = pm < 50 ? QStringLiteral("stripe") : pm < 70 ? QStringLiteral("ppcp-gateway")
                         : pm < 85 ? QStringLiteral("bacs") : QStringLiteral("cod");
    const QString methodTitle = method == QLatin1String("stripe") ? QStringLiteral("Credit Card (Stripe)")
        : method == QLatin1String("ppcp-gateway")                ? QStringLiteral("PayPal")
        : method == QLatin1String("bacs")                        ? QStringLiteral("Direct bank transfer")
                                                                 : QStringLiteral("Cash on delivery");
    const bool paid = (status == QLatin1String("processing") || status == QLatin1String("completed"))
        && method != QLatin1String("cod");
    QString transactionId;
    if (paid && method == QLatin1String("stripe"))
        transactionId = QStringLiteral("ch_3Q") + randomToken(rng, 20);
    else if (paid && method == QLatin1String("ppcp-gateway"))
        transactionId = randomToken(rng, 17).toUpper();

    // Coupon.
    QString couponCode;
    int couponPct = 0;
    if (rng.chance(0.12)) {
        const bool ten = rng.chance(0.6);
        couponCode = ten ? QStringLiteral("welcome10") : QStringLiteral("summer15");
        couponPct = ten ? 10 : 15;
    }

    // Line items.
    const int r = rng.bounded(100);
    const int lineCount = r < 55 ? 1 : r < 85 ? 2 : r < 95 ? 3 : 4;
    QList<int> used;
    QJsonArray lines;
    qint64 sumSubtotal = 0, sumTotal = 0, sumLineTax = 0, discountTax = 0;
    bool needsShipping = false;
    for (int i = 0; i < lineCount; ++i) {
        const int pid = pickWeighted(rng, catalogue, used);
        used.append(pid);
        const Product &p = *catalogue.product(pid);
        const int q = rng.bounded(10);
        const int qty = q < 7 ? 1 : q < 9 ? 2 : rng.range(3, 5);
        const qint64 subtotal = p.priceCents * qty;
        const qint64 discount = couponPct ? pct(subtotal, couponPct) : 0;
        const qint64 total = subtotal - discount;
        const qint64 subtotalTax = taxed ? pct(subtotal, 20) : 0;
        const qint64 totalTax = taxed ? pct(total, 20) : 0;
        sumSubtotal += subtotal;
        sumTotal += total;
        sumLineTax += totalTax;
        discountTax += subtotalTax - totalTax;
        needsShipping = needsShipping || !p.isVirtual;
        const Product *parent = p.isVariation() ? catalogue.product(p.parentId) : nullptr;
        QJsonArray meta;
        if (parent)
            meta.append(itemMeta(seq, QStringLiteral("colour"), p.attribute, QStringLiteral("Colour")));
        if (p.manageStock && status != QLatin1String("pending") && status != QLatin1String("cancelled"))
            meta.append(itemMeta(seq, QStringLiteral("_reduced_stock"), QString::number(qty), QStringLiteral("_reduced_stock")));
        lines.append(QJsonObject{
            {QStringLiteral("id"), seq.item++},
            {QStringLiteral("name"), parent ? QString(parent->name + QStringLiteral(" - ") + p.attribute) : p.name},
            {QStringLiteral("product_id"), parent ? parent->id : p.id},
            {QStringLiteral("variation_id"), parent ? p.id : 0},
            {QStringLiteral("quantity"), qty},
            {QStringLiteral("tax_class"), QString()},
            {QStringLiteral("subtotal"), money(subtotal)},
            {QStringLiteral("subtotal_tax"), money(subtotalTax)},
            {QStringLiteral("total"), money(total)},
            {QStringLiteral("total_tax"), money(totalTax)},
            {QStringLiteral("taxes"), taxes(taxed, totalTax, money(subtotalTax))},
            {QStringLiteral("meta_data"), meta},
            {QStringLiteral("sku"), p.sku},
            {QStringLiteral("price"), double(total) / 100.0 / qty},
            {QStringLiteral("image"), parent ? QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("src"), QString()}}
                                             : QJsonObject{{QStringLiteral("id"), QString()}, {QStringLiteral("src"), QString()}}},
            {QStringLiteral("parent_name"), parent ? QJsonValue(parent->name) : kNull}});
    }

    // Shipping.
    QJsonArray shippingLines;
    qint64 shipping = 0, shippingTax = 0;
    if (needsShipping && rng.chance(0.85)) {
        const int k = rng.bounded(10);
        const QString title = k < 6 ? QStringLiteral("Flat rate") : k < 8 ? QStringLiteral("Express (24h)")
                                                                         : QStringLiteral("Free shipping");
        shipping = k < 6 ? 490 : k < 8 ? 990 : 0;
        shippingTax = taxed ? pct(shipping, 20) : 0;
        shippingLines.append(QJsonObject{
            {QStringLiteral("id"), seq.item++}, {QStringLiteral("method_title"), title},
            {QStringLiteral("method_id"), k < 8 ? QStringLiteral("flat_rate") : QStringLiteral("free_shipping")},
            {QStringLiteral("instance_id"), QString()}, {QStringLiteral("total"), money(shipping)},
            {QStringLiteral("total_tax"), money(shippingTax)},
            {QStringLiteral("taxes"), taxes(taxed, shippingTax, QString())},
            {QStringLiteral("tax_status"), QStringLiteral("taxable")}, {QStringLiteral("meta_data"), QJsonArray()}});
    }

    // Fees, including a negative one (WooCommerce spreads its tax even when tax_status is none).
    QJsonArray feeLines;
    qint64 fees = 0, feeTax = 0;
    const auto addFee = [&](const QString &name, qint64 amount, bool taxable) {
        const qint64 tax = taxed ? pct(amount, 20) : 0;
        fees += amount;
        feeTax += tax;
        feeLines.append(QJsonObject{
            {QStringLiteral("id"), seq.item++}, {QStringLiteral("name"), name}, {QStringLiteral("tax_class"), QString()},
            {QStringLiteral("tax_status"), taxable ? QStringLiteral("taxable") : QStringLiteral("none")},
            {QStringLiteral("amount"), QString()}, {QStringLiteral("total"), money(amount)},
            {QStringLiteral("total_tax"), money(tax)}, {QStringLiteral("taxes"), taxes(taxed, tax, QString())},
            {QStringLiteral("meta_data"), QJsonArray()}});
    };
    if (rng.chance(0.10))
        addFee(QStringLiteral("Express handling"), 400, true);
    if (rng.chance(0.06))
        addFee(QStringLiteral("Loyalty discount"), -200, false);

    const qint64 cartTax = sumLineTax + feeTax;
    const qint64 totalTax = cartTax + shippingTax;
    const qint64 discountTotal = sumSubtotal - sumTotal;
    const qint64 grandTotal = sumSubtotal - discountTotal + shipping + fees + totalTax;

    QJsonArray taxLines;
    if (taxed)
        taxLines.append(QJsonObject{
            {QStringLiteral("id"), seq.item++}, {QStringLiteral("rate_code"), QStringLiteral("FR-TVA-1")},
            {QStringLiteral("rate_id"), 1}, {QStringLiteral("label"), QStringLiteral("TVA")},
            {QStringLiteral("compound"), false}, {QStringLiteral("tax_total"), money(cartTax)},
            {QStringLiteral("shipping_tax_total"), money(shippingTax)}, {QStringLiteral("rate_percent"), 20},
            {QStringLiteral("meta_data"), QJsonArray()}});

    QJsonArray couponLines;
    if (couponPct) {
        const QString info = QStringLiteral("[22,\"%1\",\"percent\",%2]").arg(couponCode).arg(couponPct);
        couponLines.append(QJsonObject{
            {QStringLiteral("id"), seq.item++}, {QStringLiteral("code"), couponCode},
            {QStringLiteral("discount"), money(discountTotal)}, {QStringLiteral("discount_tax"), money(discountTax)},
            {QStringLiteral("meta_data"), QJsonArray{itemMeta(seq, QStringLiteral("coupon_info"), info, QStringLiteral("coupon_info"))}},
            {QStringLiteral("discount_type"), QStringLiteral("percent")}, {QStringLiteral("nominal_amount"), couponPct},
            {QStringLiteral("free_shipping"), false}});
    }

    // Order meta (HPOS lists it sorted by key).
    QList<QPair<QString, QJsonValue>> metaPairs{{QStringLiteral("is_vat_exempt"), QStringLiteral("no")}};
    if (rng.chance(0.3))
        metaPairs.append({QStringLiteral("_wc_order_attribution_source_type"), QStringLiteral("typein")});
    if (rng.chance(0.1))
        metaPairs.append({QStringLiteral("gift_message"), QStringLiteral("Alles Gute zum Geburtstag! 🎂")});
    if (rng.chance(0.05))
        metaPairs.append({QStringLiteral("_delivery_window"),
                          QJsonObject{{QStringLiteral("from"), QStringLiteral("09:00")}, {QStringLiteral("to"), QStringLiteral("12:00")}}});
    std::sort(metaPairs.begin(), metaPairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray meta;
    for (const auto &m : metaPairs)
        meta.append(QJsonObject{{QStringLiteral("id"), seq.meta++}, {QStringLiteral("key"), m.first},
                                {QStringLiteral("value"), m.second}});

    QJsonArray refunds;
    if ((status == QLatin1String("processing") || status == QLatin1String("completed")) && rng.chance(0.04)
        && grandTotal > 500)
        refunds.append(QJsonObject{{QStringLiteral("id"), seq.post++},
                                   {QStringLiteral("reason"), QStringLiteral("Damaged in transit")},
                                   {QStringLiteral("total"), money(-500)}});

    static const QStringList notes = {QString(), QString(), QString(), QString(), QString(), QString(),
                                      QStringLiteral("Bitte beim Nachbarn abgeben, Tür \"B\"."),
                                      QStringLiteral("Leave at the door 📦\nThanks!"),
                                      QStringLiteral("配達は午後にお願いします。"),
                                      QStringLiteral("<b>Gift</b> – no invoice in the parcel, please")};

    const Person shippingTo = billing;
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("parent_id"), 0},
        {QStringLiteral("status"), status},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("version"), QStringLiteral("10.0.2")},
        {QStringLiteral("prices_include_tax"), false},
        {QStringLiteral("discount_total"), money(discountTotal)},
        {QStringLiteral("discount_tax"), money(discountTax)},
        {QStringLiteral("shipping_total"), money(shipping)},
        {QStringLiteral("shipping_tax"), money(shippingTax)},
        {QStringLiteral("cart_tax"), money(cartTax)},
        {QStringLiteral("total"), money(grandTotal)},
        {QStringLiteral("total_tax"), money(totalTax)},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("order_key"), QString(QStringLiteral("wc_order_") + randomToken(rng, 13))},
        {QStringLiteral("billing"), personJson(billing, true)},
        {QStringLiteral("shipping"), needsShipping ? personJson(shippingTo, false) : personJson(Person{}, false)},
        {QStringLiteral("payment_method"), method},
        {QStringLiteral("payment_method_title"), methodTitle},
        {QStringLiteral("transaction_id"), transactionId},
        {QStringLiteral("customer_ip_address"), QStringLiteral("203.0.113.%1").arg(rng.range(1, 254))},
        {QStringLiteral("customer_user_agent"), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")},
        {QStringLiteral("created_via"), QStringLiteral("checkout")},
        {QStringLiteral("customer_note"), rng.pick(notes)},
        {QStringLiteral("cart_hash"), randomToken(rng, 32).toLower()},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("meta_data"), meta},
        {QStringLiteral("line_items"), lines},
        {QStringLiteral("tax_lines"), taxLines},
        {QStringLiteral("shipping_lines"), shippingLines},
        {QStringLiteral("fee_lines"), feeLines},
        {QStringLiteral("coupon_lines"), couponLines},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("currency_symbol"), QStringLiteral("€")}};
    setDate(o, QStringLiteral("date_created"), createdGmt, utcOffset);
    setDate(o, QStringLiteral("date_modified"), modifiedGmt, utcOffset);
    setDate(o, QStringLiteral("date_paid"), paid ? createdGmt : 0, utcOffset);
    setDate(o, QStringLiteral("date_completed"), status == QLatin1String("completed") ? modifiedGmt : 0, utcOffset);
    refreshDerived(o);
    return o;
}

} // namespace backroom::sim::woo
