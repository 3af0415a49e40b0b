#include "sync/engine/auditexport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace backroom {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QByteArray auditCsv(const QList<AuditEntry> &entries)
{
    QString text = QStringLiteral("at,actor,action,target,before,after\n");
    for (const AuditEntry &e : entries) {
        text += iso(e.atMs) + QLatin1Char(',') + csvField(e.actor) + QLatin1Char(',') + csvField(e.action) + QLatin1Char(',')
            + csvField(e.target) + QLatin1Char(',') + csvField(e.before) + QLatin1Char(',') + csvField(e.after)
            + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QJsonArray auditJson(const QList<AuditEntry> &entries)
{
    QJsonArray out;
    for (const AuditEntry &e : entries) {
        out.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("at"), iso(e.atMs)},
                               {QStringLiteral("actor"), e.actor},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("target"), e.target},
                               {QStringLiteral("before"), e.before},
                               {QStringLiteral("after"), e.after}});
    }
    return out;
}

std::optional<qint64> parseSince(const QString &text, qint64 nowMs)
{
    static const QRegularExpression rel(QStringLiteral("^(\\d+)([smhd])$"));
    const auto m = rel.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 s = unit == QLatin1Char('s') ? 1 : unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : 86400;
        return nowMs - n * s * 1000;
    }
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

} // namespace backroom
