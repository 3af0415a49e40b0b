#include "sim/woo/woocatalogue.h"

#include "sim/woo/wooformat.h"

#include <QCryptographicHash>

namespace backroom::sim::woo {

namespace {

QString slugify(const QString &name)
{
    QString s;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            s += c;
        else if (!s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    }
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

QJsonObject links(const QString &self, const QString &collection, const QString &up = {})
{
    QJsonObject l{
        {QStringLiteral("self"),
         QJsonArray{QJsonObject{{QStringLiteral("href"), self},
                                {QStringLiteral("targetHints"),
                                 QJsonObject{{QStringLiteral("allow"),
                                              QJsonArray{QStringLiteral("GET"), QStringLiteral("POST"),
                                                         QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                                         QStringLiteral("DELETE")}}}}}}},
        {QStringLiteral("collection"), QJsonArray{QJsonObject{{QStringLiteral("href"), collection}}}}};
    if (!up.isEmpty())
        l.insert(QStringLiteral("up"), QJsonArray{QJsonObject{{QStringLiteral("href"), up}}});
    return l;
}

void insertDates(QJsonObject &o, const QString &name, qint64 gmt, int utcOffset)
{
    o.insert(name, wpDateOrNull(gmt == 0 ? 0 : gmt + utcOffset));
    o.insert(name + QStringLiteral("_gmt"), wpDateOrNull(gmt));
}

const QJsonValue null = QJsonValue(QJsonValue::Null);

} // namespace

WooCatalogue::WooCatalogue()
{
    struct Row { const char *name; const char *sku; qint64 cents; bool manage; int stock; int weight; };
    int id = 11;
    const auto add = [&](const QString &name, const QString &sku, qint64 c, bool manage, int stock, int weight) {
        Product p;
        p.id = id++;
        p.name = name;
        p.sku = sku;
        p.priceCents = c;
        p.manageStock = manage;
        p.stock = stock;
        p.weight = weight;
        m_products.append(p);
        return &m_products.last();
    };
    add(QStringLiteral("Espresso Beans 1kg"), QStringLiteral("COF-ESP-1KG"), 2490, true, 400, 30);
    add(QStringLiteral("Café Crème 250g"), QStringLiteral("COF-CREME-250"), 890, true, 1000, 30);
    add(QStringLiteral("Ceramic Mug"), QStringLiteral("MUG-CER-01"), 1250, true, 300, 15);
    add(QStringLiteral("Paper Filters (100)"), QStringLiteral("ACC-FILT-100"), 450, false, 0, 15);
    add(QStringLiteral("Barista Workshop"), QStringLiteral("SRV-WORKSHOP"), 4900, false, 0, 4)->isVirtual = true;
    add(QStringLiteral("Descaler 12 tabs"), QStringLiteral("ACC-DESC-12"), 795, true, 200, 10);
    add(QStringLiteral("Sample Sachet"), QString(), 100, false, 0, 3);
    const int apronId = id;
    add(QStringLiteral("Barista Apron"), QStringLiteral("APR"), 2900, false, 0, 0);
    add(QStringLiteral("Moka Pot 6 cups"), QStringLiteral("MOKA-6"), 3490, true, 150, 10);
    add(QStringLiteral("Gooseneck Kettle"), QStringLiteral("KET-GOOSE"), 5900, true, 80, 6);
    add(QStringLiteral("Cold Brew Bottle"), QStringLiteral("CB-BOTTLE"), 1990, true, 120, 8);
    add(QStringLiteral("Decaf Beans 500g"), QStringLiteral("COF-DECAF-500"), 1390, true, 250, 12);
    add(QStringLiteral("Grinder Burr Set"), QStringLiteral("GRD-BURR-SET"), 2450, true, 40, 1)->erpUnknown = true;
    add(QStringLiteral("Gift Card 25 €"), QStringLiteral("GIFT-25"), 2500, false, 0, 1)->erpUnknown = true;
    add(QStringLiteral("Tamper 58mm"), QStringLiteral("TAMP-58"), 2890, true, 60, 1)->erpDisabled = true;
    for (const auto &[colour, sku, c, stock] :
         {std::tuple{QStringLiteral("Black"), QStringLiteral("APR-BLK"), qint64(2900), 50},
          std::tuple{QStringLiteral("Navy"), QStringLiteral("APR-NVY"), qint64(2900), 80},
          std::tuple{QStringLiteral("Olive"), QStringLiteral("APR-OLV"), qint64(3200), 20}}) {
        Product *v = add(colour, sku, c, true, stock, 4);
        v->parentId = apronId;
        v->attribute = colour;
    }
    for (Product &p : m_products) {
        if (p.isVariation()) {
            for (Product &parent : m_products)
                if (parent.id == p.parentId)
                    parent.variationIds.append(p.id);
        }
    }
    for (const Product &p : m_products)
        if (!p.isVariable())
            m_orderable.append(p.id);

    const auto person = [](const char *first, const char *last, const char *company, const char *addr,
                           const char *city, const char *postcode, const char *country, const char *email,
                           const char *phone) {
        return Person{QString::fromUtf8(first), QString::fromUtf8(last), QString::fromUtf8(company),
                      QString::fromUtf8(addr), QString(), QString::fromUtf8(city), QString(),
                      QString::fromUtf8(postcode), QString::fromUtf8(country), QString::fromUtf8(email),
                      QString::fromUtf8(phone)};
    };
    const QList<Person> registered = {
        person("Jane", "Doe", "", "12 Rue de la République", "Lyon", "69002", "FR", "jane.doe@example.com", "+33 4 78 00 00 01"),
        person("Zoë", "Müller", "Kaffeehaus GmbH", "Straße des 17. Juni 135", "Berlin", "10623", "DE", "zoe.mueller@example.de", "+49 30 1234567"),
        person("太郎", "山田", "", "千代田区丸の内1-1", "東京", "100-0001", "JP", "taro.yamada@example.jp", "+81 3 1234 5678"),
        person("José", "García", "", "Calle Mayor 5", "Madrid", "28013", "ES", "jose.garcia@example.es", "+34 91 123 45 67"),
        person("François", "Dupont", "Dupont & Fils", "8 Boulevard Voltaire", "Paris", "75011", "FR", "francois.dupont@example.fr", ""),
        person("Łukasz", "Nowak", "", "ul. Floriańska 3", "Kraków", "31-019", "PL", "lukasz.nowak@example.pl", "+48 12 345 67 89"),
        person("Siobhán", "O'Brien", "", "14 Grafton Street", "Dublin", "D02 X285", "IE", "siobhan.obrien@example.ie", ""),
        person("Björn", "Ångström", "Kafferosteriet AB", "Drottninggatan 10", "Stockholm", "111 51", "SE", "bjorn.angstrom@example.se", "+46 8 123 456"),
        person("Chloé", "Martin", "", "3 Place Kléber", "Strasbourg", "67000", "FR", "chloe.martin@example.fr", "+33 3 88 00 00 00"),
        person("Αλέξανδρος", "Παπαδόπουλος", "", "Οδός Ερμού 20", "Αθήνα", "105 63", "GR", "alexandros.p@example.gr", ""),
        person("Mehmet", "Yılmaz", "", "İstiklal Caddesi 42", "İstanbul", "34430", "TR", "mehmet.yilmaz@example.com.tr", ""),
        person("Ana Sofía", "Pérez", "Café Sol S.L.", "Avenida del Puerto 7", "Valencia", "46023", "ES", "anasofia.perez@example.es", "")};
    int customerId = 2;
    for (const Person &p : registered)
        m_customers.append(Customer{customerId++, p});
    m_guests = {
        person("Oliver", "Smith", "", "221B Baker Street", "London", "NW1 6XE", "GB", "oliver.smith@example.co.uk", "+44 20 7946 0000"),
        person("Marie", "Lefèvre", "", "5 Rue des Écoles", "Bordeaux", "33000", "FR", "marie.lefevre@example.fr", ""),
        person("Søren", "Kierkegaard", "", "Nytorv 2", "København", "1450", "DK", "soren.k@example.dk", ""),
        person("Giulia", "Rossi", "", "Via Roma 1", "Milano", "20121", "IT", "giulia.rossi@example.it", ""),
        person("Noël", "Bernard", "Bernard SARL", "Quai de la Fosse 9", "Nantes", "44000", "FR", "noel.bernard@example.fr", ""),
        person("花子", "鈴木", "", "中央区銀座4-1", "東京", "104-0061", "JP", "hanako.suzuki@example.jp", ""),
        person("Pat", "Nguyễn", "", "12 Rue Paul Bert", "Lille", "59000", "FR", "pat.nguyen@example.fr", "")};
}

Product *WooCatalogue::mutableProduct(int id)
{
    for (Product &p : m_products)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Product *WooCatalogue::product(int id) const
{
    for (const Product &p : m_products)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Product *WooCatalogue::bySku(const QString &sku) const
{
    for (const Product &p : m_products)
        if (!sku.isEmpty() && p.sku == sku)
            return &p;
    return nullptr;
}

QStringList WooCatalogue::skus() const
{
    QStringList out;
    for (int id : m_orderable)
        if (const Product *p = product(id); p && !p->sku.isEmpty())
            out << p->sku;
    return out;
}

QStringList WooCatalogue::erpUnknownSkus() const
{
    QStringList out;
    for (const Product &p : m_products)
        if (p.erpUnknown)
            out << p.sku;
    return out;
}

QStringList WooCatalogue::erpDisabledSkus() const
{
    QStringList out;
    for (const Product &p : m_products)
        if (p.erpDisabled)
            out << p.sku;
    return out;
}

QJsonObject personJson(const Person &p, bool withEmail)
{
    QJsonObject o{{QStringLiteral("first_name"), p.first}, {QStringLiteral("last_name"), p.last},
                  {QStringLiteral("company"), p.company},  {QStringLiteral("address_1"), p.address1},
                  {QStringLiteral("address_2"), p.address2}, {QStringLiteral("city"), p.city},
                  {QStringLiteral("state"), p.state},      {QStringLiteral("postcode"), p.postcode},
                  {QStringLiteral("country"), p.country},  {QStringLiteral("phone"), withEmail ? p.phone : QString()}};
    if (withEmail)
        o.insert(QStringLiteral("email"), p.email);
    return o;
}

QJsonObject WooCatalogue::productJson(const Product &p, const QString &baseUrl, qint64 createdGmt, int utcOffset) const
{
    const QString slug = slugify(p.name);
    const QString price = p.isVariable() ? QString() : money(p.priceCents);
    QJsonArray variations;
    for (int v : p.variationIds)
        variations.append(v);
    QJsonArray attributes;
    if (p.isVariable()) {
        QJsonArray options;
        for (int v : p.variationIds)
            options.append(product(v)->attribute);
        attributes.append(QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("name"), QStringLiteral("Colour")},
                                      {QStringLiteral("slug"), QStringLiteral("colour")},
                                      {QStringLiteral("position"), 0}, {QStringLiteral("visible"), true},
                                      {QStringLiteral("variation"), true}, {QStringLiteral("options"), options}});
    }
    const bool managed = p.manageStock && !p.isVariable();
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("permalink"), QString(baseUrl + QStringLiteral("/product/") + slug + QLatin1Char('/'))},
        {QStringLiteral("type"), p.isVariable() ? QStringLiteral("variable") : QStringLiteral("simple")},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("featured"), false},
        {QStringLiteral("catalog_visibility"), QStringLiteral("visible")},
        {QStringLiteral("description"), QStringLiteral("<p>%1.</p>\n").arg(p.name)},
        {QStringLiteral("short_description"), QString()},
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("price"), price},
        {QStringLiteral("regular_price"), price},
        {QStringLiteral("sale_price"), QString()},
        {QStringLiteral("on_sale"), false},
        {QStringLiteral("purchasable"), true},
        {QStringLiteral("total_sales"), 0},
        {QStringLiteral("virtual"), p.isVirtual},
        {QStringLiteral("downloadable"), false},
        {QStringLiteral("downloads"), QJsonArray()},
        {QStringLiteral("download_limit"), -1},
        {QStringLiteral("download_expiry"), -1},
        {QStringLiteral("external_url"), QString()},
        {QStringLiteral("button_text"), QString()},
        {QStringLiteral("tax_status"), QStringLiteral("taxable")},
        {QStringLiteral("tax_class"), QString()},
        {QStringLiteral("manage_stock"), managed},
        {QStringLiteral("stock_quantity"), managed ? QJsonValue(p.stock) : null},
        {QStringLiteral("backorders"), QStringLiteral("no")},
        {QStringLiteral("backorders_allowed"), false},
        {QStringLiteral("backordered"), false},
        {QStringLiteral("low_stock_amount"), null},
        {QStringLiteral("sold_individually"), false},
        {QStringLiteral("weight"), p.isVirtual ? QString() : QStringLiteral("0.5")},
        {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("length"), QString()},
                                                   {QStringLiteral("width"), QString()},
                                                   {QStringLiteral("height"), QString()}}},
        {QStringLiteral("shipping_required"), !p.isVirtual},
        {QStringLiteral("shipping_taxable"), !p.isVirtual},
        {QStringLiteral("shipping_class"), QString()},
        {QStringLiteral("shipping_class_id"), 0},
        {QStringLiteral("reviews_allowed"), true},
        {QStringLiteral("average_rating"), QStringLiteral("0.00")},
        {QStringLiteral("rating_count"), 0},
        {QStringLiteral("upsell_ids"), QJsonArray()},
        {QStringLiteral("cross_sell_ids"), QJsonArray()},
        {QStringLiteral("parent_id"), 0},
        {QStringLiteral("purchase_note"), QString()},
        {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), 15},
                                                              {QStringLiteral("name"), QStringLiteral("Uncategorized")},
                                                              {QStringLiteral("slug"), QStringLiteral("uncategorized")}}}},
        {QStringLiteral("brands"), QJsonArray()},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("images"), QJsonArray()},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("default_attributes"), QJsonArray()},
        {QStringLiteral("variations"), variations},
        {QStringLiteral("grouped_products"), QJsonArray()},
        {QStringLiteral("menu_order"), 0},
        {QStringLiteral("price_html"), QStringLiteral("<span class=\"woocommerce-Price-amount amount\"><bdi><span "
                                                      "class=\"woocommerce-Price-currencySymbol\">&euro;</span>%1</bdi></span>")
                                           .arg(price)},
        {QStringLiteral("related_ids"), QJsonArray()},
        {QStringLiteral("meta_data"), QJsonArray()},
        {QStringLiteral("stock_status"), managed && p.stock <= 0 ? QStringLiteral("outofstock") : QStringLiteral("instock")},
        {QStringLiteral("has_options"), p.isVariable()},
        {QStringLiteral("post_password"), QString()},
        {QStringLiteral("global_unique_id"), QString()},
        {QStringLiteral("_links"), links(baseUrl + QStringLiteral("/wp-json/wc/v3/products/%1").arg(p.id),
                                         baseUrl + QStringLiteral("/wp-json/wc/v3/products"))}};
    for (const char *name : {"date_on_sale_from", "date_on_sale_to"})
        insertDates(o, QString::fromLatin1(name), 0, utcOffset);
    insertDates(o, QStringLiteral("date_created"), createdGmt, utcOffset);
    insertDates(o, QStringLiteral("date_modified"), createdGmt, utcOffset);
    return o;
}

