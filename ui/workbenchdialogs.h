#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace backroom {

// Until when to hide the selected exceptions from the open queue (they come back when due).
class SnoozeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeDialog)
public:
    SnoozeDialog(int count, qint64 nowMs, QWidget *parent = nullptr);
    qint64 untilMs() const;

private:
    QComboBox *m_preset;
    QDateTimeEdit *m_until;
    qint64 m_nowMs;
};

// Who works on the selected exceptions ("" unassigns).
class AssignDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)
public:
    AssignDialog(int count, const QStringList &known, QWidget *parent = nullptr);
    QString assignee() const;

private:
    QLineEdit *m_who;
};

// A note on the selected exceptions, kept with them and in the order passport.
class NoteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)
public:
    NoteDialog(int count, QWidget *parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace backroom
