#pragma once

#include <QFrame>

class QLabel;

namespace backroom {

// One number on a dashboard: a caption, the value, and a line of context.
class KpiCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)
public:
    KpiCard(const QString &objectName, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &context = {});
    void setAlert(bool alert);
    QString value() const;
    QString context() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_context;
};

} // namespace backroom
