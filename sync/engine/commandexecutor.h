#pragma once

#include "sync/core/syncerror.h"
#include "sync/journal/journal.h"

#include <functional>

namespace backroom {

// Executes queued commands (retry, resolve, skip) against the journal and audits each one.
// The engine runs it on its own queue; the CLI runs it when no engine holds the data
// directory. The caller owns the transaction.
class CommandExecutor final {
public:
    using ConnectionResume = std::function<void(const QString &connection)>;

    CommandExecutor(Journal *journal, ConnectionResume onResume = {});

    // Executes one command and marks it done or failed. Returns the result line.
    QString execute(const CommandRecord &command, qint64 nowMs);
    // Executes every queued command; returns how many ran.
    int executeQueued(qint64 nowMs);

private:
    Result<QString> retry(const CommandRecord &c, qint64 nowMs);
    Result<QString> resolve(const CommandRecord &c, qint64 nowMs);
    Result<QString> skip(const CommandRecord &c, qint64 nowMs);
    Result<ExceptionRecord> openException(const QJsonObject &args);

    Journal *m_journal;
    ConnectionResume m_onResume;
};

// The OS user, for the audit log.
QString currentActor();

} // namespace backroom
