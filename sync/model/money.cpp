#include "sync/model/money.h"

#include <cmath>

namespace backroom {

std::optional<Money> Money::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Money{};
    int i = 0;
    bool negative = false;
    if (t[0] == QLatin1Char('-') || t[0] == QLatin1Char('+')) {
        negative = t[0] == QLatin1Char('-');
        ++i;
    }
    qint64 whole = 0;
    qint64 frac = 0;
    int fracDigits = 0;
    bool seenDigit = false;
    bool seenPoint = false;
    int roundDigit = -1;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('.')) {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (!c.isDigit())
            return std::nullopt;
        seenDigit = true;
        const int digit = c.digitValue();
        if (!seenPoint) {
            if (whole > 100000000000000LL)
                return std::nullopt;
            whole = whole * 10 + digit;
        } else if (fracDigits < 4) {
            frac = frac * 10 + digit;
            ++fracDigits;
        } else if (roundDigit < 0) {
            roundDigit = digit;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    while (fracDigits < 4) {
        frac *= 10;
        ++fracDigits;
    }
    qint64 v = whole * 10000 + frac + (roundDigit >= 5 ? 1 : 0);
    return fromMinor4(negative ? -v : v);
}

Money Money::fromDouble(double v)
{
    return fromMinor4(qint64(std::llround(v * 10000.0)));
}

QString Money::toString(int decimals) const
{
    decimals = std::clamp(decimals, 0, 4);
    qint64 scale = 1;
    for (int i = decimals; i < 4; ++i)
        scale *= 10;
    const bool negative = m_v < 0;
    qint64 a = negative ? -m_v : m_v;
    a = (a + scale / 2) / scale; // half away from zero
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString s = QString::number(a / unit);
    if (decimals > 0)
        s += QLatin1Char('.') + QStringLiteral("%1").arg(a % unit, decimals, 10, QLatin1Char('0'));
    if (negative && a != 0)
        s.prepend(QLatin1Char('-'));
    return s;
}

} // namespace backroom
