#include "ui/commanddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace backroom {

CommandDialog::CommandDialog(Kind kind, int count, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("commandDialog"));
    m_text->setObjectName(QStringLiteral("commandText"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (kind == Resolve) {
        setWindowTitle(tr("Resolve %n exception(s) by hand", nullptr, count));
        auto *intro = new QLabel(tr("Say what was done, for the audit log. If you created the sales order in the ERP yourself, enter its name so the order is linked and never sent again."), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        form->addRow(tr("Note (required):"), m_text);
        m_erpRef = new QLineEdit(this);
        m_erpRef->setObjectName(QStringLiteral("commandErpRef"));
        m_erpRef->setPlaceholderText(tr("e.g. SAL-ORD-2026-00042 (optional)"));
        form->addRow(tr("ERP document:"), m_erpRef);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve"));
    } else {
        setWindowTitle(tr("Skip %n order(s)", nullptr, count));
        auto *intro = new QLabel(tr("Skipped orders are never sent to the ERP. Say why, for the audit log."), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        form->addRow(tr("Reason (required):"), m_text);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Skip"));
    }
    m_text->setMinimumHeight(70);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommandDialog::updateOk);
    updateOk();
    resize(480, sizeHint().height());
}

void CommandDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

QString CommandDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString CommandDialog::erpRef() const
{
    return m_erpRef ? m_erpRef->text().trimmed() : QString();
}

} // namespace backroom
