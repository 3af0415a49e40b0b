#pragma once

#include "sim/core/faults.h"
#include "sim/core/simhttp.h"
#include "sim/core/simrng.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace backroom::sim {

struct SimCounters {
    qint64 requests = 0;                 // every request received, admin ones excluded
    qint64 faults = 0;                   // requests that got an injected fault
    QMap<QString, qint64> faultsByKind;
};

// Base of every simulator: a raw HTTP/1.1 server on QAbstractHttpServer that answers with
// hand-written responses (correct Content-Length, keep-alive) so that it can also misbehave:
// delay (latency), never answer (timeout), reset the connection, cut the body (truncate), or
// answer like a proxy (429 with/without Retry-After, nginx 502/503, Apache 500 pages).
// Each request draws from a seeded RNG whether it gets a fault and which one, so a run with the
// same seed and the same request sequence injects the same faults.
// Paths under /__sim/ are the control plane: never faulted, never authenticated, not counted.
class SimHttpServer : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)
public:
    explicit SimHttpServer(const FaultSpec &faults, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // Listens (port 0 = any free port); returns the port or 0.
    quint16 start(const QHostAddress &address, quint16 port);
    QUrl url() const { return m_url; }

    void setFaults(const FaultSpec &faults);
    FaultSpec faults() const { return m_faults; }
    SimCounters counters() const { return m_counters; }

protected:
    // The simulated API. Called synchronously; state changes happen on arrival, and the answer
    // may still be delayed or damaged by a fault.
    virtual SimResponse handle(const SimRequest &request) = 0;
    // /__sim/...: the base serves GET /__sim/stats (from adminStats()) and GET/PUT /__sim/faults
    // (PUT body or ?spec= is a FaultSpec string); subclasses add their own and call the base.
    virtual SimResponse handleAdmin(const SimRequest &request);
    virtual QJsonObject adminStats() const;
    // The vendor's 401 for the `auth` fault kind.
    virtual SimResponse authFault(const SimRequest &request);
    // The `shift` fault kind: change data under a client that is paging. Returns whether
    // anything changed (only then it counts as an injected fault).
    virtual bool applyShift(const SimRequest &request);

    QJsonObject countersJson() const;

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SimRequest toSimRequest(const QHttpServerRequest &request);
    void countFault(const QString &kind);
    void send(QTcpSocket *socket, const SimResponse &response, bool close);
    void write(QTcpSocket *socket, const SimResponse &response, bool close);
    static void resetConnection(QTcpSocket *socket);

    FaultSpec m_faults;
    SimRng m_rng;
    SimCounters m_counters;
    QUrl m_url;
};

} // namespace backroom::sim
