#include "ui/exceptionsview.h"

#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "ui/emptystate.h"
#include "ui/exceptionsummary.h"
#include "ui/uiformat.h"
#include "ui/workbenchfilterbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

namespace {
// Shows a taxonomy name ("mapping", "erp") as the words of the summary above ("Missing
// mapping", "ERPNext"); the model keeps the raw value for sorting, filters and commands.
class NameDelegate final : public QStyledItemDelegate {
public:
    NameDelegate(QString (*text)(const QString &), QObject *parent)
        : QStyledItemDelegate(parent)
        , m_text(text)
    {
    }
    QString displayText(const QVariant &value, const QLocale &) const override { return m_text(value.toString()); }

private:
    QString (*m_text)(const QString &);
};
} // namespace

ExceptionsView::ExceptionsView(JournalReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new ExceptionsModel(reader, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new ExceptionSummary(this))
    , m_filters(new WorkbenchFilterBar(this))
    , m_groups(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_feedback(new QLabel(this))
    , m_capNote(new QLabel(this))
{
    setObjectName(QStringLiteral("exceptionsView"));
    m_groups->setObjectName(QStringLiteral("exceptionsGroups"));
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_feedback->setObjectName(QStringLiteral("exceptionsFeedback"));
    m_feedback->setWordWrap(true);
    m_capNote->setObjectName(QStringLiteral("exceptionsCapNote"));
    m_capNote->setWordWrap(true);
    m_capNote->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_capNote->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExceptionsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExceptionsModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(ExceptionsModel::Category, new NameDelegate(&ui::categoryText, m_table));
    m_table->setItemDelegateForColumn(ExceptionsModel::System, new NameDelegate(&ui::systemText, m_table));
    m_groups->setToolTip(tr("Exceptions grouped by cause (G). Pick a group to work on it; Shift+R retries all of it."));
    m_groups->setMinimumWidth(240);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Exceptions"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_filters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *groupsBox = new QWidget(split);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupsLabel = new QLabel(tr("Causes"), groupsBox);
    groupsLabel->setBuddy(m_groups);
    groupsLayout->addWidget(groupsLabel);
    groupsLayout->addWidget(m_groups);
    split->addWidget(groupsBox);
    m_empty = new EmptyState(m_table, QStringLiteral("exceptionsEmpty"), split);
    split->addWidget(m_empty);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(m_capNote);
    layout->addWidget(split, 1);

    buildActions();
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : std::as_const(m_buttons))
        actions->addWidget(b);
    actions->addWidget(m_feedback, 1);
    layout->addLayout(actions);

    connect(m_filters, &WorkbenchFilterBar::changed, this, [this] {
        m_system = m_filters->filter().system;
        applyFilter();
    });
    connect(m_filters, &WorkbenchFilterBar::saveRequested, this, [this](const QString &name) {
        m_reader->saveFilter(name, m_filters->filter());
        m_reader->fetchSavedFilters();
        m_feedback->setText(tr("Filter \"%1\" saved.").arg(name));
    });
    connect(m_filters, &WorkbenchFilterBar::deleteRequested, this, [this](const QString &name) {
        m_reader->deleteFilter(name);
        m_reader->fetchSavedFilters();
    });
    connect(reader, &JournalReader::savedFiltersFetched, this,
            [this](quint64, const QList<SavedFilter> &filters) { m_filters->setSavedFilters(filters); });
    connect(m_summary, &ExceptionSummary::categoryClicked, this, &ExceptionsView::setCategory);
    connect(m_summary, &ExceptionSummary::systemClicked, this, &ExceptionsView::setSystem);
    connect(m_groups, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updatingGroups)
            selectGroup(row);
    });
    connect(m_model, &ExceptionsModel::loaded, this, [this] {
        updateGroups();
        updateState();
        if (m_pendingSelect)
            selectException(m_pendingSelect);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExceptionsView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExceptionsView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExceptionsView::updateState);
    connect(m_table, &QTableView::activated, this, &ExceptionsView::openPassport);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : std::as_const(m_actions)) {
            if (a->objectName().startsWith(QLatin1String("wbFocus")))
                continue;
            menu.addAction(a);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(reader, &JournalReader::commandQueued, this, &ExceptionsView::onCommandQueued);
    connect(reader, &JournalReader::commandFinished, this, &ExceptionsView::onCommandFinished);
    reader->fetchSavedFilters();
    applyFilter();
}

void ExceptionsView::applySnapshot(const ConsoleSnapshot &snapshot, qint64 rangeMs)
{
    m_summary->applySnapshot(snapshot, rangeMs);
}