QJsonObject WooCatalogue::variationJson(const Product &v, const QString &baseUrl, qint64 createdGmt, int utcOffset) const
{
    const Product *parent = product(v.parentId);
    const QString parentSlug = parent ? slugify(parent->name) : QString();
    const QString coll = baseUrl + QStringLiteral("/wp-json/wc/v3/products/%1/variations").arg(v.parentId);
    QJsonObject o{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("type"), QStringLiteral("variation")},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("permalink"), QString(baseUrl + QStringLiteral("/product/%1/?attribute_colour=%2").arg(parentSlug, v.attribute))},
        {QStringLiteral("sku"), v.sku},
        {QStringLiteral("global_unique_id"), QString()},
        {QStringLiteral("price"), money(v.priceCents)},
        {QStringLiteral("regular_price"), money(v.priceCents)},
        {QStringLiteral("sale_price"), QString()},
        {QStringLiteral("on_sale"), false},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("purchasable"), true},
        {QStringLiteral("virtual"), false},
        {QStringLiteral("downloadable"), false},
        {QStringLiteral("downloads"), QJsonArray()},
        {QStringLiteral("download_limit"), -1},
        {QStringLiteral("download_expiry"), -1},
        {QStringLiteral("tax_status"), QStringLiteral("taxable")},
        {QStringLiteral("tax_class"), QString()},
        {QStringLiteral("manage_stock"), v.manageStock},
        {QStringLiteral("stock_quantity"), v.manageStock ? QJsonValue(v.stock) : null},
        {QStringLiteral("stock_status"), v.manageStock && v.stock <= 0 ? QStringLiteral("outofstock") : QStringLiteral("instock")},
        {QStringLiteral("backorders"), QStringLiteral("no")},
        {QStringLiteral("backorders_allowed"), false},
        {QStringLiteral("backordered"), false},
        {QStringLiteral("low_stock_amount"), null},
        {QStringLiteral("weight"), QString()},
        {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("length"), QString()},
                                                   {QStringLiteral("width"), QString()},
                                                   {QStringLiteral("height"), QString()}}},
        {QStringLiteral("shipping_class"), QString()},
        {QStringLiteral("shipping_class_id"), 0},
        {QStringLiteral("image"), null},
        {QStringLiteral("attributes"), QJsonArray{QJsonObject{{QStringLiteral("id"), 0},
                                                              {QStringLiteral("name"), QStringLiteral("Colour")},
                                                              {QStringLiteral("slug"), QStringLiteral("colour")},
                                                              {QStringLiteral("option"), v.attribute}}}},
        {QStringLiteral("menu_order"), 0},
        {QStringLiteral("meta_data"), QJsonArray()},
        {QStringLiteral("name"), v.attribute},
        {QStringLiteral("parent_id"), v.parentId},
        {QStringLiteral("_links"), links(coll + QStringLiteral("/%1").arg(v.id), coll,
                                         baseUrl + QStringLiteral("/wp-json/wc/v3/products/%1").arg(v.parentId))}};
    for (const char *name : {"date_on_sale_from", "date_on_sale_to"})
        insertDates(o, QString::fromLatin1(name), 0, utcOffset);
    insertDates(o, QStringLiteral("date_created"), createdGmt, utcOffset);
    insertDates(o, QStringLiteral("date_modified"), createdGmt, utcOffset);
    return o;
}

