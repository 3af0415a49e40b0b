#pragma once

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace backroom::app {

// Owns the engine thread ("backroom-engine") of the console. The Engine — with its
// QNetworkAccessManager and the journal's writer connection — and, in demo mode, the
// simulators are created inside that thread and destroyed there; the GUI thread only sends
// requests in and gets signals back. The destructor stops the engine and joins the thread.
class EngineHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineHost)
public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    // Starts the simulators (seeded, a trickle of new orders, injected faults) and an engine
    // against them on dataDir. started() carries the journal path and the ERP's address.
    void startDemo(const QString &dataDir, int orders);
    // Starts an engine with a config object (secrets already resolved).
    void startEngine(const QJsonObject &config, const QString &baseDir, const QString &dataDir);
    void stop();

Q_SIGNALS:
    void started(const QString &journalPath, const QString &erpUrl);
    void failed(const QString &message);

private:
    struct Worker;
    QThread m_thread;
    QObject *m_context;    // lives in m_thread
    Worker *m_worker;      // touched only in m_thread
};

} // namespace backroom::app
