#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace backroom {

class JournalReader;

// Edit-and-retry: the order payload the next attempt maps, as JSON, with validation and the
// field-level diff against the original. Accepting sends edit_retry (the engine audits the diff).
class PayloadEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadEditDialog)
public:
    PayloadEditDialog(JournalReader *reader, qint64 orderKey, qint64 wooId, const QString &number, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    QJsonObject edited() const { return m_edited; }
    QPlainTextEdit *editor() const { return m_editor; }
    QString problemText() const;
    QString diffText() const;
    bool canApply() const;

private:
    void onPayload(quint64 requestId, qint64 orderKey, const QByteArray &storeRevision, const QByteArray &effective);
    void validate();

    quint64 m_request = 0;
    qint64 m_wooId;
    bool m_loaded = false;
    QJsonObject m_original;
    QJsonObject m_edited;
    QLabel *m_source;
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPlainTextEdit *m_diff;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
};

} // namespace backroom
