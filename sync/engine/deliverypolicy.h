#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"
#include "sync/http/backoff.h"
#include "sync/journal/journal.h"

namespace backroom {

class ConnectionMonitor;

// What happens to an outbox item after a failed attempt (DESIGN.md §6): auth pauses the
// connection without using up an attempt; transient failures are retried with backoff (or
// as long as Retry-After says) until max_attempts, then dead-lettered; everything else
// becomes an exception at once.
class DeliveryPolicy final {
public:
    DeliveryPolicy(const RetryConfig &retry, std::chrono::milliseconds authProbeAfter);

    Status onFailure(Journal &journal, ConnectionMonitor &monitor, const QString &connection, const OutboxItem &item,
                     SyncError error, const QString &system, qint64 nowMs) const;

private:
    RetryConfig m_retry;
    Backoff m_backoff;
    std::chrono::milliseconds m_authProbeAfter;
};

} // namespace backroom