void ExceptionsView::applyFilter()
{
    ExceptionFilter f = m_filters->filter();
    f.groupCategory = m_groupCategory;
    f.groupKey = m_groupKey;
    m_model->setWorkbenchFilter(f);
}

void ExceptionsView::setCategory(const QString &category) { m_filters->setCategory(category); }

void ExceptionsView::setSystem(const QString &system)
{
    m_system = system;
    m_filters->setSystem(system);
}

void ExceptionsView::setOpenOnly(bool openOnly) { m_filters->setState(openOnly ? QStringLiteral("open") : QStringLiteral("all")); }

void ExceptionsView::refresh() { m_model->refresh(); }

void ExceptionsView::updateGroups()
{
    m_updatingGroups = true;
    m_groups->clear();
    int total = 0;
    for (const ExceptionGroup &g : m_model->groups())
        total += g.count;
    auto *all = new QListWidgetItem(total == 1 ? tr("All causes — 1 exception") : tr("All causes — %1 exceptions").arg(total), m_groups);
    all->setData(Qt::UserRole, QString());
    int current = 0;
    for (const ExceptionGroup &g : m_model->groups()) {
        auto *item = new QListWidgetItem(ExceptionsModel::groupLabel(g), m_groups);
        const QString key = ExceptionsModel::groupFilterKey(g);
        item->setData(Qt::UserRole, g.category);
        item->setData(Qt::UserRole + 1, key);
        item->setToolTip(g.sample);
        if (g.category == m_groupCategory && key == m_groupKey)
            current = m_groups->count() - 1;
    }
    m_groups->setCurrentRow(current);
    m_updatingGroups = false;
}

void ExceptionsView::selectGroup(int row)
{
    QListWidgetItem *item = m_groups->item(row);
    const QString category = item ? item->data(Qt::UserRole).toString() : QString();
    const QString key = item ? item->data(Qt::UserRole + 1).toString() : QString();
    if (category == m_groupCategory && key == m_groupKey)
        return;
    m_groupCategory = category;
    m_groupKey = key;
    applyFilter();
}

void ExceptionsView::selectException(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(ExceptionsModel::ExceptionIdRole).toLongLong() == id) {
            m_table->selectRow(r);
            m_table->scrollTo(i);
            m_pendingSelect = 0;
            return;
        }
    }
    m_pendingSelect = id;
}

QList<qint64> ExceptionsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(ExceptionsModel::ExceptionIdRole).toLongLong());
    return ids;
}

void ExceptionsView::onCommandQueued(qint64 id)
{
    if (m_feedback->text().isEmpty())
        m_feedback->setText(tr("Command %1 queued; the engine runs it within a second.").arg(id));
}

void ExceptionsView::onCommandFinished(qint64 id, bool ok, const QString &result)
{
    if (result.startsWith(QLatin1Char('{')))
        return; // a retry preview: its dialog shows it
    m_feedback->setText(ok ? tr("Command %1 done: %2").arg(id).arg(result) : tr("Command %1 failed: %2").arg(id).arg(result));
    m_feedback->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_model->refresh();
}

void ExceptionsView::updateState()
{
    const bool any = !selectedIds().isEmpty();
    for (QAction *a : std::as_const(m_actions)) {
        if (a->property("needsSelection").toBool())
            a->setEnabled(any || (a->objectName() == QLatin1String("wbRetryGroup") && m_table->currentIndex().isValid()));
    }
    const ExceptionFilter f = m_filters->filter();
    const bool filtered = !f.system.isEmpty() || !f.category.isEmpty() || !f.store.isEmpty() || f.minAgeS || f.maxAgeS
        || !f.assignee.isEmpty() || f.state != QLatin1String("open") || !m_groupKey.isEmpty();
    if (m_model->isTruncated()) {
        const QLocale locale;
        m_capNote->setText(tr("Showing the %1 most recent of %2 exceptions — narrow the filter (cause, system, store, age) "
                              "to see the others.")
                               .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->matchingCount())));
    }
    m_capNote->setVisible(m_model->isTruncated());
    if (m_proxy->rowCount() == 0) {
        m_empty->setEmpty(true, filtered ? tr("No exceptions match this filter — clear it to see all of them.")
                                         : tr("No exceptions — everything is flowing."));
    } else {
        m_empty->setEmpty(false);
        if (m_table->columnWidth(ExceptionsModel::Message) < 200) {
            m_table->resizeColumnsToContents();
            m_table->setColumnWidth(ExceptionsModel::Message, 340);
            m_table->setColumnWidth(ExceptionsModel::Hint, 280);
        }
    }
}

} // namespace backroom
