#include "ui/emptystate.h"

#include <QLabel>

namespace backroom {

EmptyState::EmptyState(QWidget *content, const QString &objectName, QWidget *parent)
    : QStackedWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(objectName);
    m_label->setObjectName(objectName + QStringLiteral("Message"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    QFont f = m_label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    m_label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    addWidget(content);
    addWidget(m_label);
}

void EmptyState::setEmpty(bool empty, const QString &message)
{
    if (!message.isEmpty())
        m_label->setText(message);
    setCurrentIndex(empty ? 1 : 0);
}

bool EmptyState::isEmpty() const
{
    return currentIndex() == 1;
}

QString EmptyState::message() const
{
    return isEmpty() ? m_label->text() : QString();
}

} // namespace backroom
