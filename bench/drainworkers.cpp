// bench_drain's worker processes: one measured drain each, printing one RESULT line (JSON).
#include "bench/drainsupport.h"

namespace benchdrain {

int engineWorker(const QString &configPath, const QString &dataDir, int maxSeconds)
{
    const backroom::Result<Config> config = backroom::loadConfig(configPath);
    if (!config) {
        err(QStringLiteral("bench_drain worker: ") + config.error().message);
        return 2;
    }
    const qint64 rssBefore = procStatusKb("self", "VmRSS");
    const qint64 cpu0 = selfCpuMs();
    QElapsedTimer wall;
    wall.start();
    backroom::Result<std::unique_ptr<Engine>> created = Engine::create(config.value(), dataDir, backroom::SystemClock::instance());
    if (!created) {
        err(QStringLiteral("bench_drain worker: ") + created.error().message);
        return 2;
    }
    Engine *engine = created.value().get();
    int code = 0;
    qint64 idleMs = -1;
    QObject::connect(engine, &Engine::idle, engine, [&] {
        idleMs = wall.elapsed();
        QCoreApplication::quit();
    });
    QObject::connect(engine, &Engine::fatal, engine, [&](const backroom::SyncError &e) {
        err(QStringLiteral("bench_drain worker: engine fatal: ") + e.message);
        code = 1;
        QCoreApplication::quit();
    });
    QTimer guard;
    guard.setInterval(500);
    QObject::connect(&guard, &QTimer::timeout, engine, [&] {
        if (!engine->authBlocker().isEmpty()) {
            err(QStringLiteral("bench_drain worker: paused: ") + engine->authBlocker());
            code = 1;
            QCoreApplication::quit();
        } else if (wall.elapsed() > qint64(maxSeconds) * 1000) {
            err(QStringLiteral("bench_drain worker: not idle after %1 s").arg(maxSeconds));
            code = 1;
            QCoreApplication::quit();
        }
    });
    guard.start();
    engine->start();
    QCoreApplication::exec();
    engine->stop();
    const qint64 cpu = selfCpuMs() - cpu0;
    const qint64 hwm = procStatusKb("self", "VmHWM");
    created.value().reset(); // closes the journal (checkpoints the WAL) before the orchestrator reads it
    const QJsonObject result{{QStringLiteral("wall_ms"), double(idleMs)},
                             {QStringLiteral("cpu_ms"), double(cpu)},
                             {QStringLiteral("hwm_kb"), double(hwm)},
                             {QStringLiteral("rss_before_kb"), double(rssBefore)}};
    out(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return code;
}

// ---------------------------------------------------------------------------------------------
// worker: the naive sequential baseline. GET a page of processing orders (per_page=100, Basic
// auth), POST each order to ERPNext one at a time. No journal, no retries, no look-ups, no
// write-back; the only mapping is what ERPNext refuses to go without: a Customer (created once
// per e-mail address, remembered in a hash) and the mandatory fields of a Sales Order.

int naiveWorker(const QString &configPath)
{
    QFile f(configPath);
    if (!f.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("bench_drain worker: cannot read ") + configPath);
        return 2;
    }
    const QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject woo = cfg.value(QStringLiteral("stores")).toArray().first().toObject().value(QStringLiteral("woocommerce")).toObject();
    const QJsonObject erp = cfg.value(QStringLiteral("erp")).toObject();
    const QString wooUrl = woo.value(QStringLiteral("url")).toString();
    const QByteArray basic = "Basic " + (woo.value(QStringLiteral("consumer_key")).toString() + QLatin1Char(':')
                                         + woo.value(QStringLiteral("consumer_secret")).toString()).toUtf8().toBase64();
    const QString erpUrl = erp.value(QStringLiteral("url")).toString();
    const QByteArray token = "token " + (erp.value(QStringLiteral("api_key")).toString() + QLatin1Char(':')
                                         + erp.value(QStringLiteral("api_secret")).toString()).toUtf8();
    const QString company = erp.value(QStringLiteral("company")).toString();
    const QList<QPair<QByteArray, QByteArray>> erpHeaders{
        {"Authorization", token}, {"Content-Type", "application/json"}, {"Accept", "application/json"}};
    const QUrl customerUrl(erpUrl + QStringLiteral("/api/resource/Customer"));
    const QUrl salesOrderUrl(erpUrl + QStringLiteral("/api/resource/Sales%20Order"));

    QNetworkAccessManager nam;
    QHash<QString, QString> customers;
    std::vector<qint64> latencies;
    int delivered = 0, rejected = 0, failedRequests = 0;
    QJsonArray deliveredIds;

    const qint64 rssBefore = procStatusKb("self", "VmRSS");
    const qint64 cpu0 = selfCpuMs();
    QElapsedTimer wall;
    wall.start();
    for (int page = 1;; ++page) {
        QUrl url(wooUrl + QStringLiteral("/wp-json/wc/v3/orders"));
        url.setQuery(QStringLiteral("status=processing&per_page=100&page=%1&orderby=id&order=asc").arg(page));
        const Reply r = syncRequest(nam, "GET", url, {{"Authorization", basic}});
        const qint64 pageAt = wall.elapsed();
        if (r.status != 200) {
            err(QStringLiteral("bench_drain naive: listing page %1 failed: %2 %3").arg(page).arg(r.status).arg(r.error));
            return 1;
        }
        const QJsonArray orders = QJsonDocument::fromJson(r.body).array();
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            const QJsonObject billing = o.value(QStringLiteral("billing")).toObject();
            const QString email = billing.value(QStringLiteral("email")).toString();
            QString name = QString(billing.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ')
                                   + billing.value(QStringLiteral("last_name")).toString()).trimmed();
            if (name.isEmpty())
                name = email.isEmpty() ? QStringLiteral("Guest") : email;
            const QString key = email.isEmpty() ? QStringLiteral("name:") + name : email.toLower();
            QString customer = customers.value(key);
            if (customer.isEmpty()) {
                const QJsonObject c{{QStringLiteral("customer_name"), name},
                                    {QStringLiteral("customer_type"), QStringLiteral("Individual")},
                                    {QStringLiteral("email_id"), email}};
                const Reply cr = syncRequest(nam, "POST", customerUrl, erpHeaders, QJsonDocument(c).toJson(QJsonDocument::Compact));
                customer = QJsonDocument::fromJson(cr.body).object().value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString();
                if (cr.status != 200 || customer.isEmpty()) {
                    ++failedRequests;
                    ++rejected;
                    continue;
                }
                customers.insert(key, customer);
            }
            const QString date = o.value(QStringLiteral("date_created")).toString().left(10);
            QJsonArray items;
            for (const QJsonValue &li : o.value(QStringLiteral("line_items")).toArray()) {
                const QJsonObject l = li.toObject();
                items.append(QJsonObject{{QStringLiteral("item_code"), l.value(QStringLiteral("sku")).toString()},
                                         {QStringLiteral("qty"), l.value(QStringLiteral("quantity")).toDouble()},
                                         {QStringLiteral("rate"), l.value(QStringLiteral("price")).toDouble()}});
            }
            const QString id = QString::number(o.value(QStringLiteral("id")).toInteger());
            const QJsonObject so{{QStringLiteral("customer"), customer},
                                 {QStringLiteral("company"), company},
                                 {QStringLiteral("transaction_date"), date},
                                 {QStringLiteral("delivery_date"), date},
                                 {QStringLiteral("po_no"), id},
                                 {QStringLiteral("docstatus"), 1},
                                 {QStringLiteral("items"), items}};
            const Reply sr = syncRequest(nam, "POST", salesOrderUrl, erpHeaders, QJsonDocument(so).toJson(QJsonDocument::Compact));
            if (sr.status == 200) {
                ++delivered;
                deliveredIds.append(id);
                latencies.push_back(wall.elapsed() - pageAt);
            } else {
                ++rejected; // ERPNext refused it (unknown/disabled item, empty SKU, ...)
                if (sr.status == 0 || sr.status >= 500)
                    ++failedRequests;
            }
        }
        if (orders.size() < 100)
            break;
    }
    const qint64 wallMs = wall.elapsed();
    const qint64 cpu = selfCpuMs() - cpu0;
    const QJsonObject result{{QStringLiteral("wall_ms"), double(wallMs)},
                             {QStringLiteral("cpu_ms"), double(cpu)},
                             {QStringLiteral("hwm_kb"), double(procStatusKb("self", "VmHWM"))},
                             {QStringLiteral("rss_before_kb"), double(rssBefore)},
                             {QStringLiteral("delivered"), delivered},
                             {QStringLiteral("rejected"), rejected},
                             {QStringLiteral("failed_requests"), failedRequests},
                             {QStringLiteral("p50_ms"), percentile(latencies, 50)},
                             {QStringLiteral("p95_ms"), percentile(latencies, 95)},
                             {QStringLiteral("delivered_ids"), deliveredIds}};
    out(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}

// ---------------------------------------------------------------------------------------------
// orchestrator

} // namespace benchdrain
