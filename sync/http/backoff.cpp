#include "sync/http/backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace backroom {

Backoff::Backoff(std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay,
                 Random random)
    : m_base(std::max(baseDelay, std::chrono::milliseconds(0)))
    , m_max(std::max(maxDelay, std::chrono::milliseconds(0)))
    , m_random(std::move(random))
{
}

std::chrono::milliseconds Backoff::ceiling(int retry) const
{
    retry = std::clamp(retry, 0, 62);
    const qint64 base = m_base.count();
    const qint64 max = m_max.count();
    if (base == 0)
        return std::chrono::milliseconds(0);
    // base * 2^retry without overflow.
    if (retry >= 62 || base > (max >> retry))
        return m_max;
    return std::chrono::milliseconds(std::min(max, base << retry));
}

std::chrono::milliseconds Backoff::delay(int retry) const
{
    double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    if (!(r >= 0.0)) // NaN or negative
        r = 0.0;
    if (r >= 1.0)
        r = std::nextafter(1.0, 0.0);
    const qint64 top = ceiling(retry).count();
    // Uniform over the integers 0..top inclusive.
    const auto ms = static_cast<qint64>(std::floor(r * static_cast<double>(top + 1)));
    return std::chrono::milliseconds(std::min(ms, top));
}

} // namespace backroom
