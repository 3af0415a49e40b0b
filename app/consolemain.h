#pragma once

namespace backroom::app {

// The console: `backroom`, `backroom --demo`, `backroom --attach DIR`. Creates the
// QApplication (the CLI sub-commands never do), the translators for the system locale, and
// the ConsoleLauncher; returns the exit code.
int runConsole(int argc, char *argv[]);

} // namespace backroom::app
