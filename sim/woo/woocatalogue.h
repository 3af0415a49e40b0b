#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace backroom::sim::woo {

// What the simulated shop sells and who buys there. Fixed (not seeded): the same catalogue in
// every run, so that an ERP simulator can be given its item codes.
struct Product {
    int id = 0;
    QString name;
    QString sku;
    qint64 priceCents = 0;
    bool manageStock = true;
    int stock = 0;
    bool isVirtual = false;
    int parentId = 0;        // variations: the variable product
    QString attribute;       // variations: the "Colour" option
    QList<int> variationIds; // variable products
    int weight = 10;         // how often it is ordered (relative)
    bool erpUnknown = false; // deliberately missing from the ERP's item list
    bool erpDisabled = false;// deliberately disabled in the ERP

    bool isVariable() const { return !variationIds.isEmpty(); }
    bool isVariation() const { return parentId != 0; }
};

struct Person {
    QString first, last, company, address1, address2, city, state, postcode, country, email, phone;
};

struct Customer {
    int id = 0;
    Person person;
};

class WooCatalogue final {
public:
    WooCatalogue();

    const QList<Product> &products() const { return m_products; }
    const Product *product(int id) const;
    const Product *bySku(const QString &sku) const;
    Product *mutableProduct(int id); // stock writes (woostock.cpp)
    // Products a line item can point at (simple products and variations).
    const QList<int> &orderable() const { return m_orderable; }
    const QList<Customer> &customers() const { return m_customers; }
    const QList<Person> &guests() const { return m_guests; }

    QStringList skus() const;              // every non-empty SKU of an orderable product
    QStringList erpUnknownSkus() const;
    QStringList erpDisabledSkus() const;

    QJsonObject productJson(const Product &p, const QString &baseUrl, qint64 createdGmt, int utcOffset) const;
    QJsonObject variationJson(const Product &v, const QString &baseUrl, qint64 createdGmt, int utcOffset) const;
    QJsonObject customerJson(const Customer &c, const QString &baseUrl, qint64 createdGmt, int utcOffset) const;

private:
    QList<Product> m_products;
    QList<int> m_orderable;
    QList<Customer> m_customers;
    QList<Person> m_guests;
};

QJsonObject personJson(const Person &p, bool withEmail);

} // namespace backroom::sim::woo