QJsonObject WooCatalogue::customerJson(const Customer &c, const QString &baseUrl, qint64 createdGmt, int utcOffset) const
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(c.person.email.toUtf8(), QCryptographicHash::Sha256).toHex());
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("email"), c.person.email},
        {QStringLiteral("first_name"), c.person.first},
        {QStringLiteral("last_name"), c.person.last},
        {QStringLiteral("role"), QStringLiteral("customer")},
        {QStringLiteral("username"), c.person.email.section(QLatin1Char('@'), 0, 0)},
        {QStringLiteral("billing"), personJson(c.person, true)},
        {QStringLiteral("shipping"), personJson(c.person, false)},
        {QStringLiteral("is_paying_customer"), true},
        {QStringLiteral("avatar_url"), QStringLiteral("https://secure.gravatar.com/avatar/%1?s=96&d=mm&r=g").arg(hash)},
        {QStringLiteral("meta_data"), QJsonArray()},
        {QStringLiteral("_links"), links(baseUrl + QStringLiteral("/wp-json/wc/v3/customers/%1").arg(c.id),
                                         baseUrl + QStringLiteral("/wp-json/wc/v3/customers"))}};
    insertDates(o, QStringLiteral("date_created"), createdGmt, utcOffset);
    insertDates(o, QStringLiteral("date_modified"), createdGmt, utcOffset);
    return o;
}

} // namespace backroom::sim::woo
