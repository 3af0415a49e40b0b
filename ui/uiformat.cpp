#include "ui/uiformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace backroom::ui {

QString formatDuration(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 60)
        return QCoreApplication::translate("backroom::ui::Format", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("backroom::ui::Format", "%1 min").arg(s / 60);
    if (s < 86400) {
        return QCoreApplication::translate("backroom::ui::Format", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    }
    return QCoreApplication::translate("backroom::ui::Format", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatAgo(qint64 atMs, qint64 nowMs)
{
    if (atMs <= 0)
        return QCoreApplication::translate("backroom::ui::Format", "never");
    const QString clock = QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs).time(), QLocale::ShortFormat);
    return QCoreApplication::translate("backroom::ui::Format", "%1 ago (%2)")
        .arg(formatDuration((nowMs - atMs) / 1000), clock);
}

QString connectionSystem(const QString &name)
{
    return name.section(QLatin1Char(':'), 0, 0);
}

QString systemText(const QString &system)
{
    if (system == QLatin1String("woocommerce"))
        return QCoreApplication::translate("backroom::ui::Format", "WooCommerce");
    if (system == QLatin1String("erp") || system == QLatin1String("erpnext"))
        return QCoreApplication::translate("backroom::ui::Format", "ERPNext");
    if (system == QLatin1String("helpdesk") || system == QLatin1String("zendesk"))
        return QCoreApplication::translate("backroom::ui::Format", "Zendesk");
    if (system == QLatin1String("backroom"))
        return QCoreApplication::translate("backroom::ui::Format", "Backroom");
    if (system.isEmpty())
        return QCoreApplication::translate("backroom::ui::Format", "(not recorded)");
    return system;
}

QString connectionTitle(const QString &name)
{
    const QString system = connectionSystem(name);
    const QString rest = name.section(QLatin1Char(':'), 1);
    if (system == QLatin1String("woocommerce"))
        return QCoreApplication::translate("backroom::ui::Format", "WooCommerce · %1").arg(rest);
    if (system == QLatin1String("erp") || system == QLatin1String("helpdesk"))
        return systemText(rest.isEmpty() ? system : rest);
    return name;
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("up"))
        return QCoreApplication::translate("backroom::ui::Format", "Up");
    if (state == QLatin1String("degraded"))
        return QCoreApplication::translate("backroom::ui::Format", "Degraded");
    if (state == QLatin1String("down"))
        return QCoreApplication::translate("backroom::ui::Format", "Down");
    if (state == QLatin1String("paused_auth"))
        return QCoreApplication::translate("backroom::ui::Format", "Paused: credentials refused");
    if (state == QLatin1String("circuit_open"))
        return QCoreApplication::translate("backroom::ui::Format", "Circuit open: waiting before retrying");
    return QCoreApplication::translate("backroom::ui::Format", "Not contacted yet");
}

QColor stateColor(const QString &state)
{
    if (state == QLatin1String("up"))
        return QColor(0x2e, 0x7d, 0x32);
    if (state == QLatin1String("degraded"))
        return QColor(0xef, 0x8f, 0x00);
    if (state == QLatin1String("down") || state == QLatin1String("paused_auth") || state == QLatin1String("circuit_open"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

QString stageText(const QString &stage)
{
    if (stage == QLatin1String("received"))
        return QCoreApplication::translate("backroom::ui::Format", "Received, not in the ERP yet");
    if (stage == QLatin1String("posted"))
        return QCoreApplication::translate("backroom::ui::Format", "In the ERP, write-back pending");
    if (stage == QLatin1String("confirmed"))
        return QCoreApplication::translate("backroom::ui::Format", "Confirmed");
    if (stage == QLatin1String("exception"))
        return QCoreApplication::translate("backroom::ui::Format", "Exception");
    if (stage == QLatin1String("skipped"))
        return QCoreApplication::translate("backroom::ui::Format", "Skipped");
    if (stage == QLatin1String("fulfilled"))
        return QCoreApplication::translate("backroom::ui::Format", "Fulfilled");
    if (stage == QLatin1String("cancelled"))
        return QCoreApplication::translate("backroom::ui::Format", "Cancelled");
    if (stage == QLatin1String("refunded"))
        return QCoreApplication::translate("backroom::ui::Format", "Refunded");
    if (stage == QLatin1String("ignored"))
        return QCoreApplication::translate("backroom::ui::Format", "Not syncable (status)");
    return stage;
}

QColor stageColor(const QString &stage)
{
    if (stage == QLatin1String("received"))
        return QColor(0x42, 0x7a, 0xc4);
    if (stage == QLatin1String("posted"))
        return QColor(0x8e, 0x5b, 0xc4);
    if (stage == QLatin1String("exception"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x60, 0x7d, 0x8b);
}

QString categoryText(const QString &category)
{
    if (category == QLatin1String("transient.network"))
        return QCoreApplication::translate("backroom::ui::Format", "Network");
    if (category == QLatin1String("transient.throttled"))
        return QCoreApplication::translate("backroom::ui::Format", "Throttled");
    if (category == QLatin1String("transient.remote"))
        return QCoreApplication::translate("backroom::ui::Format", "Remote server error");
    if (category == QLatin1String("auth"))
        return QCoreApplication::translate("backroom::ui::Format", "Credentials");
    if (category == QLatin1String("validation"))
        return QCoreApplication::translate("backroom::ui::Format", "Invalid order data");
    if (category == QLatin1String("mapping"))
        return QCoreApplication::translate("backroom::ui::Format", "Missing mapping");
    if (category == QLatin1String("business"))
        return QCoreApplication::translate("backroom::ui::Format", "Rejected by the ERP");
    if (category == QLatin1String("conflict"))
        return QCoreApplication::translate("backroom::ui::Format", "Conflict");
    if (category == QLatin1String("internal"))
        return QCoreApplication::translate("backroom::ui::Format", "Internal error");
    return category;
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace backroom::ui
