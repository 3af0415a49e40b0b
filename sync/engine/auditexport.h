#pragma once

#include "sync/journal/journal.h"

#include <QByteArray>
#include <QJsonArray>

namespace backroom {

// The audit log as CSV (at,actor,action,target,before,after; at in ISO 8601 UTC) and as JSON,
// for `backroom audit` and the console's audit view.
QByteArray auditCsv(const QList<AuditEntry> &entries);
QJsonArray auditJson(const QList<AuditEntry> &entries);

// "2026-11-22T10:00:00Z", "3600s", "90m", "24h", "7d" -> epoch ms; nullopt when unreadable.
std::optional<qint64> parseSince(const QString &text, qint64 nowMs);

} // namespace backroom
