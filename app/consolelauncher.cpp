#include "app/consolelauncher.h"

#include "app/clicommands.h"
#include "app/enginehost.h"
#include "models/journalreader.h"
#include "sync/engine/engine.h"
#include "ui/configdocument.h"
#include "ui/mappingsview.h"
#include "ui/mainwindow.h"
#include "ui/secretstore.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace backroom::app {

namespace {
QString journalPathOf(const QString &dataDir)
{
    return Engine::journalPath(dataDir);
}
} // namespace

ConsoleLauncher::ConsoleLauncher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(new SecretStore(this))
{
}

ConsoleLauncher::~ConsoleLauncher()
{
    delete m_window;          // views and models first,
    delete m_reader;          // then the reader thread,
    delete m_engine;          // then the engine (its last commit) and the simulators
}

MainWindow *ConsoleLauncher::window() const
{
    return m_window.data();
}

void ConsoleLauncher::start()
{
    if (m_options.configPath.isEmpty())
        m_options.configPath = ConfigDocument::defaultPath();
    switch (m_options.mode) {
    case Mode::Demo: {
        QString dir = m_options.dataDir;
        if (dir.isEmpty()) {
            m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/backroom-demo-XXXXXX"));
            dir = m_tmp->path();
        }
        openWindow(dir);
        m_window->setModeText(tr("Demo: built-in simulators on 127.0.0.1 — journal in %1").arg(dir));
        m_engine = new EngineHost;
        connect(m_engine, &EngineHost::started, this, &ConsoleLauncher::onEngineStarted);
        connect(m_engine, &EngineHost::failed, this, &ConsoleLauncher::onEngineFailed);
        m_engine->startDemo(dir, m_options.demoOrders);
        break;
    }
    case Mode::Attach:
        openWindow(m_options.dataDir);
        m_window->setModeText(tr("Attached to the engine on %1").arg(m_options.dataDir));
        onEngineStarted(journalPathOf(m_options.dataDir), QString());
        break;
    case Mode::Setup:
        if (m_options.dataDir.isEmpty())
            m_options.dataDir = defaultDataDir();
        QDir().mkpath(m_options.dataDir);
        openWindow(m_options.dataDir);
        m_window->setModeText(tr("Engine in this window — %1").arg(m_options.dataDir));
        if (!QFileInfo::exists(m_options.configPath))
            openSettings(true);
        else
            startFromConfig();
        break;
    }
}

