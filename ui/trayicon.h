#pragma once

#include "models/consolesnapshot.h"
#include "ui/notifier.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace backroom {

// The tray icon mirrors the health tiles in four states — all flowing, needs attention (open
// exceptions, a degraded connection), trouble (a connection down, paused or with its circuit
// open) and engine stopped — and shows the notifier's messages; a click on a message opens
// its exact record.
class TrayIcon final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    enum class State { Ok, Attention, Trouble, Stopped };
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void applySnapshot(const ConsoleSnapshot &snapshot);
    void showNotification(const Notification &notification);
    State state() const { return m_state; }
    QString toolTip() const;
    static State stateFor(const ConsoleSnapshot &snapshot);
    static QIcon iconFor(State state);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void targetRequested(const backroom::NotificationTarget &target);

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    State m_state = State::Stopped;
    NotificationTarget m_lastTarget;
};

} // namespace backroom
