#include "ui/workbenchdialogs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace backroom {

namespace {
QDialogButtonBox *buttons(QDialog *d, const QString &okText)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    b->button(QDialogButtonBox::Ok)->setText(okText);
    b->button(QDialogButtonBox::Ok)->setDefault(true);
    QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}
} // namespace

SnoozeDialog::SnoozeDialog(int count, qint64 nowMs, QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_until(new QDateTimeEdit(this)), m_nowMs(nowMs)
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze %n exception(s)", nullptr, count));
    m_preset->setObjectName(QStringLiteral("snoozePreset"));
    m_until->setObjectName(QStringLiteral("snoozeUntil"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QDateTime tomorrow9(now.date().addDays(1), QTime(9, 0));
    m_preset->addItem(tr("1 hour"), now.addSecs(3600));
    m_preset->addItem(tr("4 hours"), now.addSecs(4 * 3600));
    m_preset->addItem(tr("Tomorrow 9:00"), tomorrow9);
    m_preset->addItem(tr("In a week"), now.addDays(7));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(now.addSecs(60));
    m_until->setDateTime(now.addSecs(3600));
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] { m_until->setDateTime(m_preset->currentData().toDateTime()); });
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Snoozed exceptions leave the open queue and come back by themselves when the time is due."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("For:"), m_preset);
    form->addRow(tr("Until:"), m_until);
    layout->addLayout(form);
    layout->addWidget(buttons(this, tr("Snooze")));
    m_preset->setFocus();
}

qint64 SnoozeDialog::untilMs() const { return m_until->dateTime().toMSecsSinceEpoch(); }

AssignDialog::AssignDialog(int count, const QStringList &known, QWidget *parent)
    : QDialog(parent), m_who(new QLineEdit(this))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign %n exception(s)", nullptr, count));
    m_who->setObjectName(QStringLiteral("assignWho"));
    QStringList names = known;
    const QString me = qEnvironmentVariable("USER");
    if (!me.isEmpty() && !names.contains(me))
        names.prepend(me);
    m_who->setCompleter(new QCompleter(names, m_who));
    m_who->setText(names.value(0));
    m_who->selectAll();
    m_who->setPlaceholderText(tr("empty: nobody"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Assign to:"), m_who);
    layout->addLayout(form);
    layout->addWidget(buttons(this, tr("Assign")));
    m_who->setFocus();
}

QString AssignDialog::assignee() const { return m_who->text().trimmed(); }

NoteDialog::NoteDialog(int count, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_buttons(buttons(this, tr("Add note")))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Note on %n exception(s)", nullptr, count));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The note is kept with the exception and shown in the order passport (Ctrl+Enter adds it)."), this));
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
    m_buttons->button(QDialogButtonBox::Ok)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_text->setFocus();
}

QString NoteDialog::text() const { return m_text->toPlainText().trimmed(); }

} // namespace backroom
