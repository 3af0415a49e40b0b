#pragma once

#include "models/consolesnapshot.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace backroom {

class EmptyState;
class ExceptionSummary;
class ExceptionsModel;
class JournalReader;

// The exception queue: the dashboard (counts by cause, system and age, trend) and the list,
// with retry / resolve / skip sent as commands through the journal. The full workbench
// (grouping, bulk edits, snooze, notes) is a later issue.
class ExceptionsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionsView)
public:
    ExceptionsView(JournalReader *reader, QWidget *parent = nullptr);

    void applySnapshot(const ConsoleSnapshot &snapshot, qint64 rangeMs);
    // Filters: category "" = all; system "" = all ("woocommerce", "erp").
    void setCategory(const QString &category);
    void setSystem(const QString &system);
    void setOpenOnly(bool openOnly);
    QString system() const { return m_system; }
    void refresh();
    void selectException(qint64 id);

    // The actions on the selected rows (the buttons ask for the note or reason first).
    QList<qint64> selectedIds() const;
    void retrySelected();
    void resolveSelected(const QString &note, const QString &erpRef);
    void skipSelected(const QString &reason);

    ExceptionsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ExceptionSummary *summary() const { return m_summary; }

Q_SIGNALS:
    void passportRequested(qint64 orderKey);

private:
    void updateState();
    void onCommandQueued(qint64 id);
    void onCommandFinished(qint64 id, bool ok, const QString &result);

    JournalReader *m_reader;
    ExceptionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ExceptionSummary *m_summary;
    QComboBox *m_category;
    QComboBox *m_systemBox;
    QCheckBox *m_openOnly;
    QTableView *m_table;
    EmptyState *m_empty;
    QPushButton *m_retry;
    QPushButton *m_resolve;
    QPushButton *m_skip;
    QPushButton *m_passport;
    QLabel *m_feedback;
    QString m_system;
    qint64 m_pendingSelect = 0;
};

} // namespace backroom