void ConsoleLauncher::openWindow(const QString &dataDir)
{
    m_reader = new JournalReader(journalPathOf(dataDir));
    m_window = new MainWindow(m_reader);
    // Most of the screen, up to 1600×1000: every view is laid out for 1366×768 and up.
    const QRect avail = m_window->screen()->availableGeometry();
    m_window->resize(std::min(1600, avail.width() * 9 / 10), std::min(1000, avail.height() * 9 / 10));
    m_tray = new TrayIcon(this);
    connect(m_reader, &JournalReader::snapshotReady, m_tray, &TrayIcon::applySnapshot);
    connect(m_window->notifier(), &Notifier::notify, m_tray, &TrayIcon::showNotification);
    connect(m_tray, &TrayIcon::targetRequested, m_window, &MainWindow::openTarget);
    connect(m_tray, &TrayIcon::openRequested, m_window, [w = m_window] {
        w->showNormal();
        w->raise();
        w->activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &ConsoleLauncher::quitRequested);
    connect(m_window, &MainWindow::quitRequested, this, &ConsoleLauncher::quitRequested);
    connect(m_window, &MainWindow::settingsRequested, this, [this] { openSettings(false); });
    m_window->show();
}

void ConsoleLauncher::startFromConfig()
{
    QString error;
    const QJsonObject raw = ConfigDocument::read(m_options.configPath, &error);
    if (!error.isEmpty()) {
        onEngineFailed(error);
        return;
    }
    // Secrets: env:NAME from the environment, else from the OS keychain entry NAME.
    auto names = std::make_shared<QStringList>();
    for (const QString &n : ConfigDocument::secretRefs(raw)) {
        if (!qEnvironmentVariableIsSet(n.toLocal8Bit().constData()))
            names->append(n);
    }
    auto values = std::make_shared<QMap<QString, QString>>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<ConsoleLauncher> self(this);
    *next = [self, names, values, next, raw] {
        if (!self)
            return;
        if (names->isEmpty()) {
            *next = nullptr; // break the cycle
            if (!self->m_engine) {
                self->m_engine = new EngineHost;
                connect(self->m_engine, &EngineHost::started, self, &ConsoleLauncher::onEngineStarted);
                connect(self->m_engine, &EngineHost::failed, self, &ConsoleLauncher::onEngineFailed);
            }
            const QJsonObject resolved = ConfigDocument::substitute(raw, *values);
            const QString baseDir = QFileInfo(self->m_options.configPath).absolutePath();
            if (const Result<Config> config = parseConfig(resolved, baseDir); config.ok() && self->m_window)
                MappingsView::configure(self->m_window, config.value()); // catalogue validation and preview
            self->m_engine->startEngine(resolved, baseDir, self->m_options.dataDir);
            return;
        }
        const QString name = names->takeFirst();
        self->m_secrets->read(name, [name, values, next](const std::optional<QString> &secret) {
            if (secret)
                values->insert(name, *secret);
            if (*next)
                (*next)();
        });
    };
    auto run = [next] { (*next)(); };
    if (m_secrets->availability() == SecretStore::Availability::Unknown) {
        connect(m_secrets, &SecretStore::availabilityKnown, this, run, Qt::SingleShotConnection);
        m_secrets->probe();
    } else {
        run();
    }
}

void ConsoleLauncher::onEngineStarted(const QString &journalPath, const QString &erpUrl)
{
    if (!m_window)
        return;
    if (!erpUrl.isEmpty())
        m_window->setErpBaseUrl(erpUrl);
    m_window->setEngineMessage(QString(), false);
    if (!m_readerStarted) {
        m_readerStarted = true;
        Q_UNUSED(journalPath);
        m_reader->start(1000);
    } else {
        m_reader->refreshNow();
    }
}

void ConsoleLauncher::onEngineFailed(const QString &message)
{
    if (!m_window)
        return;
    if (message.contains(QLatin1String("another engine"))) {
        // Someone runs headless on this data directory: watch it instead of competing.
        m_window->setModeText(tr("Attached to the engine already running on %1").arg(m_options.dataDir));
        onEngineStarted(journalPathOf(m_options.dataDir), QString());
        return;
    }
    m_window->setEngineMessage(tr("The engine did not start: %1").arg(message), true);
    if (m_options.mode == Mode::Setup) {
        QMessageBox box(QMessageBox::Warning, tr("The engine did not start"), tr("The engine did not start: %1").arg(message),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("engineFailedBox"));
        box.setInformativeText(tr("Open the settings to correct it."));
        box.exec();
        openSettings(false);
    }
}

void ConsoleLauncher::openSettings(bool firstRun)
{
    auto *dialog = new SettingsDialog(m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->load(m_options.configPath, firstRun);
    connect(dialog, &SettingsDialog::saved, this, [this](const QString &) {
        if (m_options.mode != Mode::Setup) {
            m_window->setEngineMessage(tr("Settings saved. They apply when Backroom runs on them (without --demo or --attach)."), false);
            return;
        }
        if (m_engine)
            m_engine->stop();
        startFromConfig();
    });
    if (firstRun) {
        connect(dialog, &QDialog::rejected, this, [this] {
            m_window->setEngineMessage(tr("No connections configured yet: open File → Settings to set them up."), true);
        });
    }
    dialog->open();
}

} // namespace backroom::app
