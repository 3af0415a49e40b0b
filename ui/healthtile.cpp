#include "ui/healthtile.h"

#include "ui/uiformat.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

namespace backroom {

HealthTile::HealthTile(const QString &connection, QWidget *parent)
    : QFrame(parent)
    , m_connection(connection)
    , m_title(new QLabel(ui::connectionTitle(connection), this))
    , m_badge(new QLabel(this))
    , m_lastSuccess(new QLabel(this))
    , m_errorRate(new QLabel(this))
    , m_throttled(new QLabel(tr("Throttled: the server asked us to slow down"), this))
    , m_lastError(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("healthTile_") + connection);
    m_badge->setObjectName(QStringLiteral("healthTileState"));
    m_lastError->setObjectName(QStringLiteral("healthTileLastError"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_badge->setMargin(3);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::NoTextInteraction);
    m_throttled->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_throttled->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *g = new QGridLayout(this);
    g->setContentsMargins(14, 10, 14, 10);
    g->addWidget(m_title, 0, 0);
    g->addWidget(m_badge, 0, 1, Qt::AlignRight);
    g->addWidget(m_lastSuccess, 1, 0, 1, 2);
    g->addWidget(m_errorRate, 2, 0, 1, 2);
    g->addWidget(m_throttled, 3, 0, 1, 2);
    g->addWidget(m_lastError, 4, 0, 1, 2);
    g->addWidget(m_hint, 5, 0, 1, 2);
    g->setColumnStretch(0, 1);
    g->setRowStretch(6, 1);
}

QString HealthTile::stateLabel() const
{
    return m_badge->text();
}

void HealthTile::setHealth(const ConnectionHealth &h, qint64 nowMs)
{
    m_state = h.state;
    const QColor c = ui::stateColor(h.state);
    m_badge->setText(ui::stateText(h.state));
    m_badge->setStyleSheet(QStringLiteral("background:%1; color:white; border-radius:4px; padding:2px 8px;").arg(c.name()));
    setStyleSheet(QStringLiteral("backroom--HealthTile { border: 1px solid palette(mid); border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(c.name()));
    m_lastSuccess->setText(tr("Last success: %1").arg(ui::formatAgo(h.lastSuccessMs, nowMs)));
    const int pct = int(h.errorRate * 100.0 + 0.5);
    m_errorRate->setText(tr("Failed requests (last 15 min): %1 %").arg(pct));
    m_errorRate->setStyleSheet(pct >= 10 ? QStringLiteral("color: #c62828;") : QString());
    m_throttled->setVisible(h.throttled);
    m_lastError->setVisible(!h.lastError.isEmpty() && h.state != QLatin1String("up"));
    m_lastError->setText(tr("Last error: %1").arg(h.lastError.left(220)));
    m_lastError->setToolTip(h.lastError);
    const bool red = h.state == QLatin1String("down") || h.state == QLatin1String("paused_auth")
                     || h.state == QLatin1String("circuit_open") || h.state == QLatin1String("degraded");
    m_hint->setText(red ? tr("Click to see the exceptions of %1").arg(ui::systemText(ui::connectionSystem(m_connection)))
                        : tr("Click to see its exceptions"));
}

void HealthTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_connection);
    QFrame::mouseReleaseEvent(event);
}

void HealthTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_connection);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace backroom
