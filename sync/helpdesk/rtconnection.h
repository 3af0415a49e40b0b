#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace backroom {

// What RtAdapter needs to talk to one Request Tracker (helpdesk.type "rt").
struct RtConnection {
    QUrl url;                  // RT's web root, e.g. https://rt.example.com (REST2 lives at /REST/2.0/)
    QString token;             // auth token ("1-14-..."); when empty, username/password (Basic)
    QString username;
    QString password;
    QString queue;             // where tickets are created
    QString externalIdField = QStringLiteral("Backroom external id"); // ticket custom field (dedup key)
    std::chrono::milliseconds timeout{30000};
};

} // namespace backroom
