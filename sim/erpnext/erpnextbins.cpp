// The simulated ERPNext's stock: Bin rows (erpnext/stock/doctype/bin) per item and warehouse.
// Submitted sales orders raise reserved_qty, as ERPNext's update_reserved_qty does.
#include "sim/erpnext/erpnextstore.h"

namespace backroom::sim {

namespace {

void setProjected(QJsonObject &b)
{
    // projected = actual + ordered + indented + planned - reserved (- production/subcontract
    // reservations); the simulator has no purchase or production side.
    b.insert(QStringLiteral("projected_qty"),
             b.value(QLatin1String("actual_qty")).toDouble() + b.value(QLatin1String("ordered_qty")).toDouble()
                 - b.value(QLatin1String("reserved_qty")).toDouble());
}

} // namespace

int ErpNextStore::seededQuantity(const QString &itemCode)
{
    // FNV-1a: the same quantity for an item code in every run and on every machine.
    quint32 h = 2166136261u;
    for (const char c : itemCode.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return 5 + int(h % 200);
}

QJsonObject &ErpNextStore::bin(const QString &itemCode, const QString &warehouse)
{
    const QString wh = warehouse.isEmpty() ? m_config.warehouse : warehouse;
    for (qsizetype i = 0; i < m_bins.rows.size(); ++i) {
        const QJsonObject &b = m_bins.rows.at(i);
        if (b.value(QLatin1String("item_code")).toString() == itemCode && b.value(QLatin1String("warehouse")).toString() == wh)
            return m_bins.rows[i];
    }
    QJsonObject b{{QStringLiteral("name"), QStringLiteral("MAT-BIN-2026-%1").arg(++m_binSeries, 5, 10, QLatin1Char('0'))},
                  {QStringLiteral("doctype"), QStringLiteral("Bin")},
                  {QStringLiteral("item_code"), itemCode},
                  {QStringLiteral("warehouse"), wh},
                  {QStringLiteral("actual_qty"), 0.0},
                  {QStringLiteral("reserved_qty"), 0.0},
                  {QStringLiteral("ordered_qty"), 0.0},
                  {QStringLiteral("projected_qty"), 0.0},
                  {QStringLiteral("stock_uom"), QStringLiteral("Nos")}};
    store(m_bins, b);
    return m_bins.rows.last();
}

QJsonObject ErpNextStore::setStock(const QString &itemCode, const QString &warehouse, double actual, double reserved)
{
    QJsonObject &b = bin(itemCode, warehouse);
    b.insert(QStringLiteral("actual_qty"), actual);
    if (reserved >= 0)
        b.insert(QStringLiteral("reserved_qty"), reserved);
    setProjected(b);
    return b;
}

void ErpNextStore::reserve(const QJsonArray &items, double sign)
{
    for (const QJsonValue &v : items) {
        const QJsonObject it = v.toObject();
        const QString code = it.value(QLatin1String("item_code")).toString();
        if (code.isEmpty())
            continue;
        QJsonObject &b = bin(code, it.value(QLatin1String("warehouse")).toString());
        b.insert(QStringLiteral("reserved_qty"), b.value(QLatin1String("reserved_qty")).toDouble()
                                                    + sign * it.value(QLatin1String("qty")).toDouble());
        setProjected(b);
    }
}

QJsonArray ErpNextStore::bins() const
{
    QJsonArray out;
    for (const QJsonObject &b : m_bins.rows)
        out.append(b);
    return out;
}

} // namespace backroom::sim
