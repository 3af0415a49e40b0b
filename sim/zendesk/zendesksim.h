#pragma once

#include "sim/core/faults.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <memory>

namespace backroom::sim {

struct ZendeskStats {
    int tickets = 0;
    int openTickets = 0;                 // status not solved/closed
    int duplicateExternalIds = 0;        // external ids used by more than one ticket
    int comments = 0;
    int creates = 0;                     // tickets created through the API
    int lostAfterCommit = 0;             // creates stored whose answer was then lost
    qint64 requests = 0;
    qint64 faults = 0;
};

// A Zendesk Support API (/api/v2) on loopback (see ZendeskStore for what it serves): Basic auth
// "email/token:TOKEN", Zendesk error bodies, fault injection through SimHttpServer (an outage is
// rate=1 with 503 or reset; throttling is 429ra/503ra, Retry-After: 1).
//
// queueFault() hits the next API request, deterministically: any FaultSpec kind, plus
// "reset-after-commit", "timeout-after-commit" and "500html-after-commit" (the request is
// carried out — a ticket created, a comment added — and then the answer is lost).
//
// Admin (no auth, not counted, never faulted): GET /__sim/stats, GET/PUT /__sim/faults,
// GET /__sim/tickets[?external_id=X] (every ticket with its comments),
// POST /__sim/tickets {"subject","description","requester_email"} (a customer's ticket).
class ZendeskSim final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZendeskSim)
public:
    struct Options {
        QString email = QStringLiteral("ops@backroom.example");
        QString apiToken = QStringLiteral("sim-zendesk-token");
        FaultSpec faults;
        quint64 seed = 1;
        qint64 exportDelayMs = 0;        // see ZendeskStore::setExportDelayMs
    };

    explicit ZendeskSim(Options options, QObject *parent = nullptr);
    ~ZendeskSim() override;

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;
    ZendeskStats stats() const;
    void setFaults(const FaultSpec &faults);
    void queueFault(const QString &kind);
    // The same, for the next ticket create (POST /api/v2/tickets.json) whatever comes before it.
    void queueCreateFault(const QString &kind);

    QJsonArray tickets() const;                              // with "comments": [{body, public}]
    QJsonArray ticketsWithExternalId(const QString &externalId) const;
    qint64 addCustomerTicket(const QString &subject, const QString &description, const QString &requesterEmail = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom::sim
