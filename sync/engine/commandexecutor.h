#pragma once

#include "sync/core/syncerror.h"
#include "sync/journal/journal.h"

#include <functional>

namespace backroom {

// Executes queued commands (retry, resolve, skip, and the workbench's snooze, assign, note,
// edit_retry, preview_retry) against the journal and audits each one.
// The engine runs it on its own queue; the CLI runs it when no engine holds the data
// directory. The caller owns the transaction.
class CommandExecutor final {
public:
    using ConnectionResume = std::function<void(const QString &connection)>;
    // Takes a command that needs the network (preview_retry) and finishes it later; returns
    // false to leave it to the executor.
    using AsyncHandler = std::function<bool(const CommandRecord &command)>;

    CommandExecutor(Journal *journal, ConnectionResume onResume = {});

    // Executes one command and marks it done or failed. Returns the result line.
    QString execute(const CommandRecord &command, qint64 nowMs);
    // Executes every queued command; returns how many ran.
    int executeQueued(qint64 nowMs);
    void setAsyncHandler(AsyncHandler handler) { m_async = std::move(handler); }

private:
    Result<QString> retry(const CommandRecord &c, qint64 nowMs);
    Result<QString> resolve(const CommandRecord &c, qint64 nowMs);
    Result<QString> skip(const CommandRecord &c, qint64 nowMs);
    Result<ExceptionRecord> openException(const QJsonObject &args);
    // Workbench commands (workbenchcommands.cpp).
    Result<QList<ExceptionRecord>> targetsOf(const QJsonObject &args, bool openOnly);
    Result<QString> snooze(const CommandRecord &c, qint64 nowMs);
    Result<QString> assign(const CommandRecord &c, qint64 nowMs);
    Result<QString> note(const CommandRecord &c, qint64 nowMs);
    Result<QString> editRetry(const CommandRecord &c, qint64 nowMs);
    Result<QString> previewOffline(const CommandRecord &c);

    Journal *m_journal;
    ConnectionResume m_onResume;
    AsyncHandler m_async;
};

// The OS user, for the audit log.
QString currentActor();

} // namespace backroom
