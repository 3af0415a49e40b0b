#pragma once

#include <QColor>
#include <QString>

namespace backroom::ui {

// Shared wording and colours of the console, so every view says the same thing the same way.

// "42 s", "5 min", "3 h 12 min", "2 d 4 h".
QString formatDuration(qint64 seconds);
// "12 s ago (14:02:11)", or "never" for 0.
QString formatAgo(qint64 atMs, qint64 nowMs);
// "woocommerce:main" -> "WooCommerce · main", "erp:erpnext" -> "ERPNext".
QString connectionTitle(const QString &name);
// "woocommerce:main" -> "woocommerce" (the exception's system).
QString connectionSystem(const QString &name);
// up | degraded | down | paused_auth | circuit_open | unknown
QString stateText(const QString &state);
QColor stateColor(const QString &state);
// received | posted | confirmed | exception | skipped | …
QString stageText(const QString &stage);
QColor stageColor(const QString &stage);
QString categoryText(const QString &category);
QString systemText(const QString &system);
// A thousands-separated count in the UI locale.
QString formatCount(qint64 n);

} // namespace backroom::ui
