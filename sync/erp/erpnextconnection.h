#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace backroom {

// Settings of one ERPNext connection (config file "erp" object, DESIGN.md §7).
struct ErpNextConnection {
    QUrl url;                                    // site root, e.g. https://erp.example.com
    QString apiKey, apiSecret;                   // Authorization: token key:secret
    QString company, warehouse;
    QString referenceField = QStringLiteral("po_no"); // holds the WooCommerce order id
    QString customerGroup = QStringLiteral("All Customer Groups");
    QString territory = QStringLiteral("All Territories");
    // Account heads of the "Actual" rows in the Sales Taxes and Charges table. Shipping and
    // fees fall back to taxAccount when empty.
    QString taxAccount, shippingAccount, feeAccount;
    // A non-stock item for credits without lines (a refund of an amount only), e.g. "Goodwill Credit".
    QString creditItem;
    std::chrono::milliseconds timeout{30000};
};

} // namespace backroom
