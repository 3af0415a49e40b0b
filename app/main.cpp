// backroom: the composition root (DESIGN.md §4, §7). The CLI sub-commands and --headless run
// on a QCoreApplication (no display needed, also in the console build); the console creates
// the QApplication only when it is the one to run. backroom-headless (and `backroom` built
// without the console) runs --demo as the engine against the simulators with a status print-out.
#include "app/clicommands.h"
#include "app/headless.h"
#include "sim/simcluster.h"

#ifdef BACKROOM_WITH_CONSOLE
#include "app/consolemain.h"
#endif

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace {

#ifdef BACKROOM_WITH_CONSOLE
constexpr const char *kConsoleUsage =
    "  backroom                                the console on your setup (first run: settings)\n"
    "  backroom --demo [--data-dir DIR]        the console + built-in simulators with demo data and faults\n"
    "  backroom --attach DIR                   the console monitoring an engine running headless on DIR\n";
#else
constexpr const char *kConsoleUsage =
    "  backroom [--demo]                       engine + built-in simulators, status print-out\n";
#endif

constexpr const char *kUsage =
    "  backroom --headless --config FILE [--data-dir DIR] [--until-idle] [--max-seconds N]\n"
    "  backroom status      [--data-dir DIR] [--json]\n"
    "  backroom exceptions  [--data-dir DIR] [--json] [--category C] [--open] [--group]\n"
    "  backroom retry       [--data-dir DIR] (ID... | --category C | --all)\n"
    "  backroom resolve     [--data-dir DIR] ID --note TEXT [--erp-ref DOC]\n"
    "  backroom skip        [--data-dir DIR] ID --reason TEXT\n"
    "  backroom snooze      [--data-dir DIR] ID... (--until TIME | --for DURATION | --wake)\n"
    "  backroom assign      [--data-dir DIR] ID... --to NAME   (--to \"\" unassigns)\n"
    "  backroom note        [--data-dir DIR] ID... --text TEXT\n"
    "  backroom edit        [--data-dir DIR] ID --payload FILE\n"
    "  backroom mappings    [--data-dir DIR] show [--version N] | export FILE [--version N] | versions [--json]\n"
    "                       | import FILE [--dry-run] [--note TEXT] [--retry-group] | diff A B | rollback N\n"
    "  backroom audit       [--data-dir DIR] [--json] [--since WHEN] [--action A] [--text T] [--csv FILE]\n"
    "  backroom sim         --listen HOST:PORT [--orders N] [--faults SPEC] [--config-out FILE] [--seed N]\n";

void printUsage(FILE *out)
{
    std::fputs("usage:\n", out);
    std::fputs(kConsoleUsage, out);
    std::fputs(kUsage, out);
}

bool isCliCommand(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const char *cmd : {"status", "exceptions", "retry", "resolve", "skip", "snooze", "assign", "note", "edit",
                            "mappings", "audit", "sim", "help", "--help", "-h"}) {
        if (std::strcmp(argv[1], cmd) == 0)
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("backroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("backroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

int runCli(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    auto sub = [&args](const QString &name) {
        QStringList rest = args.mid(2);
        rest.prepend(QStringLiteral("backroom ") + name);
        return rest;
    };
    using namespace backroom::app;
    if (first == QLatin1String("status"))
        return runStatus(sub(first));
    if (first == QLatin1String("exceptions"))
        return runExceptions(sub(first));
    if (first == QLatin1String("retry"))
        return runRetry(sub(first));
    if (first == QLatin1String("resolve"))
        return runResolve(sub(first));
    if (first == QLatin1String("skip"))
        return runSkip(sub(first));
    if (first == QLatin1String("snooze"))
        return runSnooze(sub(first));
    if (first == QLatin1String("assign"))
        return runAssign(sub(first));
    if (first == QLatin1String("note"))
        return runNote(sub(first));
    if (first == QLatin1String("edit"))
        return runEdit(sub(first));
    if (first == QLatin1String("mappings"))
        return runMappings(sub(first));
    if (first == QLatin1String("audit"))
        return runAudit(sub(first));
    if (first == QLatin1String("sim"))
        return backroom::sim::runSimCommand(args.mid(1));
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(stdout);
        return 0;
    }
    if (args.contains(QStringLiteral("--headless")))
        return runHeadless(args);
#ifndef BACKROOM_WITH_CONSOLE
    if (first.isEmpty() || args.contains(QStringLiteral("--demo")))
        return runDemo(args);
#endif
    std::fprintf(stderr, "backroom: unknown command \"%s\"\n", qPrintable(first));
    printUsage(stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef BACKROOM_WITH_CONSOLE
    if (!isCliCommand(argc, argv)) {
        setIdentity();
        return backroom::app::runConsole(argc, argv);
    }
#endif
    (void)isCliCommand;
    return runCli(argc, argv);
}
