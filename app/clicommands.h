#pragma once

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace backroom {
class Journal;
}

namespace backroom::app {

// The journal sub-commands of DESIGN.md §7: status, exceptions, retry, resolve, skip.
// Each returns the process exit code and prints to stdout/stderr.
int runStatus(const QStringList &args);
int runExceptions(const QStringList &args);
int runRetry(const QStringList &args);
int runResolve(const QStringList &args);
int runSkip(const QStringList &args);
// The workbench's commands (clicommandsworkbench.cpp): snooze, assign, note, edit.
int runSnooze(const QStringList &args);
int runAssign(const QStringList &args);
int runNote(const QStringList &args);
int runEdit(const QStringList &args);
// `exceptions --group`: the open exceptions grouped by cause.
int printExceptionGroups(const QString &dataDir, const QString &category, bool json);

QString defaultDataDir();

// Shared with the other sub-command files (climappings.cpp): opens the data directory's
// journal (read-only unless `write`), and queues a command that a running engine executes,
// or executes it here when no engine runs; prints the result, returns the exit code.
std::unique_ptr<Journal> openJournalAt(const QString &dataDir, bool write, QString *error);
int submitCommand(const QString &dataDir, const QString &kind, const QJsonObject &args);

// backroom mappings show|export|import|versions|diff|rollback; backroom audit (climappings.cpp).
int runMappings(const QStringList &args);
int runAudit(const QStringList &args);

} // namespace backroom::app
