#pragma once

#include "sync/core/syncerror.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace backroom {

// The config file of DESIGN.md §7. Secrets (`env:NAME`) are resolved when loading and
// live only in memory.

struct StoreConfig {
    QString id;
    QUrl url;
    QString auth = QStringLiteral("basic"); // basic | query | oauth1
    QString consumerKey;
    QString consumerSecret;
    QString caFile;
    int pollIntervalS = 30;
    QStringList orderStatuses{QStringLiteral("processing")};
    int reconcileIntervalS = 900;           // reconciliation sweep by id
    int overlapS = 5;                       // modified_after overlap window
    QString completeStatus;                 // optional status set on write-back; empty: none
    // Prepended to the order id in the ERP reference field. Stores that share one ERP need
    // distinct prefixes, or order #100 of one store would be taken for #100 of the other.
    QString referencePrefix;
};

struct ErpConfig {
    QString type = QStringLiteral("erpnext");
    QUrl url;
    QString apiKey;
    QString apiSecret;
    QString company;
    QString warehouse;
    QString referenceField = QStringLiteral("po_no");
    int pollIntervalS = 60;
    QString caFile;
    QString taxAccount;
    QString shippingAccount;
    QString feeAccount;
    QString creditItem;         // erp.credit_item: item for refunds without lines
    // tryton
    QString database;           // Tryton database name (the URL path segment)
    QString username;           // Tryton login
    QString password;           // Tryton password (usually env:NAME)
};

struct HelpdeskConfig {
    QString type = QStringLiteral("zendesk");
    QUrl url;
    QString email;
    QString apiToken;
    // rt
    QString token;             // helpdesk.token: RT auth token; else username + password (Basic)
    QString username;
    QString password;
    QString queue;
    QString externalIdField = QStringLiteral("Backroom external id"); // ticket custom field
};

struct RetryConfig {
    int maxAttempts = 8;
    int baseDelayMs = 1000;
    int maxDelayMs = 300000;
};

struct Config {
    QList<StoreConfig> stores;
    ErpConfig erp;
    std::optional<HelpdeskConfig> helpdesk;
    RetryConfig retry;
    QString mappingsFile;       // resolved against the config file's folder
    int perHostConcurrency = 6;
    int httpTimeoutS = 30;
    // stock flow
    struct Stock {
        bool enabled = false;      // off without a "stock" object; "enabled" defaults to true in it
        int safetyBuffer = 0;      // units held back from every managed item
        QStringList warehouses;    // summed; empty: erp.warehouse
        int intervalS = 0;         // 0: erp.poll_interval_s
        bool correctDrift = false; // "drift": "report" (false) or "correct"
    } stock;

    // order flows after posting (fulfilment, cancellation, refunds, backorders)
    struct OrderFlows {
        bool fulfilment = true;       // ERP deliveries -> store order completed / noted
        bool cancellation = true;     // store cancellation -> ERP sales order cancelled
        bool refunds = true;          // store refunds -> ERP credit notes
        bool backorders = true;       // ERP shortfall -> note on the order + exception
        int reconcileIntervalS = 3600; // orders vs ERP sales orders; 0 turns it off
        double totalTolerance = 0.01; // grand total and tax may differ by this much
        QString deliveredStatus = QStringLiteral("completed");
    } orderFlows;

    // reconciliation
};

// Reads and validates a config file. The error names the key and the problem in one line:
// "stores[0].woocommerce.url: missing", "erp.api_key: environment variable ERP_KEY is not set".
Result<Config> loadConfig(const QString &path);
Result<Config> parseConfig(const QJsonObject &root, const QString &baseDir);

// The mapping tables (mappings_file, and their versions in the journal). The JSON form, its
// parser and the editors live in sync/mapping/ (mappingjson.h); docs/mappings.md.
struct Mappings {
    QMap<QString, QString> sku;        // Woo SKU (or "product:<id>") -> ERP item code; absent: pass-through
    QMap<QString, QString> status;     // Woo order status -> "sync" | "ignore" | "cancel"
    QMap<QString, QString> erpStatus;  // ERP sales order state -> Woo order status (write-back)
    QMap<QString, QString> payment;    // Woo payment_method id -> ERP mode of payment
    QMap<QString, QString> shipping;   // Woo shipping method_id -> ERP account head of the charge
    QMap<QString, QString> tax;        // Woo tax rate_code -> ERP account head of the tax row
    QString itemCodeFor(const QString &wooSku) const { return sku.value(wooSku, wooSku); }
    bool operator==(const Mappings &) const = default;
};
// Reads a mappings file (empty path: empty mappings). Defined in sync/mapping/mappingjson.cpp.
Result<Mappings> loadMappings(const QString &path);

} // namespace backroom
