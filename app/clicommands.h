#pragma once

#include <QStringList>

namespace backroom::app {

// The journal sub-commands of DESIGN.md §7: status, exceptions, retry, resolve, skip.
// Each returns the process exit code and prints to stdout/stderr.
int runStatus(const QStringList &args);
int runExceptions(const QStringList &args);
int runRetry(const QStringList &args);
int runResolve(const QStringList &args);
int runSkip(const QStringList &args);

QString defaultDataDir();

} // namespace backroom::app
