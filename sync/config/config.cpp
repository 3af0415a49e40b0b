#include "sync/config/config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace backroom {

namespace {

SyncError configError(const QString &key, const QString &problem)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("config");
    e.message = key + QStringLiteral(": ") + problem;
    e.hint = QStringLiteral("Fix the config file and start again.");
    return e;
}

// Reads typed values from one JSON object and remembers the first problem.
class Reader {
public:
    Reader(const QJsonObject &obj, QString path) : m_obj(obj), m_path(std::move(path)) {}

    std::optional<SyncError> error;

    QString key(const QString &k) const { return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k; }

    void allow(std::initializer_list<const char *> keys)
    {
        QSet<QString> allowed;
        for (const char *k : keys)
            allowed.insert(QString::fromLatin1(k));
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(key(it.key()), QStringLiteral("unknown key (check the spelling)"));
        }
    }

    QString string(const QString &k, bool required, const QString &def = {})
    {
        const QJsonValue v = m_obj.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key(k), QStringLiteral("missing"));
            return def;
        }
        if (!v.isString()) {
            fail(key(k), QStringLiteral("must be a string"));
            return def;
        }
        return resolveSecret(k, v.toString());
    }

    int integer(const QString &k, int def, int min, int max)
    {
        const QJsonValue v = m_obj.value(k);
        if (v.isUndefined() || v.isNull())
            return def;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(key(k), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return def;
        }
        return int(d);
    }

    QUrl url(const QString &k, bool required)
    {
        const QString s = string(k, required);
        if (s.isEmpty())
            return {};
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
            || u.host().isEmpty()) {
            // Never echo a value that came from the environment: it may be a secret.
            const QString raw = m_obj.value(k).toString();
            fail(key(k), QStringLiteral("\"%1\" is not an http(s) URL").arg(raw.startsWith(QLatin1String("env:")) ? raw : s));
            return {};
        }
        return u;
    }

    QStringList stringList(const QString &k, const QStringList &def)
    {
        const QJsonValue v = m_obj.value(k);
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isArray()) {
            fail(key(k), QStringLiteral("must be a list of strings"));
            return def;
        }
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString() || e.toString().isEmpty()) {
                fail(key(k), QStringLiteral("must be a list of non-empty strings"));
                return def;
            }
            out << e.toString();
        }
        return out;
    }

    QJsonObject object(const QString &k, bool required)
    {
        const QJsonValue v = m_obj.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key(k), QStringLiteral("missing"));
            return {};
        }
        if (!v.isObject()) {
            fail(key(k), QStringLiteral("must be an object"));
            return {};
        }
        return v.toObject();
    }

    void fail(const QString &k, const QString &problem)
    {
        if (!error)
            error = configError(k, problem);
    }

private:
    QString resolveSecret(const QString &k, const QString &value)
    {
        if (!value.startsWith(QLatin1String("env:")))
            return value;
        const QString name = value.mid(4);
        if (name.isEmpty()) {
            fail(key(k), QStringLiteral("\"env:\" needs a variable name"));
            return {};
        }
        const QByteArray v = qgetenv(name.toLocal8Bit().constData());
        if (v.isEmpty()) {
            fail(key(k), QStringLiteral("environment variable %1 is not set").arg(name));
            return {};
        }
        return QString::fromLocal8Bit(v);
    }

    QJsonObject m_obj;
    QString m_path;
};

