#pragma once

#include <QObject>
#include <QTimer>

namespace backroom::app {

// Turns SIGTERM/SIGINT into a Qt signal on the main thread (graceful stop).
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void stopRequested();

private:
    QTimer m_poll;
};

} // namespace backroom::app
