#pragma once

#include "models/consolesnapshot.h"
#include "sync/journal/journal.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace backroom {

// What a desktop notification opens when clicked.
struct NotificationTarget {
    enum class Kind { None, Health, Exception, Category };
    Kind kind = Kind::None;
    qint64 exceptionId = 0;
    QString category;
};

struct Notification {
    QString title;
    QString body;
    bool critical = false;
    NotificationTarget target;
};

// Turns what changed into few desktop notifications: new exceptions grouped by cause
// (category and missing key), connections that went down, the engine stopping. At most one
// notification per interval (default 60 s); events in between are merged into the next one.
// What existed at start is the baseline, not news.
class Notifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    explicit Notifier(QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    void onSnapshot(const ConsoleSnapshot &snapshot);
    void onOpenExceptions(const QList<ExceptionRecord> &open);
    void flush();

Q_SIGNALS:
    void notify(const backroom::Notification &notification);

private:
    void schedule();

    bool m_haveExceptionBaseline = false;
    bool m_haveConnectionBaseline = false;
    bool m_engineWasAlive = false;
    QSet<qint64> m_known;
    QMap<QString, QString> m_connectionState;
    QList<ExceptionRecord> m_newExceptions;
    QStringList m_connectionEvents;
    bool m_engineStopped = false;
    QTimer m_timer;
    qint64 m_lastShownMs = 0;
    std::chrono::milliseconds m_interval{60000};
};

} // namespace backroom

Q_DECLARE_METATYPE(backroom::Notification)
