#include "sync/erp/erpfactory.h"

#include "sync/erp/erpnextadapter.h"
#include "sync/erp/trytonadapter.h"

namespace backroom {

namespace {
ErpAdapter *createErpNext(const ErpConfig &config, HttpClient *http, std::chrono::milliseconds timeout, QObject *parent)
{
    ErpNextConnection erp;
    erp.url = config.url;
    erp.apiKey = config.apiKey;
    erp.apiSecret = config.apiSecret;
    erp.company = config.company;
    erp.warehouse = config.warehouse;
    erp.referenceField = config.referenceField;
    erp.taxAccount = config.taxAccount;
    erp.shippingAccount = config.shippingAccount;
    erp.feeAccount = config.feeAccount;
    erp.creditItem = config.creditItem;
    erp.timeout = timeout;
    return new ErpNextAdapter(erp, http, parent);
}
} // namespace

Result<ErpAdapter *> createErpAdapter(const ErpConfig &config, HttpClient *http, std::chrono::milliseconds timeout,
                                      QObject *parent)
{
    if (config.type == QLatin1String("erpnext"))
        return createErpNext(config, http, timeout, parent);
    if (config.type == QLatin1String("tryton")) {
        TrytonConnection c{config.url, config.database, config.username, config.password, config.warehouse, timeout};
        return new TrytonAdapter(std::move(c), http, parent);
    }
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("config");
    e.message = QStringLiteral("erp.type: unknown ERP type \"%1\"").arg(config.type);
    e.hint = QStringLiteral("Use \"erpnext\" or \"tryton\".");
    return e;
}

} // namespace backroom
