#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/core/syncerror.h"
#include "sync/engine/engineflow.h"
#include "sync/engine/ticketscanner.h"
#include "sync/http/backoff.h"
#include "sync/journal/journal.h"

#include <QElapsedTimer>
#include <QTimer>

#include <chrono>

namespace backroom {

class ConnectionMonitor;
class HelpdeskAdapter;
class WriteBatch;

// Exceptions to helpdesk tickets (DESIGN.md §3, docs/helpdesk.md). The scanner queues ticket
// work in the journal; this flow sends it when the helpdesk is reachable — so a helpdesk outage
// holds up nothing else, and the work waits. Before a create whose earlier attempt's outcome is
// unknown it looks the ticket up by external id: never two tickets. It also polls the helpdesk
// for tickets that mention an order and links them to the order.
class TicketFlow final : public EngineFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketFlow)
public:
    struct Options {
        RetryConfig retry;
        std::chrono::milliseconds authProbeAfter{30000};
        // pump() scans the journal for exception changes at most this often (real time); a
        // skipped scan runs when the interval is over, and busy() stays true until it has.
        std::chrono::milliseconds scanEvery{200};
        std::chrono::milliseconds pollEvery{30000};
        int concurrency = 2;
    };

    TicketFlow(HelpdeskAdapter *helpdesk, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor, Clock *clock,
               Options options, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("tickets"); }
    void start() override;
    void pump() override;
    bool busy() const override;
    void stop() override;

    void pollMentions();

private:
    void process(const TicketWorkItem &item);
    void create(const TicketWorkItem &item);
    void succeed(const TicketWorkItem &item, const QString &remoteId, const QString &remoteStatus, const QString &what);
    void fail(const TicketWorkItem &item, const SyncError &error);
    void afterPoll(const QString &cursor, const Result<TicketPage> &page);
    bool paused() const;
    std::optional<qint64> orderFor(const TicketMention &m);
    void linkMentions(qint64 nowMs);
    void done();

    HelpdeskAdapter *m_helpdesk;
    Journal *m_journal;
    WriteBatch *m_batch;
    ConnectionMonitor *m_monitor;
    Clock *m_clock;
    Options m_options;
    Backoff m_backoff;
    TicketScanner m_scanner;
    QTimer m_pollTimer;
    QList<TicketWorkItem> m_claimed; // claimed (inflight in the journal), not yet sent
    QElapsedTimer m_sinceScan;     // invalid: never scanned
    QTimer m_scanTimer;            // the scan a throttled pump() put off
    bool m_scanPending = false;
    qint64 m_pollBlockedUntilMs = 0;
    qint64 m_lastLinkMs = 0;
    int m_inFlight = 0;
    bool m_polling = false;
    bool m_firstPollDone = false;
    bool m_started = false;
};

} // namespace backroom
