#include "ui/kpicard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace backroom {

KpiCard::KpiCard(const QString &objectName, const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_context(new QLabel(this))
{
    setObjectName(objectName);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    // Preferred, not Fixed: the cards of a row take the row's height, so a caption that wraps
    // (German, French) does not leave its neighbours shorter.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    m_context->setWordWrap(true);
    m_context->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(12, 8, 12, 8);
    l->setSpacing(2);
    l->addWidget(m_caption);
    l->addWidget(m_value);
    l->addWidget(m_context);
    l->addStretch(1);
}

void KpiCard::setValue(const QString &value, const QString &context)
{
    m_value->setText(value);
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
}

void KpiCard::setAlert(bool alert)
{
    m_value->setStyleSheet(alert ? QStringLiteral("color: #c62828;") : QString());
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::context() const
{
    return m_context->text();
}

} // namespace backroom
