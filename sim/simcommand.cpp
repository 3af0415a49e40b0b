// `backroom sim`: argument parsing, config file, signal handling (see simcluster.h).
#include "sim/simcluster.h"

#include "sim/erpnext/erpnextsim.h"
#include "sim/woo/woosim.h"
#include "sim/zendesk/zendesksim.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace backroom::sim {

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

} // namespace

std::unique_ptr<SimCluster> startSimCommand(const QStringList &argsIn, QString *error)
{
    QStringList args = argsIn;
    if (!args.isEmpty() && args.first() == QLatin1String("sim"))
        args.removeFirst();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = QStringLiteral("backroom sim: ") + message;
        return std::unique_ptr<SimCluster>();
    };

    SimCluster::Options options;
    QString listen, configOut;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString arg = args[i];
        const auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args[++i];
            return true;
        };
        QString v;
        if (arg == QLatin1String("--listen")) {
            if (!value(&listen))
                return fail(QStringLiteral("--listen needs HOST:PORT"));
        } else if (arg == QLatin1String("--orders")) {
            bool ok = false;
            if (!value(&v) || (options.orders = v.toInt(&ok), !ok) || options.orders < 0)
                return fail(QStringLiteral("--orders needs a number >= 0"));
        } else if (arg == QLatin1String("--seed")) {
            bool ok = false;
            if (!value(&v) || (options.seed = v.toULongLong(&ok), !ok))
                return fail(QStringLiteral("--seed needs an unsigned number"));
        } else if (arg == QLatin1String("--faults")) {
            if (!value(&v))
                return fail(QStringLiteral("--faults needs a SPEC, e.g. rate=0.2,kinds=429,500html,timeout"));
            QString why;
            const auto spec = FaultSpec::parse(v, &why);
            if (!spec)
                return fail(why);
            options.faults = *spec;
        } else if (arg == QLatin1String("--config-out")) {
            if (!value(&configOut))
                return fail(QStringLiteral("--config-out needs a FILE"));
        } else {
            return fail(QStringLiteral("unknown argument \"%1\" (usage: backroom sim --listen HOST:PORT [--orders N] "
                                       "[--faults SPEC] [--config-out FILE] [--seed N])").arg(arg));
        }
    }
    if (listen.isEmpty())
        return fail(QStringLiteral("--listen HOST:PORT is required"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString hostText = colon > 0 ? listen.left(colon) : QString();
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    if (hostText == QLatin1String("localhost"))
        hostText = QStringLiteral("127.0.0.1");
    const QHostAddress host(hostText);
    if (!portOk || port < 0 || port > 65533 || host.isNull())
        return fail(QStringLiteral("--listen needs HOST:PORT with an IP address and a port 0..65533, got \"%1\"").arg(listen));
    options.host = host;
    options.basePort = quint16(port);

    auto cluster = std::make_unique<SimCluster>(options);
    QString why;
    if (!cluster->start(&why))
        return fail(why.startsWith(QLatin1String("sim: ")) ? why.mid(5) : why);

    if (!configOut.isEmpty()) {
        QSaveFile file(configOut);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(cluster->makeDemoConfig()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
            return fail(QStringLiteral("cannot write --config-out \"%1\": %2").arg(configOut, file.errorString()));
    }
    QTextStream out(stdout);
    out << "woocommerce " << cluster->woo()->url().toString() << '\n'
        << "erpnext " << cluster->erp()->url().toString() << '\n'
        << "zendesk " << cluster->zendesk()->url().toString() << '\n';
    if (!configOut.isEmpty())
        out << "config " << configOut << '\n';
    out.flush();
    return cluster;
}

int runSimCommand(const QStringList &args)
{
    QString error;
    // A port that cannot be bound is exit 1, bad arguments exit 2.
    auto cluster = startSimCommand(args, &error);
    if (!cluster) {
        QTextStream(stderr) << error << '\n';
        return error.contains(QLatin1String("cannot listen")) ? 1 : 2;
    }
    if (g_signalFd[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return 1;
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    QCoreApplication::exec();
    return 0;
}

} // namespace backroom::sim
