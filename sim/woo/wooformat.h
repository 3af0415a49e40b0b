#pragma once

#include "sim/core/simhttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace backroom::sim::woo {

// WooCommerce wire formats: money as "12.30", dates as naive "yyyy-MM-ddTHH:mm:ss" (local and
// *_gmt twins, one-second precision), WordPress JSON escaping, WP_Error bodies.
QString money(qint64 cents);                 // 1230 -> "12.30", -200 -> "-2.00"
qint64 cents(const QJsonValue &moneyString); // "12.30" -> 1230
QString wpDate(qint64 epochSecs);            // UTC wall clock of epochSecs, naive
QJsonValue wpDateOrNull(qint64 epochSecs);   // 0 -> null

// Parses what WordPress' rest_parse_date accepts: YYYY-MM-DD[T ]HH:MM:SS[.frac][Z|+hh[:mm]].
struct ParsedDate {
    qint64 naiveSecs = 0;     // the wall-clock value read as if it were UTC
    bool hasZone = false;
    int offsetSecs = 0;       // zone offset when hasZone
};
std::optional<ParsedDate> parseWpDate(const QString &text);

// wp_json_encode output: non-ASCII as \uXXXX (surrogate pairs beyond the BMP) and "/" as "\/".
QByteArray wpEscape(const QByteArray &compactUtf8Json);
QByteArray wpJson(const QJsonObject &object);

SimResponse wpError(int status, const QString &code, const QString &message, const QJsonObject &extraData = {});
SimResponse invalidParam(const QString &param, const QString &detailCode, const QString &message);

} // namespace backroom::sim::woo
