#include "sync/http/circuitbreaker.h"

#include <algorithm>

namespace backroom {

CircuitBreaker::CircuitBreaker(int threshold, std::chrono::milliseconds openFor)
    : m_threshold(std::max(1, threshold))
    , m_openForMs(std::max<qint64>(0, openFor.count()))
{
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs - m_openedAt >= m_openForMs ? State::HalfOpen : State::Open;
}

qint64 CircuitBreaker::remainingOpenMs(qint64 nowMs) const
{
    if (state(nowMs) != State::Open)
        return 0;
    return m_openedAt + m_openForMs - nowMs;
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    if (m_open) {
        // A failed probe (or a late failure of a request let through before opening):
        // open again for a full period.
        m_openedAt = nowMs;
        m_probeInFlight = false;
        return;
    }
    if (m_failures >= m_threshold) {
        m_open = true;
        m_openedAt = nowMs;
        m_probeInFlight = false;
    }
}

void CircuitBreaker::release()
{
    m_probeInFlight = false;
}

} // namespace backroom
