#include "ui/trayicon.h"

#include "ui/uiformat.h"

#include <QJsonObject>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace backroom {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_menu->addAction(tr("Open Backroom"), this, &TrayIcon::openRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(iconFor(m_state));
    m_tray->setToolTip(tr("Backroom"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT targetRequested(m_lastTarget); });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QIcon TrayIcon::iconFor(State state)
{
    QColor c;
    switch (state) {
    case State::Ok:
        c = ui::stateColor(QStringLiteral("up"));
        break;
    case State::Attention:
        c = ui::stateColor(QStringLiteral("degraded"));
        break;
    case State::Trouble:
        c = ui::stateColor(QStringLiteral("down"));
        break;
    case State::Stopped:
        c = ui::stateColor(QStringLiteral("unknown"));
        break;
    }
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(c.darker(140), std::max(1, size / 16)));
        p.setBrush(c);
        const int m = std::max(1, size / 10);
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        // A bar for "stopped", a dot for everything else: the states differ in shape too.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        if (state == State::Stopped)
            p.drawRect(QRectF(size * 0.3, size * 0.45, size * 0.4, size * 0.1));
        else
            p.drawEllipse(QRectF(size * 0.4, size * 0.4, size * 0.2, size * 0.2));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

TrayIcon::State TrayIcon::stateFor(const ConsoleSnapshot &s)
{
    if (!s.engineAlive)
        return State::Stopped;
    bool attention = s.status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger() > 0;
    for (const ConnectionHealth &c : s.connections) {
        if (c.state == QLatin1String("down") || c.state == QLatin1String("paused_auth") || c.state == QLatin1String("circuit_open"))
            return State::Trouble;
        if (c.state == QLatin1String("degraded"))
            attention = true;
    }
    return attention ? State::Attention : State::Ok;
}

void TrayIcon::applySnapshot(const ConsoleSnapshot &s)
{
    const State st = stateFor(s);
    if (st != m_state) {
        m_state = st;
        m_tray->setIcon(iconFor(st));
    }
    const qint64 open = s.status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger();
    const qint64 pending = s.status.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger();
    QString line;
    switch (st) {
    case State::Ok:
        line = tr("Backroom: everything is flowing");
        break;
    case State::Attention:
        line = tr("Backroom: %n open exception(s)", nullptr, int(open));
        break;
    case State::Trouble:
        line = tr("Backroom: a connection is down");
        break;
    case State::Stopped:
        line = tr("Backroom: the sync engine is not running");
        break;
    }
    m_tray->setToolTip(tr("%1\n%n waiting to be sent", nullptr, int(pending)).arg(line));
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::showNotification(const Notification &n)
{
    m_lastTarget = n.target;
    if (m_tray->isVisible())
        m_tray->showMessage(n.title, n.body, n.critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
}

} // namespace backroom
