#pragma once

#include "sim/core/faults.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace backroom::sim {

// Counters the tests read to prove exactly-once (also served at GET /__sim/stats).
struct ErpNextStats {
    int salesOrders = 0;            // submitted, not cancelled
    int duplicateReferences = 0;    // reference values used by more than one sales order
    int customers = 0;
    int requests = 0;
};

// An in-memory ERPNext (Frappe REST) on loopback: /api/resource/{Customer,Item,Sales Order},
// token auth, Frappe error bodies, fault injection.
class ErpNextSim final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpNextSim)
public:
    struct Options {
        QString apiKey = QStringLiteral("sim-erp-key");
        QString apiSecret = QStringLiteral("sim-erp-secret");
        QString company = QStringLiteral("Backroom Demo Ltd");
        QString warehouse = QStringLiteral("Stores - BDL");
        QStringList itemCodes;          // known, enabled items
        QStringList disabledItemCodes;  // known, disabled items
        FaultSpec faults;
        quint64 seed = 1;
    };

    explicit ErpNextSim(Options options, QObject *parent = nullptr);
    ~ErpNextSim() override;

    // Listens on address:port (0 = any free port); returns the port or 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;
    ErpNextStats stats() const;
    void setFaults(const FaultSpec &faults);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom::sim
