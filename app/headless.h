#pragma once

#include <QStringList>

namespace backroom::app {

// backroom --headless --config FILE [--data-dir DIR] [--until-idle] [--max-seconds N]
int runHeadless(const QStringList &args);

// Until the console exists: the engine against the built-in simulators, with a status
// print-out every few seconds (backroom --demo, and backroom with no arguments).
int runDemo(const QStringList &args);

} // namespace backroom::app
