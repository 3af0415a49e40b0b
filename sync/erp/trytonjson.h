#pragma once

// Tryton's JSON-RPC value encodings (docs/tryton-wire.md): Decimal and date travel as
// {"__class__": "Decimal", "decimal": "12.50"} and {"__class__": "date", "year", "month", "day"};
// datetime adds hour, minute, second, microsecond.

#include "sync/model/money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace backroom::tryton {

inline QJsonObject decimal(Money m)
{
    return {{QStringLiteral("__class__"), QStringLiteral("Decimal")}, {QStringLiteral("decimal"), m.toString(4)}};
}

inline QJsonObject date(const QDate &d)
{
    return {{QStringLiteral("__class__"), QStringLiteral("date")},
            {QStringLiteral("year"), d.year()}, {QStringLiteral("month"), d.month()}, {QStringLiteral("day"), d.day()}};
}

// A Decimal, a float or an int as Money (0 when absent).
inline Money money(const QJsonValue &v)
{
    if (v.isObject())
        return Money::parse(v.toObject().value(QLatin1String("decimal")).toString()).value_or(Money{});
    return v.isDouble() ? Money::fromDouble(v.toDouble()) : Money{};
}

// A Boolean field: true/false, or 1/0 on the SQLite backend.
inline bool flag(const QJsonValue &v, bool absent)
{
    if (v.isBool())
        return v.toBool();
    return v.isDouble() ? v.toDouble() != 0 : absent;
}

inline double number(const QJsonValue &v)
{
    return v.isObject() ? money(v).toDouble() : v.toDouble();
}

// A datetime value as naive UTC with microseconds ("2026-11-22T20:03:01.123456").
inline QString dateTimeText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.value(QLatin1String("__class__")).toString() != QLatin1String("datetime"))
        return {};
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7")
        .arg(o.value(QLatin1String("year")).toInt(), 4, 10, QLatin1Char('0'))
        .arg(o.value(QLatin1String("month")).toInt(), 2, 10, QLatin1Char('0'))
        .arg(o.value(QLatin1String("day")).toInt(), 2, 10, QLatin1Char('0'))
        .arg(o.value(QLatin1String("hour")).toInt(), 2, 10, QLatin1Char('0'))
        .arg(o.value(QLatin1String("minute")).toInt(), 2, 10, QLatin1Char('0'))
        .arg(o.value(QLatin1String("second")).toInt(), 2, 10, QLatin1Char('0'))
        .arg(o.value(QLatin1String("microsecond")).toInt(), 6, 10, QLatin1Char('0'));
}

// The inverse of dateTimeText, microseconds kept; an empty object if the text is malformed.
inline QJsonObject dateTimeFromText(const QString &t)
{
    if (t.size() != 26 || t.at(10) != QLatin1Char('T') || t.at(19) != QLatin1Char('.'))
        return {};
    const auto part = [&t](int from, int len) { return t.mid(from, len).toInt(); };
    return {{QStringLiteral("__class__"), QStringLiteral("datetime")},
            {QStringLiteral("year"), part(0, 4)}, {QStringLiteral("month"), part(5, 2)}, {QStringLiteral("day"), part(8, 2)},
            {QStringLiteral("hour"), part(11, 2)}, {QStringLiteral("minute"), part(14, 2)},
            {QStringLiteral("second"), part(17, 2)}, {QStringLiteral("microsecond"), part(20, 6)}};
}

// The dotted read of a Many2One ("product.code") arrives as {"product.": {"code": ...}}.
inline QJsonValue related(const QJsonObject &row, const char *field, const char *sub)
{
    return row.value(QLatin1String(field) + QLatin1Char('.')).toObject().value(QLatin1String(sub));
}

inline QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(double(id));
    return a;
}

} // namespace backroom::tryton