void readStore(Reader &parent, const QJsonValue &value, int index, QList<StoreConfig> &stores)
{
    const QString path = QStringLiteral("stores[%1]").arg(index);
    if (!value.isObject()) {
        parent.fail(path, QStringLiteral("must be an object"));
        return;
    }
    Reader r(value.toObject(), path);
    r.allow({"id", "woocommerce"});
    StoreConfig s;
    s.id = r.string(QStringLiteral("id"), true);
    const QJsonObject woo = r.object(QStringLiteral("woocommerce"), true);
    Reader w(woo, path + QStringLiteral(".woocommerce"));
    if (!r.error) {
        w.allow({"url", "auth", "consumer_key", "consumer_secret", "ca_file", "poll_interval_s", "order_statuses",
                 "reconcile_interval_s", "overlap_s", "complete_status", "reference_prefix"});
        s.url = w.url(QStringLiteral("url"), true);
        s.auth = w.string(QStringLiteral("auth"), false, QStringLiteral("basic"));
        if (s.auth != QLatin1String("basic") && s.auth != QLatin1String("query") && s.auth != QLatin1String("oauth1"))
            w.fail(w.key(QStringLiteral("auth")), QStringLiteral("must be basic, query or oauth1"));
        s.consumerKey = w.string(QStringLiteral("consumer_key"), true);
        s.consumerSecret = w.string(QStringLiteral("consumer_secret"), true);
        s.caFile = w.string(QStringLiteral("ca_file"), false);
        s.pollIntervalS = w.integer(QStringLiteral("poll_interval_s"), 30, 1, 86400);
        s.orderStatuses = w.stringList(QStringLiteral("order_statuses"), s.orderStatuses);
        s.reconcileIntervalS = w.integer(QStringLiteral("reconcile_interval_s"), 900, 10, 7 * 86400);
        s.overlapS = w.integer(QStringLiteral("overlap_s"), 5, 1, 3600);
        s.completeStatus = w.string(QStringLiteral("complete_status"), false);
        s.referencePrefix = w.string(QStringLiteral("reference_prefix"), false);
    }
    if (r.error)
        parent.error = r.error;
    else if (w.error)
        parent.error = w.error;
    else {
        for (const StoreConfig &other : stores) {
            if (other.id == s.id)
                parent.fail(path + QStringLiteral(".id"), QStringLiteral("\"%1\" is used twice").arg(s.id));
            else if (other.referencePrefix == s.referencePrefix)
                parent.fail(path + QStringLiteral(".woocommerce.reference_prefix"),
                            QStringLiteral("stores \"%1\" and \"%2\" would share ERP references; give each a distinct "
                                           "reference_prefix (e.g. \"%2-\")").arg(other.id, s.id));
        }
        if (!s.caFile.isEmpty() && !QFileInfo::exists(s.caFile))
            parent.fail(path + QStringLiteral(".woocommerce.ca_file"), QStringLiteral("file %1 does not exist").arg(s.caFile));
        stores << s;
    }
}

// rt
bool isRtHelpdesk(const QJsonObject &root)
{
    return root.value(QStringLiteral("helpdesk")).toObject().value(QStringLiteral("type")).toString() == QLatin1String("rt");
}

void readRtHelpdesk(Reader &r, Config &c)
{
    Reader h(r.object(QStringLiteral("helpdesk"), false), QStringLiteral("helpdesk"));
    h.allow({"type", "url", "token", "username", "password", "queue", "external_id_field"});
    HelpdeskConfig hc;
    hc.type = h.string(QStringLiteral("type"), true);
    hc.url = h.url(QStringLiteral("url"), true);
    hc.token = h.string(QStringLiteral("token"), false);
    hc.username = h.string(QStringLiteral("username"), false);
    hc.password = h.string(QStringLiteral("password"), false);
    hc.queue = h.string(QStringLiteral("queue"), true);
    hc.externalIdField = h.string(QStringLiteral("external_id_field"), false, hc.externalIdField);
    if (!h.error && hc.token.isEmpty() && (hc.username.isEmpty() || hc.password.isEmpty()))
        h.fail(QStringLiteral("helpdesk.token"), QStringLiteral("missing (or set both username and password)"));
    if (!h.error && !hc.token.isEmpty() && !hc.username.isEmpty())
        h.fail(QStringLiteral("helpdesk.username"), QStringLiteral("set either token or username/password, not both"));
    if (!h.error && hc.queue.trimmed().isEmpty())
        h.fail(QStringLiteral("helpdesk.queue"), QStringLiteral("must not be empty"));
    if (!h.error && (hc.externalIdField.trimmed().isEmpty() || hc.externalIdField.contains(QLatin1Char('}'))))
        h.fail(QStringLiteral("helpdesk.external_id_field"), QStringLiteral("must name a ticket custom field (no \"}\")"));
    if (h.error)
        r.error = h.error;
    else
        c.helpdesk = hc;
}

// erp.type "erpnext": Frappe token auth (docs/config.md).
void readErpNextErp(Reader &e, ErpConfig &erp)
{
    e.allow({"type", "url", "api_key", "api_secret", "company", "warehouse", "reference_field",
             "poll_interval_s", "ca_file", "tax_account", "shipping_account", "fee_account", "credit_item"});
    if (!e.error && erp.type != QLatin1String("erpnext"))
        e.fail(QStringLiteral("erp.type"), QStringLiteral("\"%1\" is not supported (supported: erpnext, tryton)").arg(erp.type));
    erp.url = e.url(QStringLiteral("url"), true);
    erp.apiKey = e.string(QStringLiteral("api_key"), true);
    erp.apiSecret = e.string(QStringLiteral("api_secret"), true);
    erp.company = e.string(QStringLiteral("company"), true);
    erp.warehouse = e.string(QStringLiteral("warehouse"), true);
    erp.referenceField = e.string(QStringLiteral("reference_field"), false, QStringLiteral("po_no"));
    erp.pollIntervalS = e.integer(QStringLiteral("poll_interval_s"), 60, 1, 86400);
    erp.caFile = e.string(QStringLiteral("ca_file"), false);
    erp.taxAccount = e.string(QStringLiteral("tax_account"), false);
    erp.shippingAccount = e.string(QStringLiteral("shipping_account"), false);
    erp.feeAccount = e.string(QStringLiteral("fee_account"), false);
    erp.creditItem = e.string(QStringLiteral("credit_item"), false);
}

