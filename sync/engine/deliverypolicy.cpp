#include "sync/engine/deliverypolicy.h"

#include "sync/engine/connectionmonitor.h"

namespace backroom {

DeliveryPolicy::DeliveryPolicy(const RetryConfig &retry, std::chrono::milliseconds authProbeAfter)
    : m_retry(retry)
    , m_backoff(std::chrono::milliseconds(retry.baseDelayMs), std::chrono::milliseconds(retry.maxDelayMs))
    , m_authProbeAfter(authProbeAfter)
{
}

Status DeliveryPolicy::onFailure(Journal &journal, ConnectionMonitor &monitor, const QString &connection,
                                 const OutboxItem &item, SyncError error, const QString &system, qint64 nowMs) const
{
    if (isTransient(error.category) || error.category == ErrorCategory::Auth)
        monitor.failure(connection, error);
    if (error.category == ErrorCategory::Auth)
        return journal.reschedule(item, nowMs + m_authProbeAfter.count(), error.summary(), false);
    if (isTransient(error.category) && item.attempts < m_retry.maxAttempts) {
        // Half the ceiling fixed, half jittered: spreads retries without retrying at once.
        const qint64 ceiling = m_backoff.ceiling(item.attempts - 1).count();
        qint64 delay = ceiling / 2 + m_backoff.delay(item.attempts - 1).count() / 2;
        if (error.retryAfterMs)
            delay = std::max(delay, *error.retryAfterMs);
        return journal.reschedule(item, nowMs + delay, error.summary());
    }
    if (isTransient(error.category)) {
        error.message = QStringLiteral("gave up after %1 attempts: %2").arg(item.attempts).arg(error.message);
        if (error.hint.isEmpty())
            error.hint = QStringLiteral("The remote system kept failing. Check that it is up, then retry the order.");
    }
    return journal.park(item, error, system, nowMs);
}

} // namespace backroom
