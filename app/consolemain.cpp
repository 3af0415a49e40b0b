#include "app/consolemain.h"

#include "app/consolelauncher.h"
#include "app/signalwatcher.h"
#include "ui/configdocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace backroom::app {

namespace {

void installTranslators(QApplication &app)
{
    // The UI follows the system locale; Qt's own dialogs too.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("backroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "backroom: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int runConsole(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Backroom"));
    installTranslators(app);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Backroom: the console of the WooCommerce to ERP sync engine."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("demo"), QStringLiteral("The console with the built-in simulators, seeded with demo data and faults.")},
        {QStringLiteral("attach"), QStringLiteral("Monitor an engine running headless on DIR."), QStringLiteral("DIR")},
        {QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")},
        {QStringLiteral("config"), QStringLiteral("Config file (default: the settings of the console)."), QStringLiteral("FILE")},
        {QStringLiteral("orders"), QStringLiteral("Demo: orders the store simulator starts with."), QStringLiteral("N")},
        {QStringLiteral("max-seconds"), QStringLiteral("Quit after N seconds."), QStringLiteral("N")},
    });
    if (!p.parse(QApplication::arguments()))
        return fail(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unknown command \"%1\" (backroom --help)").arg(p.positionalArguments().constFirst()));

    ConsoleLauncher::Options o;
    o.dataDir = p.value(QStringLiteral("data-dir"));
    o.configPath = p.value(QStringLiteral("config"));
    if (p.isSet(QStringLiteral("demo"))) {
        o.mode = ConsoleLauncher::Mode::Demo;
        if (p.isSet(QStringLiteral("orders")))
            o.demoOrders = std::max(0, p.value(QStringLiteral("orders")).toInt());
    } else if (p.isSet(QStringLiteral("attach"))) {
        o.mode = ConsoleLauncher::Mode::Attach;
        o.dataDir = p.value(QStringLiteral("attach"));
    } else if (!o.dataDir.isEmpty() && o.configPath.isEmpty() && !QFileInfo::exists(ConfigDocument::defaultPath())) {
        // A data directory and no config of our own: watch the engine that runs there.
        o.mode = ConsoleLauncher::Mode::Attach;
    }

    ConsoleLauncher launcher(o);
    QObject::connect(&launcher, &ConsoleLauncher::quitRequested, &app, &QApplication::quit);
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::stopRequested, &app, &QApplication::quit);
    if (p.isSet(QStringLiteral("max-seconds")))
        QTimer::singleShot(std::chrono::seconds(p.value(QStringLiteral("max-seconds")).toInt()), &app, &QApplication::quit);
    launcher.start();
    return QApplication::exec();
}

} // namespace backroom::app
