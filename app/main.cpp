// backroom: the composition root (DESIGN.md §4, §7). Until the console exists, the default
// and --demo run the engine against the built-in simulators and print its status.
#include "app/clicommands.h"
#include "app/headless.h"
#include "sim/simcluster.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr const char *kUsage =
    "usage:\n"
    "  backroom [--demo]                       engine + built-in simulators, status print-out\n"
    "  backroom --headless --config FILE [--data-dir DIR] [--until-idle] [--max-seconds N]\n"
    "  backroom status      [--data-dir DIR] [--json]\n"
    "  backroom exceptions  [--data-dir DIR] [--json] [--category C] [--open]\n"
    "  backroom retry       [--data-dir DIR] (ID... | --category C | --all)\n"
    "  backroom resolve     [--data-dir DIR] ID --note TEXT [--erp-ref DOC]\n"
    "  backroom skip        [--data-dir DIR] ID --reason TEXT\n"
    "  backroom sim         --listen HOST:PORT [--orders N] [--faults SPEC] [--config-out FILE] [--seed N]\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("backroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

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
    if (first == QLatin1String("sim"))
        return backroom::sim::runSimCommand(args.mid(1));
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (args.contains(QStringLiteral("--headless")))
        return runHeadless(args);
    if (first.isEmpty() || args.contains(QStringLiteral("--demo")))
        return runDemo(args);
    std::fprintf(stderr, "backroom: unknown command \"%s\"\n%s", qPrintable(first), kUsage);
    return 2;
}
