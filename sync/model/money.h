#pragma once

#include <QString>

#include <optional>

namespace backroom {

// An exact decimal amount in 1/10000 of the currency unit. WooCommerce sends money as
// strings ("24.90"); doubles would drift when lines are summed.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromMinor4(qint64 v) { Money m; m.m_v = v; return m; }
    // Parses "24.90", "-10.00", "12", "" (empty = zero). nullopt on anything else.
    static std::optional<Money> parse(const QString &text);
    static Money fromDouble(double v); // rounded to 4 decimals (line_items[].price is a number)

    constexpr qint64 minor4() const { return m_v; }
    QString toString(int decimals = 2) const; // rounded half away from zero
    double toDouble() const { return double(m_v) / 10000.0; }

    Money operator+(Money o) const { return fromMinor4(m_v + o.m_v); }
    Money operator-(Money o) const { return fromMinor4(m_v - o.m_v); }
    Money operator-() const { return fromMinor4(-m_v); }
    Money &operator+=(Money o) { m_v += o.m_v; return *this; }
    bool operator==(const Money &o) const = default;
    auto operator<=>(const Money &o) const = default;
    Money abs() const { return fromMinor4(m_v < 0 ? -m_v : m_v); }
    bool isZero() const { return m_v == 0; }

private:
    qint64 m_v = 0;
};

} // namespace backroom
