// The workbench's actions: keyboard shortcuts, the dialogs that ask what an action needs,
// and the commands they send.
#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "ui/commanddialog.h"
#include "ui/exceptionsview.h"
#include "ui/payloadeditdialog.h"
#include "ui/retrypreviewdialog.h"
#include "ui/workbenchdialogs.h"
#include "ui/workbenchfilterbar.h"

#include <QAction>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace backroom {

void ExceptionsView::buildActions()
{
    struct Spec {
        const char *name;
        QString text;
        QKeySequence key;
        QString tip;
        bool needsSelection;
        const char *button;
        std::function<void()> run;
    };
    const QList<Spec> specs = {
        {"wbRetry", tr("&Retry…"), QKeySequence(Qt::Key_R),
         tr("Send the selected orders again, after checking what the ERP already has"), true, "exceptionsRetry",
         [this] { askRetry(selectedIds()); }},
        {"wbRetryGroup", tr("Retry whole &group…"), QKeySequence(Qt::SHIFT | Qt::Key_R),
         tr("Retry every exception with the same cause as the current row"), true, "exceptionsRetryGroup",
         [this] { askRetry(groupIds()); }},
        {"wbEdit", tr("&Edit and retry…"), QKeySequence(Qt::Key_E),
         tr("Correct the order's payload, see the diff, and retry with it"), true, "exceptionsEdit", [this] { askEditRetry(); }},
        {"wbResolve", tr("Resol&ve by hand…"), QKeySequence(Qt::Key_V),
         tr("Mark as handled by hand, with a note and optionally the ERP document you created"), true, "exceptionsResolve",
         [this] { askResolve(); }},
        {"wbSkip", tr("S&kip…"), QKeySequence(Qt::Key_K), tr("Never send these orders to the ERP"), true, "exceptionsSkip",
         [this] { askSkip(); }},
        {"wbSnooze", tr("S&nooze…"), QKeySequence(Qt::Key_Z), tr("Hide from the open queue until a time; they come back when due"),
         true, "exceptionsSnooze", [this] { askSnooze(); }},
        {"wbAssign", tr("&Assign…"), QKeySequence(Qt::Key_A), tr("Give the selected exceptions to a person"), true,
         "exceptionsAssign", [this] { askAssign(); }},
        {"wbNote", tr("Add &note…"), QKeySequence(Qt::Key_N), tr("Write a note on the selected exceptions"), true,
         "exceptionsNote", [this] { askNote(); }},
        {"wbPassport", tr("Order &passport"), QKeySequence(Qt::Key_P), tr("The order's whole history (also Enter)"), true,
         "exceptionsPassport", [this] { openPassport(); }},
        {"wbFocusGroups", tr("Go to causes"), QKeySequence(Qt::Key_G), tr("Move to the list of causes"), false, nullptr,
         [this] { m_groups->setFocus(Qt::ShortcutFocusReason); }},
        {"wbFocusTable", tr("Go to exceptions"), QKeySequence(Qt::Key_L), tr("Move to the list of exceptions"), false, nullptr,
         [this] {
             m_table->setFocus(Qt::ShortcutFocusReason);
             // Focusing a view makes its first row current without selecting it: select it,
             // so the keys that act on the selection work at once.
             if (m_table->selectionModel()->selectedRows().isEmpty() && m_proxy->rowCount() > 0)
                 m_table->selectRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
         }},
        {"wbFocusFilters", tr("Go to filters"), QKeySequence(Qt::CTRL | Qt::Key_F), tr("Move to the filters"), false, nullptr,
         [this] { m_filters->focusFirst(); }},
        {"wbRefresh", tr("Refresh"), QKeySequence(Qt::Key_F5), tr("Read the journal again"), false, nullptr, [this] { refresh(); }},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(s.text, this);
        a->setObjectName(QLatin1String(s.name));
        a->setShortcut(s.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tr("%1 (%2)").arg(s.tip, s.key.toString(QKeySequence::NativeText)));
        a->setProperty("needsSelection", s.needsSelection);
        connect(a, &QAction::triggered, this, s.run);
        addAction(a);
        m_actions << a;
        if (s.button) {
            auto *b = new QPushButton(QString(s.text).remove(QLatin1Char('&')), this);
            b->setObjectName(QLatin1String(s.button));
            b->setToolTip(a->toolTip());
            b->setFocusPolicy(Qt::NoFocus); // the keys act on the list; the buttons are for the mouse
            connect(b, &QPushButton::clicked, a, &QAction::trigger);
            connect(a, &QAction::enabledChanged, b, &QPushButton::setEnabled);
            b->setEnabled(a->isEnabled());
            m_buttons << b;
        }
    }
}

QAction *ExceptionsView::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QList<qint64> ExceptionsView::groupIds() const
{
    QModelIndex current = m_table->currentIndex();
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!current.isValid() && !selected.isEmpty())
        current = selected.first();
    if (!current.isValid())
        return {};
    const ExceptionRecord here = m_model->exceptionAt(m_proxy->mapToSource(current).row());
    QList<qint64> ids;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ExceptionRecord e = m_model->exceptionAt(r);
        if (e.category == here.category && e.groupKey == here.groupKey && (!here.groupKey.isEmpty() || e.code == here.code))
            ids << e.id;
    }
    return ids;
}

