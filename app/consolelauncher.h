#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace backroom {
class JournalReader;
class MainWindow;
class SecretStore;
class TrayIcon;
} // namespace backroom

namespace backroom::app {

class EngineHost;

// Puts the console together for one of its three modes:
// - Demo: simulators + engine on the engine thread + the console on the same data directory.
// - Setup: the user's config (first run: the settings dialog), secrets from the environment or
//   the OS keychain, the engine on the engine thread; if another engine already holds the data
//   directory, the console attaches to it instead.
// - Attach: only the console, monitoring (and sending commands to) an engine running headless.
// The window opens at once; the engine and the journal reader start behind it.
class ConsoleLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleLauncher)
public:
    enum class Mode { Demo, Setup, Attach };
    struct Options {
        Mode mode = Mode::Setup;
        QString dataDir;      // empty: a temporary one (demo) or the default (setup)
        QString configPath;   // setup: empty = the default location
        int demoOrders = 300;
    };

    explicit ConsoleLauncher(Options options, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void start();
    MainWindow *window() const;

Q_SIGNALS:
    void quitRequested();

private:
    void openWindow(const QString &dataDir);
    void startFromConfig();
    void onEngineStarted(const QString &journalPath, const QString &erpUrl);
    void onEngineFailed(const QString &message);
    void openSettings(bool firstRun);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tmp;
    EngineHost *m_engine = nullptr;
    JournalReader *m_reader = nullptr;
    QPointer<MainWindow> m_window;
    TrayIcon *m_tray = nullptr;
    SecretStore *m_secrets = nullptr;
    bool m_readerStarted = false;
};

} // namespace backroom::app
