// Stock levels from ERPNext's Bin (one row per item and warehouse). See docs/erpnext-wire.md.
#include "sync/erp/erpnextadapter.h"

#include "sync/erp/erpnextpayload.h"
#include "sync/http/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <memory>

namespace backroom {

namespace {

constexpr int kBinPage = 500;
// Beyond this many item codes the filter would make the URL too long: read every Bin of the
// warehouses and keep the wanted items locally.
constexpr int kMaxItemFilter = 200;

SyncError unreadable(const HttpResponse &r)
{
    SyncError e;
    e.category = ErrorCategory::TransientRemote;
    e.code = QStringLiteral("unreadable_response");
    e.httpStatus = r.status;
    e.requestId = r.correlationId;
    e.message = QCoreApplication::translate("ErpNextAdapter", "ERPNext answered a Bin list with a body Backroom cannot read");
    e.hint = QCoreApplication::translate("ErpNextAdapter", "Backroom reads the stock again on the next poll; if this "
                                                           "persists, check ERPNext and any proxy in front of it.");
    return e;
}

SyncError failure(const HttpResponse &r)
{
    SyncError e = mapFrappeError(r.status, r.body, FrappeContext::Lookup, r.error);
    if (e.requestId.isEmpty())
        e.requestId = r.correlationId;
    return e;
}

double number(const QJsonValue &v)
{
    // Frappe sends floats as JSON numbers; a proxy or an older version may send strings.
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

} // namespace

struct ErpNextAdapter::BinScan {
    QJsonArray filters;
    QSet<QString> wanted;                 // empty: every item
    QMap<QString, double> available;      // item code -> actual - reserved
    int start = 0;
    ErpAdapter::Callback<QList<StockLevel>> done;
};

void ErpNextAdapter::stockLevels(const QStringList &itemCodes, Callback<QList<StockLevel>> done)
{
    auto scan = std::make_shared<BinScan>();
    scan->done = std::move(done);
    QStringList warehouses = stockWarehouses();
    if (warehouses.isEmpty() && !m_conn.warehouse.isEmpty())
        warehouses << m_conn.warehouse;
    if (!warehouses.isEmpty())
        scan->filters.append(QJsonArray{QStringLiteral("warehouse"), QStringLiteral("in"), QJsonArray::fromStringList(warehouses)});
    if (!itemCodes.isEmpty()) {
        scan->wanted = QSet<QString>(itemCodes.cbegin(), itemCodes.cend());
        if (itemCodes.size() <= kMaxItemFilter)
            scan->filters.append(QJsonArray{QStringLiteral("item_code"), QStringLiteral("in"), QJsonArray::fromStringList(itemCodes)});
    }
    readBinPage(scan);
}

void ErpNextAdapter::readBinPage(const std::shared_ptr<BinScan> &scan)
{
    QUrl url = frappeListUrl(m_conn.url, QStringLiteral("Bin"), scan->filters,
                             {QStringLiteral("item_code"), QStringLiteral("warehouse"), QStringLiteral("actual_qty"),
                              QStringLiteral("reserved_qty"), QStringLiteral("projected_qty")},
                             kBinPage);
    // A stable order, so that offset paging neither skips nor repeats rows that change meanwhile
    // (Frappe's default order is by modified, which every stock movement bumps).
    url.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&limit_start=%1&order_by=name%20asc").arg(scan->start),
                 QUrl::StrictMode);
    HttpRequest r = request("GET", url);
    m_http->send(std::move(r), [this, scan](const HttpResponse &resp) {
        if (!resp.ok())
            return scan->done(failure(resp));
        const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
        const QJsonValue data = doc.object().value(QLatin1String("data"));
        if (!data.isArray())
            return scan->done(unreadable(resp));
        const QJsonArray rows = data.toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject bin = v.toObject();
            const QString item = bin.value(QLatin1String("item_code")).toString();
            if (item.isEmpty() || (!scan->wanted.isEmpty() && !scan->wanted.contains(item)))
                continue;
            scan->available[item] += number(bin.value(QLatin1String("actual_qty")))
                - number(bin.value(QLatin1String("reserved_qty")));
        }
        if (rows.size() >= kBinPage) {
            scan->start += int(rows.size());
            return readBinPage(scan);
        }
        QList<StockLevel> levels;
        for (auto it = scan->available.cbegin(); it != scan->available.cend(); ++it)
            levels.append(StockLevel{it.key(), it.value()});
        scan->done(levels);
    });
}

} // namespace backroom