void ExceptionsView::send(const QString &kind, QJsonObject args, const QList<qint64> &ids, const QString &feedback)
{
    if (ids.isEmpty())
        return;
    QJsonArray arr;
    for (qint64 id : ids)
        arr.append(id);
    args.insert(QStringLiteral("ids"), arr);
    m_reader->sendCommand(kind, args);
    m_feedback->setStyleSheet(QString());
    m_feedback->setText(feedback);
}

void ExceptionsView::retrySelected() { retryIds(selectedIds()); }

void ExceptionsView::retryIds(const QList<qint64> &ids)
{
    send(QStringLiteral("retry"), {}, ids, tr("Retry of %n exception(s) queued…", nullptr, int(ids.size())));
}

void ExceptionsView::resolveSelected(const QString &note, const QString &erpRef)
{
    const QList<qint64> ids = selectedIds();
    for (qint64 id : ids) {
        QJsonObject args{{QStringLiteral("id"), id}, {QStringLiteral("note"), note}};
        if (!erpRef.isEmpty())
            args.insert(QStringLiteral("erp_ref"), erpRef);
        m_reader->sendCommand(QStringLiteral("resolve"), args);
    }
    if (!ids.isEmpty())
        m_feedback->setText(tr("Resolve of %n exception(s) queued…", nullptr, int(ids.size())));
}

void ExceptionsView::skipSelected(const QString &reason)
{
    const QList<qint64> ids = selectedIds();
    for (qint64 id : ids)
        m_reader->sendCommand(QStringLiteral("skip"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    if (!ids.isEmpty())
        m_feedback->setText(tr("Skip of %n order(s) queued…", nullptr, int(ids.size())));
}

void ExceptionsView::snoozeSelected(qint64 untilMs)
{
    const QList<qint64> ids = selectedIds();
    send(QStringLiteral("snooze"), QJsonObject{{QStringLiteral("until_ms"), untilMs}}, ids,
         tr("Snooze of %n exception(s) queued…", nullptr, int(ids.size())));
}

void ExceptionsView::assignSelected(const QString &assignee)
{
    const QList<qint64> ids = selectedIds();
    send(QStringLiteral("assign"), QJsonObject{{QStringLiteral("assignee"), assignee}}, ids,
         tr("Assignment of %n exception(s) queued…", nullptr, int(ids.size())));
}

void ExceptionsView::noteSelected(const QString &text)
{
    const QList<qint64> ids = selectedIds();
    send(QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), text}}, ids,
         tr("Note on %n exception(s) queued…", nullptr, int(ids.size())));
}

void ExceptionsView::askRetry(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    RetryPreviewDialog dialog(m_reader, ids, this);
    if (dialog.exec() == QDialog::Accepted)
        retryIds(ids);
}

void ExceptionsView::askEditRetry()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_feedback->setText(tr("Edit and retry works on one order at a time: select one row."));
        return;
    }
    const ExceptionRecord e = m_model->exceptionAt(m_proxy->mapToSource(rows.first()).row());
    if (e.orderKey == 0) {
        m_feedback->setText(tr("This exception belongs to a connection: there is no order to edit."));
        return;
    }
    PayloadEditDialog dialog(m_reader, e.orderKey, e.wooId, e.number, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_reader->sendCommand(QStringLiteral("edit_retry"),
                              QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("payload"), dialog.edited()}});
        m_feedback->setText(tr("Edited order #%1 queued for retry…").arg(e.number));
    }
}

void ExceptionsView::askResolve()
{
    CommandDialog dialog(CommandDialog::Resolve, int(selectedIds().size()), this);
    if (dialog.exec() == QDialog::Accepted)
        resolveSelected(dialog.text(), dialog.erpRef());
}

void ExceptionsView::askSkip()
{
    CommandDialog dialog(CommandDialog::Skip, int(selectedIds().size()), this);
    if (dialog.exec() == QDialog::Accepted)
        skipSelected(dialog.text());
}

void ExceptionsView::askSnooze()
{
    SnoozeDialog dialog(int(selectedIds().size()), QDateTime::currentMSecsSinceEpoch(), this);
    if (dialog.exec() == QDialog::Accepted)
        snoozeSelected(dialog.untilMs());
}

void ExceptionsView::askAssign()
{
    QStringList known;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString a = m_model->exceptionAt(r).assignee;
        if (!a.isEmpty() && !known.contains(a))
            known << a;
    }
    AssignDialog dialog(int(selectedIds().size()), known, this);
    if (dialog.exec() == QDialog::Accepted)
        assignSelected(dialog.assignee());
}

void ExceptionsView::askNote()
{
    NoteDialog dialog(int(selectedIds().size()), this);
    if (dialog.exec() == QDialog::Accepted)
        noteSelected(dialog.text());
}

void ExceptionsView::openPassport()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex i = rows.isEmpty() ? m_table->currentIndex() : rows.first();
    const qint64 key = i.data(ExceptionsModel::OrderKeyRole).toLongLong();
    if (key > 0)
        Q_EMIT passportRequested(key);
}

} // namespace backroom
