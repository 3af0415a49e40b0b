#pragma once

#include <QString>

namespace backroom::app {

// What every CLI sub-command prints with: a line on stdout; "backroom: <message>" on stderr
// and the exit code to return.
void out(const QString &s);
int fail(const QString &s, int code = 2);
qint64 nowMs();

} // namespace backroom::app
