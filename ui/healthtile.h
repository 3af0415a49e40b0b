#pragma once

#include "models/consolesnapshot.h"

#include <QFrame>

class QLabel;

namespace backroom {

// One connection on the health dashboard: state, last success, error rate, throttling and
// the last error. A click (or Enter) asks for the exceptions of its system.
class HealthTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthTile)
public:
    explicit HealthTile(const QString &connection, QWidget *parent = nullptr);

    void setHealth(const ConnectionHealth &health, qint64 nowMs);
    QString connection() const { return m_connection; }
    QString state() const { return m_state; }
    QString stateLabel() const;

Q_SIGNALS:
    void activated(const QString &connection);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_connection;
    QString m_state;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_lastSuccess;
    QLabel *m_errorRate;
    QLabel *m_throttled;
    QLabel *m_lastError;
    QLabel *m_hint;
};

} // namespace backroom
