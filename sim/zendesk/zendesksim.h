#pragma once

#include "sim/core/faults.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace backroom::sim {

struct ZendeskStats {
    int tickets = 0;
    int openTickets = 0;                 // status not solved/closed
    int duplicateExternalIds = 0;        // external ids used by more than one ticket
    int comments = 0;
    qint64 requests = 0;
    qint64 faults = 0;
};

// A minimal Zendesk Support API (/api/v2) on loopback: tickets.json (POST, GET with
// ?external_id=), tickets/{id}.json (GET, PUT with comment), tickets/{id}/comments.json (GET);
// Basic auth "email/token:TOKEN"; Zendesk error bodies; fault injection through SimHttpServer.
class ZendeskSim final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZendeskSim)
public:
    struct Options {
        QString email = QStringLiteral("ops@backroom.example");
        QString apiToken = QStringLiteral("sim-zendesk-token");
        FaultSpec faults;
        quint64 seed = 1;
    };

    explicit ZendeskSim(Options options, QObject *parent = nullptr);
    ~ZendeskSim() override;

    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;
    ZendeskStats stats() const;
    void setFaults(const FaultSpec &faults);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom::sim
