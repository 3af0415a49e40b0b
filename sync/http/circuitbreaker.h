#pragma once

#include <QtGlobal>

#include <chrono>

namespace backroom {

// A circuit breaker for one endpoint. Closed: everything passes. After `threshold`
// consecutive transient failures it opens for `openFor`: nothing passes. Then it is half-open:
// exactly one probe passes; its success closes the circuit, its failure opens it again.
// Time is given by the caller (a monotonic millisecond count) so the class is pure.
class CircuitBreaker final {
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(int threshold = 5, std::chrono::milliseconds openFor = std::chrono::seconds(15));

    // May a request go now? In half-open state, the first call claims the single probe slot
    // and later calls are refused until the probe reports.
    bool allow(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    // A request that was allowed but never reached the remote (cancelled): frees a probe slot.
    void release();

    State state(qint64 nowMs) const;
    int consecutiveFailures() const { return m_failures; }
    // Milliseconds until an open circuit turns half-open (0 when not open).
    qint64 remainingOpenMs(qint64 nowMs) const;

private:
    int m_threshold;
    qint64 m_openForMs;
    int m_failures = 0;
    bool m_open = false;
    bool m_probeInFlight = false;
    qint64 m_openedAt = 0;
};

} // namespace backroom
