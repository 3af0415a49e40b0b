#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace backroom {

// Asks for what a resolve or skip command needs: a note or reason (required) and, for
// resolve, the ERP document created by hand (optional).
class CommandDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandDialog)
public:
    enum Kind { Resolve, Skip };
    CommandDialog(Kind kind, int count, QWidget *parent = nullptr);

    QString text() const;
    QString erpRef() const;

private:
    void updateOk();

    QPlainTextEdit *m_text;
    QLineEdit *m_erpRef = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace backroom
