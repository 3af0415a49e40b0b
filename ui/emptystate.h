#pragma once

#include <QStackedWidget>

class QLabel;

namespace backroom {

// Shows either its content or a sentence that explains why there is nothing to show
// ("No exceptions — everything is flowing").
class EmptyState final : public QStackedWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    EmptyState(QWidget *content, const QString &objectName, QWidget *parent = nullptr);

    void setEmpty(bool empty, const QString &message = {});
    bool isEmpty() const;
    QString message() const;

private:
    QLabel *m_label;
};

} // namespace backroom
