#include "ui/notifier.h"

#include "ui/uiformat.h"

#include <QDateTime>

namespace backroom {

namespace {
bool isBad(const QString &state)
{
    return state == QLatin1String("down") || state == QLatin1String("paused_auth") || state == QLatin1String("circuit_open");
}
} // namespace

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::flush);
}

void Notifier::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void Notifier::onSnapshot(const ConsoleSnapshot &s)
{
    for (const ConnectionHealth &c : s.connections) {
        const QString before = m_connectionState.value(c.name);
        if (m_haveConnectionBaseline && isBad(c.state) && before != c.state) {
            m_connectionEvents.append(tr("%1: %2").arg(ui::connectionTitle(c.name), ui::stateText(c.state)));
        }
        m_connectionState.insert(c.name, c.state);
    }
    m_haveConnectionBaseline = true;
    if (m_engineWasAlive && !s.engineAlive)
        m_engineStopped = true;
    m_engineWasAlive = s.engineAlive;
    schedule();
}

void Notifier::onOpenExceptions(const QList<ExceptionRecord> &open)
{
    for (const ExceptionRecord &e : open) {
        if (m_known.contains(e.id))
            continue;
        m_known.insert(e.id);
        if (m_haveExceptionBaseline)
            m_newExceptions.append(e);
    }
    m_haveExceptionBaseline = true;
    schedule();
}

void Notifier::schedule()
{
    if (m_newExceptions.isEmpty() && m_connectionEvents.isEmpty() && !m_engineStopped)
        return;
    if (m_timer.isActive())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = std::max<qint64>(0, m_lastShownMs + m_interval.count() - now);
    m_timer.start(std::chrono::milliseconds(wait));
}

void Notifier::flush()
{
    Notification n;
    if (m_engineStopped) {
        n.title = tr("The sync engine stopped");
        n.body = tr("No heartbeat for 5 seconds: orders are not moving until it runs again.");
        n.critical = true;
        n.target.kind = NotificationTarget::Kind::Health;
    } else if (!m_connectionEvents.isEmpty()) {
        n.title = tr("%n connection(s) in trouble", nullptr, int(m_connectionEvents.size()));
        n.body = m_connectionEvents.join(QLatin1Char('\n'));
        n.critical = true;
        n.target.kind = NotificationTarget::Kind::Health;
    } else if (!m_newExceptions.isEmpty()) {
        // Group by cause: category and the missing key (an unmapped SKU, …).
        QMap<QString, QList<ExceptionRecord>> groups;
        for (const ExceptionRecord &e : std::as_const(m_newExceptions))
            groups[e.category + QLatin1Char('\x1f') + e.groupKey].append(e);
        const int count = int(m_newExceptions.size());
        n.title = tr("%n new exception(s)", nullptr, count);
        QStringList lines;
        for (auto it = groups.cbegin(); it != groups.cend() && lines.size() < 4; ++it) {
            const ExceptionRecord &first = it.value().first();
            const QString cause = first.groupKey.isEmpty() ? ui::categoryText(first.category)
                                                           : tr("%1 (%2)").arg(ui::categoryText(first.category), first.groupKey);
            lines.append(tr("%1 × %2 — e.g. order #%3").arg(it.value().size()).arg(cause, first.number));
        }
        if (groups.size() > 4)
            lines.append(tr("… and %n more cause(s)", nullptr, int(groups.size() - 4)));
        n.body = lines.join(QLatin1Char('\n'));
        if (count == 1) {
            n.target.kind = NotificationTarget::Kind::Exception;
            n.target.exceptionId = m_newExceptions.first().id;
        } else {
            n.target.kind = NotificationTarget::Kind::Category;
            n.target.category = groups.size() == 1 ? m_newExceptions.first().category : QString();
        }
    } else {
        return;
    }
    m_newExceptions.clear();
    m_connectionEvents.clear();
    m_engineStopped = false;
    m_lastShownMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT notify(n);
    schedule(); // whatever is left waits for the next slot
}

} // namespace backroom
