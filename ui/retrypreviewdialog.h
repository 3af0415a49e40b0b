#pragma once

#include "sync/engine/retrypreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace backroom {

class JournalReader;

// Replay safety: before a retry, what it will do per order. The engine asks the ERP for a sales
// order with each order's reference (command preview_retry); the dialog shows the answer and
// retries only when the person confirms.
class RetryPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryPreviewDialog)
public:
    RetryPreviewDialog(JournalReader *reader, const QList<qint64> &ids, QWidget *parent = nullptr);

    bool answered() const { return m_answered; }
    const QList<RetryPreviewItem> &items() const { return m_items; }
    QString summaryText() const;
    QTableWidget *table() const { return m_table; }

private:
    void onQueued(quint64 requestId, qint64 commandId);
    void onFinished(qint64 commandId, bool ok, const QString &result);
    void show(const QList<RetryPreviewItem> &items);

    quint64 m_request = 0;
    qint64 m_command = 0;
    int m_count = 0;
    bool m_answered = false;
    QList<RetryPreviewItem> m_items;
    QLabel *m_summary;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace backroom
