#pragma once

#include "models/consolesnapshot.h"
#include "sync/journal/workbenchtypes.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace backroom {

class EmptyState;
class ExceptionSummary;
class ExceptionsModel;
class JournalReader;
class WorkbenchFilterBar;

// The exception workbench: the dashboard (counts by cause, system and age, trend), exceptions
// grouped by cause ("SKU HOODIE-XL unmapped — 37 orders"), filters and saved filters, and the
// actions — retry (after a replay-safety preview), edit-and-retry, resolve, skip, snooze,
// assign, note — on a selection or a whole group, all from the keyboard. Every action is a
// command in the journal's queue, executed and audited by the engine.
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
    // The group shown (ExceptionFilter::groupCategory/groupKey); empty = every group.
    void selectGroup(int row);

    // The actions on the selected rows (the interactive ones ask first; these send directly).
    QList<qint64> selectedIds() const;
    QList<qint64> groupIds() const; // every exception of the current row's group
    void retrySelected();
    void retryIds(const QList<qint64> &ids);
    void resolveSelected(const QString &note, const QString &erpRef);
    void skipSelected(const QString &reason);
    void snoozeSelected(qint64 untilMs);
    void assignSelected(const QString &assignee);
    void noteSelected(const QString &text);

    ExceptionsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QListWidget *groups() const { return m_groups; }
    ExceptionSummary *summary() const { return m_summary; }
    WorkbenchFilterBar *filterBar() const { return m_filters; }
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    void passportRequested(qint64 orderKey);

private:
    void buildActions();
    void applyFilter();
    void updateGroups();
    void updateState();
    void onCommandQueued(qint64 id);
    void onCommandFinished(qint64 id, bool ok, const QString &result);
    // Interactive actions (exceptionsviewactions.cpp).
    void askRetry(const QList<qint64> &ids);
    void askEditRetry();
    void askResolve();
    void askSkip();
    void askSnooze();
    void askAssign();
    void askNote();
    void openPassport();
    void send(const QString &kind, QJsonObject args, const QList<qint64> &ids, const QString &feedback);

    JournalReader *m_reader;
    ExceptionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ExceptionSummary *m_summary;
    WorkbenchFilterBar *m_filters;
    QListWidget *m_groups;
    QTableView *m_table;
    EmptyState *m_empty;
    QList<QAction *> m_actions;
    QList<QPushButton *> m_buttons;
    QLabel *m_feedback;
    QLabel *m_capNote; // "Showing the 10,000 most recent of 12,345 …" when the list is cut short
    QString m_system;
    QString m_groupCategory;
    QString m_groupKey;
    qint64 m_pendingSelect = 0;
    bool m_updatingGroups = false;
};

} // namespace backroom
