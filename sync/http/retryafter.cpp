#include "sync/http/retryafter.h"

#include <QList>

#include <array>
#include <limits>

namespace backroom {

namespace {

constexpr std::array<const char *, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};

bool allDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int toInt(QByteArrayView s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

int monthOf(QByteArrayView s)
{
    if (s.size() != 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (qstrnicmp(s.data(), kMonths[i], 3) == 0)
            return i + 1;
    }
    return 0;
}

bool parseTime(QByteArrayView s, QTime *out)
{
    // HH:MM:SS
    if (s.size() != 8 || s[2] != ':' || s[5] != ':')
        return false;
    const QByteArrayView h = s.sliced(0, 2), m = s.sliced(3, 2), sec = s.sliced(6, 2);
    if (!allDigits(h) || !allDigits(m) || !allDigits(sec))
        return false;
    *out = QTime(toInt(h), toInt(m), toInt(sec));
    return out->isValid();
}

bool isAlpha(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

} // namespace

QDateTime parseHttpDate(QByteArrayView value)
{
    // Tokenise on spaces, commas and dashes (RFC 850 uses 06-Nov-94).
    QList<QByteArrayView> t;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool sep = i == value.size() || value[i] == ' ' || value[i] == ',' || value[i] == '-'
            || value[i] == '\t';
        if (sep) {
            if (start >= 0)
                t.append(value.sliced(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (t.size() < 5 || !isAlpha(t[0]))
        return {};
    int day = 0, month = 0, year = 0;
    QTime time;
    if (allDigits(t[1])) {
        // IMF-fixdate or RFC 850: day month year time zone
        if (t.size() != 6)
            return {};
        day = toInt(t[1]);
        month = monthOf(t[2]);
        if (!allDigits(t[3]) || !parseTime(t[4], &time))
            return {};
        year = toInt(t[3]);
        if (t[3].size() == 2)
            year += year < 70 ? 2000 : 1900;
        else if (t[3].size() != 4)
            return {};
        const QByteArrayView zone = t[5];
        if (zone.compare("GMT", Qt::CaseInsensitive) != 0 && zone.compare("UTC", Qt::CaseInsensitive) != 0
            && zone != "+0000")
            return {};
    } else {
        // asctime: month day time year
        if (t.size() != 5)
            return {};
        month = monthOf(t[1]);
        if (!allDigits(t[2]) || !parseTime(t[3], &time) || !allDigits(t[4]) || t[4].size() != 4)
            return {};
        day = toInt(t[2]);
        year = toInt(t[4]);
    }
    const QDate date(year, month, day);
    if (month == 0 || !date.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime &nowUtc)
{
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (allDigits(value)) {
        if (value.size() > 9) // more than ~31 years: nonsense, but still "a long wait"
            return std::numeric_limits<qint64>::max() / 2;
        return qint64(toInt(value)) * 1000;
    }
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = nowUtc.msecsTo(when);
    return ms > 0 ? ms : 0;
}

} // namespace backroom
