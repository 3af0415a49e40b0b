#pragma once

#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/core/syncerror.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace backroom {

class CommandExecutor;
class ConnectionMonitor;
class ErpAdapter;
class EngineFlow;
class ErpDelivery;
class HelpdeskAdapter;
class HttpClient;
class Journal;
class OrderIntake;
class ParsedOrderCache;
class StoreClient;
class WriteBack;
class WriteBatch;

// The sync engine: one per data directory. Lives on one thread (the caller's), owns the
// journal's writer connection, the adapters and the flows, and runs the schedule.
class Engine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    // Opens (and migrates) the journal in dataDir and builds the adapters. Fails with one
    // clear error: another engine holds the data directory, the journal cannot be opened, a
    // connection setting is refused (basic auth over plain HTTP to a real host).
    static Result<std::unique_ptr<Engine>> create(const Config &config, const QString &dataDir, Clock *clock,
                                                  QObject *parent = nullptr);
    ~Engine() override;

    void start();
    void stop();
    // Runs the reconciliation sweep of every store now (also runs on its own schedule).
    void reconcileNow();
    // Polls every store now.
    void pollNow();

    // Every store scanned once since start, nothing pending or in flight in the outbox.
    bool isIdle() const;
    // A connection paused because its credentials were refused; empty when none.
    QString authBlocker() const;

    Journal *journal() const { return m_journal.get(); }
    static QString journalPath(const QString &dataDir);

Q_SIGNALS:
    void idle();
    void fatal(const SyncError &error);

private:
    explicit Engine(Clock *clock, QObject *parent);
    void tick();
    void runCommands();
    void sampleMetrics();

    Clock *m_clock;
    Config m_config;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ParsedOrderCache> m_parsedOrders;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    WriteBatch *m_batch = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    ErpAdapter *m_erp = nullptr;
    ErpDelivery *m_erpDelivery = nullptr;
    HelpdeskAdapter *m_helpdesk = nullptr; // null when no helpdesk is configured
    std::unique_ptr<CommandExecutor> m_commands;
    int m_mappingVersion = 0; // the version ErpDelivery uses; a newer one in the journal replaces it
    std::shared_ptr<Mappings> m_flowMappings = std::make_shared<Mappings>(); // the flows' live copy
    // Further flows (stock, fulfilment, cancellation, refunds, tickets, reconciliation), in
    // the order they were added; owned as QObject children.
    std::vector<EngineFlow *> m_flows;
    struct StoreFlows {
        StoreClient *client = nullptr;
        OrderIntake *intake = nullptr;
        WriteBack *writeBack = nullptr;
        QTimer *pollTimer = nullptr;
        QTimer *reconcileTimer = nullptr;
    };
    std::vector<StoreFlows> m_stores;
    QTimer m_pumpTimer;
    QTimer m_commandTimer;
    QTimer m_heartbeatTimer;
    bool m_idleEmitted = false;
    int m_heartbeats = 0;
};

} // namespace backroom