// erp.type "tryton": JSON-RPC login with user name and password (docs/config.md).
void readTrytonErp(Reader &e, ErpConfig &erp)
{
    e.allow({"type", "url", "database", "username", "password", "warehouse", "poll_interval_s", "ca_file"});
    erp.url = e.url(QStringLiteral("url"), true);
    erp.database = e.string(QStringLiteral("database"), true);
    erp.username = e.string(QStringLiteral("username"), true);
    erp.password = e.string(QStringLiteral("password"), true);
    erp.warehouse = e.string(QStringLiteral("warehouse"), false);
    erp.pollIntervalS = e.integer(QStringLiteral("poll_interval_s"), 60, 1, 86400);
    erp.caFile = e.string(QStringLiteral("ca_file"), false);
}

} // namespace

Result<Config> parseConfig(const QJsonObject &root, const QString &baseDir)
{
    Reader r(root, QString());
    r.allow({"stores", "erp", "helpdesk", "retry", "mappings_file", "http", "order_flows", "stock"});
    Config c;

    const QJsonValue storesValue = root.value(QStringLiteral("stores"));
    if (!r.error) {
        if (!storesValue.isArray() || storesValue.toArray().isEmpty())
            r.fail(QStringLiteral("stores"), QStringLiteral("must be a non-empty list of stores"));
        else {
            const QJsonArray arr = storesValue.toArray();
            for (int i = 0; i < arr.size() && !r.error; ++i)
                readStore(r, arr.at(i), i, c.stores);
        }
    }

    if (!r.error) {
        Reader e(r.object(QStringLiteral("erp"), true), QStringLiteral("erp"));
        if (!r.error) {
            c.erp.type = e.string(QStringLiteral("type"), true);
            if (!e.error && c.erp.type == QLatin1String("tryton"))
                readTrytonErp(e, c.erp);
            else
                readErpNextErp(e, c.erp);
            if (e.error)
                r.error = e.error;
        }
    }

    // rt
    if (!r.error && isRtHelpdesk(root))
        readRtHelpdesk(r, c);
    else if (!r.error && root.contains(QStringLiteral("helpdesk")) && !root.value(QStringLiteral("helpdesk")).isNull()) {
        Reader h(r.object(QStringLiteral("helpdesk"), false), QStringLiteral("helpdesk"));
        h.allow({"type", "url", "email", "api_token"});
        HelpdeskConfig hc;
        hc.type = h.string(QStringLiteral("type"), true);
        if (!h.error && hc.type != QLatin1String("zendesk"))
            h.fail(QStringLiteral("helpdesk.type"), QStringLiteral("\"%1\" is not supported (supported: zendesk, rt)").arg(hc.type));
        hc.url = h.url(QStringLiteral("url"), true);
        hc.email = h.string(QStringLiteral("email"), true);
        hc.apiToken = h.string(QStringLiteral("api_token"), true);
        if (h.error)
            r.error = h.error;
        else
            c.helpdesk = hc;
    }

    if (!r.error && root.contains(QStringLiteral("retry"))) {
        Reader t(r.object(QStringLiteral("retry"), false), QStringLiteral("retry"));
        t.allow({"max_attempts", "base_delay_ms", "max_delay_ms"});
        c.retry.maxAttempts = t.integer(QStringLiteral("max_attempts"), 8, 1, 100);
        c.retry.baseDelayMs = t.integer(QStringLiteral("base_delay_ms"), 1000, 1, 3600000);
        c.retry.maxDelayMs = t.integer(QStringLiteral("max_delay_ms"), 300000, 1, 86400000);
        if (!t.error && c.retry.maxDelayMs < c.retry.baseDelayMs)
            t.fail(QStringLiteral("retry.max_delay_ms"), QStringLiteral("must not be smaller than base_delay_ms"));
        if (t.error)
            r.error = t.error;
    }

    if (!r.error && root.contains(QStringLiteral("http"))) {
        Reader h(r.object(QStringLiteral("http"), false), QStringLiteral("http"));
        h.allow({"per_host_concurrency", "timeout_s"});
        c.perHostConcurrency = h.integer(QStringLiteral("per_host_concurrency"), 6, 1, 64);
        c.httpTimeoutS = h.integer(QStringLiteral("timeout_s"), 30, 1, 600);
        if (h.error)
            r.error = h.error;
    }

    if (!r.error && root.contains(QStringLiteral("order_flows"))) {
        // order flows after posting
        Reader f(r.object(QStringLiteral("order_flows"), false), QStringLiteral("order_flows"));
        f.allow({"fulfilment", "cancellation", "refunds", "backorders", "reconcile_interval_s", "total_tolerance",
                 "delivered_status"});
        Config::OrderFlows &o = c.orderFlows;
        const QJsonObject fo = root.value(QStringLiteral("order_flows")).toObject();
        for (const char *k : {"fulfilment", "cancellation", "refunds", "backorders"}) {
            const QJsonValue v = fo.value(QLatin1String(k));
            if (!v.isUndefined() && !v.isBool())
                f.fail(f.key(QLatin1String(k)), QStringLiteral("must be true or false"));
        }
        o.fulfilment = fo.value(QStringLiteral("fulfilment")).toBool(true);
        o.cancellation = fo.value(QStringLiteral("cancellation")).toBool(true);
        o.refunds = fo.value(QStringLiteral("refunds")).toBool(true);
        o.backorders = fo.value(QStringLiteral("backorders")).toBool(true);
        o.reconcileIntervalS = f.integer(QStringLiteral("reconcile_interval_s"), 3600, 0, 7 * 86400);
        const QJsonValue tol = fo.value(QStringLiteral("total_tolerance"));
        if (!tol.isUndefined() && (!tol.isDouble() || tol.toDouble() < 0 || tol.toDouble() > 1000))
            f.fail(f.key(QStringLiteral("total_tolerance")), QStringLiteral("must be a number from 0 to 1000"));
        o.totalTolerance = tol.toDouble(0.01);
        o.deliveredStatus = f.string(QStringLiteral("delivered_status"), false, QStringLiteral("completed"));
        if (f.error)
            r.error = f.error;
    }
    if (!r.error && root.contains(QStringLiteral("stock")) && !root.value(QStringLiteral("stock")).isNull()) {
        Reader k(r.object(QStringLiteral("stock"), false), QStringLiteral("stock"));
        k.allow({"enabled", "safety_buffer", "warehouses", "interval_s", "drift"});
        const QJsonObject so = root.value(QStringLiteral("stock")).toObject();
        const QJsonValue enabled = so.value(QStringLiteral("enabled"));
        if (!enabled.isUndefined() && !enabled.isNull() && !enabled.isBool())
            k.fail(QStringLiteral("stock.enabled"), QStringLiteral("must be true or false"));
        c.stock.enabled = enabled.isBool() ? enabled.toBool() : true;
        c.stock.safetyBuffer = k.integer(QStringLiteral("safety_buffer"), 0, 0, 1000000);
        c.stock.warehouses = k.stringList(QStringLiteral("warehouses"), {});
        c.stock.intervalS = k.integer(QStringLiteral("interval_s"), 0, 0, 86400);
        const QString drift = k.string(QStringLiteral("drift"), false, QStringLiteral("report"));
        if (drift != QLatin1String("report") && drift != QLatin1String("correct"))
            k.fail(QStringLiteral("stock.drift"), QStringLiteral("must be \"report\" or \"correct\""));
        c.stock.correctDrift = drift == QLatin1String("correct");
        if (k.error)
            r.error = k.error;
    }
    if (!r.error && c.stock.warehouses.isEmpty() && !c.erp.warehouse.isEmpty())
        c.stock.warehouses << c.erp.warehouse;
    if (!r.error && c.stock.intervalS == 0)
        c.stock.intervalS = c.erp.pollIntervalS;

    if (!r.error) {
        const QString m = r.string(QStringLiteral("mappings_file"), false);
        if (!m.isEmpty()) {
            c.mappingsFile = QDir(baseDir).absoluteFilePath(m);
            if (!QFileInfo::exists(c.mappingsFile))
                r.fail(QStringLiteral("mappings_file"), QStringLiteral("file %1 does not exist").arg(c.mappingsFile));
        }
    }

    if (r.error)
        return *r.error;
    return c;
}

Result<Config> loadConfig(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return configError(path, QStringLiteral("cannot read the config file (%1)").arg(f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return configError(path, QStringLiteral("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return configError(path, QStringLiteral("the top level must be a JSON object"));
    return parseConfig(doc.object(), QFileInfo(path).absolutePath());
}

} // namespace backroom
