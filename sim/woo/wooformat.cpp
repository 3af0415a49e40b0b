#include "sim/woo/wooformat.h"

#include "json/compactjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace backroom::sim::woo {

QString money(qint64 c)
{
    const bool negative = c < 0;
    const qint64 a = negative ? -c : c;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

qint64 cents(const QJsonValue &v)
{
    const double d = v.isString() ? v.toString().toDouble() : v.toDouble();
    return qRound64(d * 100.0);
}

QString wpDate(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonValue wpDateOrNull(qint64 epochSecs)
{
    return epochSecs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(wpDate(epochSecs));
}

std::optional<ParsedDate> parseWpDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    ParsedDate p;
    p.naiveSecs = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    if (!m.captured(8).isEmpty()) {
        p.hasZone = true;
    } else if (!m.captured(9).isEmpty()) {
        p.hasZone = true;
        const int secs = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        p.offsetSecs = m.captured(9) == QLatin1String("-") ? -secs : secs;
    }
    return p;
}

QByteArray wpEscape(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 8);
    static const char hex[] = "0123456789abcdef";
    const auto appendU = [&](uint u) {
        out += "\\u";
        out += hex[(u >> 12) & 0xf];
        out += hex[(u >> 8) & 0xf];
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
    };
    const auto *p = reinterpret_cast<const unsigned char *>(in.constData());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '/') {
                out += "\\/";
                ++i;
                continue;
            }
            // A run of plain ASCII goes in one append (most of an order is).
            qsizetype j = i + 1;
            while (j < n && p[j] < 0x80 && p[j] != '/')
                ++j;
            out.append(in.constData() + i, j - i);
            i = j;
            continue;
        }
        uint cp = 0;
        int len = 0;
        if ((c & 0xe0) == 0xc0) { cp = c & 0x1f; len = 2; }
        else if ((c & 0xf0) == 0xe0) { cp = c & 0x0f; len = 3; }
        else { cp = c & 0x07; len = 4; }
        for (int k = 1; k < len && i + k < n; ++k)
            cp = (cp << 6) | (p[i + k] & 0x3f);
        i += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            appendU(0xd800 + (cp >> 10));
            appendU(0xdc00 + (cp & 0x3ff));
        } else {
            appendU(cp);
        }
    }
    return out;
}

QByteArray wpJson(const QJsonObject &object)
{
    return backroom::json::compact<backroom::json::Style::WpEscaped>(object); // == wpEscape(toJson(object)), one pass
}

SimResponse wpError(int status, const QString &code, const QString &message, const QJsonObject &extraData)
{
    QJsonObject data = extraData;
    data.insert(QStringLiteral("status"), status);
    return SimResponse::rawJson(status, wpJson(QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), message},
                                                           {QStringLiteral("data"), data}}));
}

SimResponse invalidParam(const QString &param, const QString &detailCode, const QString &message)
{
    const QJsonObject data{
        {QStringLiteral("params"), QJsonObject{{param, message}}},
        {QStringLiteral("details"),
         QJsonObject{{param, QJsonObject{{QStringLiteral("code"), detailCode},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("data"), QJsonValue(QJsonValue::Null)}}}}}};
    return wpError(400, QStringLiteral("rest_invalid_param"), QStringLiteral("Invalid parameter(s): %1").arg(param),
                   data);
}

} // namespace backroom::sim::woo
