#pragma once

#include "sim/core/faults.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace backroom::sim {

class WooSim;
class ErpNextSim;
class ZendeskSim;

// WooCommerce + ERPNext + Zendesk simulators started together, with the ERP's item catalogue
// seeded from the shop's SKUs — except two SKUs the ERP does not know (mapping exceptions) and
// one it has disabled (business exceptions) — and a ready config file for the engine.
class SimCluster final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimCluster)
public:
    struct Options {
        QHostAddress host = QHostAddress::LocalHost;
        quint16 basePort = 0;     // Woo on basePort, ERP on +1, Zendesk on +2; 0 = free ports
        int orders = 200;
        quint64 seed = 1;
        FaultSpec faults;         // applied to all three (the `shift` kind only affects Woo)
        QDateTime anchor;         // see WooSim::Options::anchor
    };

    explicit SimCluster(Options options, QObject *parent = nullptr);
    ~SimCluster() override;

    // Starts the three servers; false (and *error) if a port cannot be bound.
    bool start(QString *error = nullptr);

    WooSim *woo() const;
    ErpNextSim *erp() const;
    ZendeskSim *zendesk() const;

    void setFaults(const FaultSpec &faults);   // all three

    // A config file object in the shape of DESIGN.md §7 (no mappings_file), pointing at the
    // simulators with their literal credentials.
    QJsonObject makeConfig() const;
    // makeConfig() with the stock flow on (every 30 s): what `backroom --demo` and
    // `backroom sim --config-out` run.
    QJsonObject makeDemoConfig() const;

    // One tick of the demo's trickle: a new order; every 3rd tick a posted order is delivered
    // in the ERP, every 5th one is partly refunded in the store, every 7th one cancelled.
    void demoTick();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// `backroom sim --listen HOST:PORT [--orders N] [--faults SPEC] [--config-out FILE] [--seed N]`
// (a leading "sim" argument is skipped). PORT 0 picks free ports.
//
// startSimCommand() parses, starts the cluster, writes the config file and prints the three URLs
// on stdout; it returns null and sets *error (one line) on bad arguments or a busy port. The
// caller keeps the returned object alive while its event loop runs.
std::unique_ptr<SimCluster> startSimCommand(const QStringList &args, QString *error);

// The whole command for app/: needs an existing QCoreApplication; runs its event loop until
// SIGTERM or SIGINT and returns 0, or prints one line on stderr and returns 2 on bad arguments
// (1 when the servers cannot start).
int runSimCommand(const QStringList &args);

} // namespace backroom::sim
