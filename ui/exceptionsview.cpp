#include "ui/exceptionsview.h"

#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "ui/commanddialog.h"
#include "ui/emptystate.h"
#include "ui/exceptionsummary.h"
#include "ui/uiformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

namespace {
const char *const kCategories[] = {"transient.network", "transient.throttled", "transient.remote", "auth", "validation",
                                   "mapping", "business", "conflict", "internal"};
}

ExceptionsView::ExceptionsView(JournalReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new ExceptionsModel(reader, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new ExceptionSummary(this))
    , m_category(new QComboBox(this))
    , m_systemBox(new QComboBox(this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_resolve(new QPushButton(tr("Resolve…"), this))
    , m_skip(new QPushButton(tr("Skip…"), this))
    , m_passport(new QPushButton(tr("Order passport"), this))
    , m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("exceptionsView"));
    m_category->setObjectName(QStringLiteral("exceptionsCategory"));
    m_systemBox->setObjectName(QStringLiteral("exceptionsSystem"));
    m_openOnly->setObjectName(QStringLiteral("exceptionsOpenOnly"));
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_retry->setObjectName(QStringLiteral("exceptionsRetry"));
    m_resolve->setObjectName(QStringLiteral("exceptionsResolve"));
    m_skip->setObjectName(QStringLiteral("exceptionsSkip"));
    m_passport->setObjectName(QStringLiteral("exceptionsPassport"));
    m_feedback->setObjectName(QStringLiteral("exceptionsFeedback"));
    m_feedback->setWordWrap(true);

    m_category->addItem(tr("All causes"), QString());
    for (const char *c : kCategories)
        m_category->addItem(ui::categoryText(QLatin1String(c)), QLatin1String(c));
    m_systemBox->addItem(tr("All systems"), QString());
    for (const char *s : {"woocommerce", "erp", "helpdesk"})
        m_systemBox->addItem(ui::systemText(QLatin1String(s)), QLatin1String(s));
    m_openOnly->setChecked(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExceptionsModel::SortRole);
    m_proxy->setFilterKeyColumn(ExceptionsModel::System);
    m_proxy->setFilterRole(ExceptionsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExceptionsModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Exceptions"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);
    layout->addWidget(m_summary);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Cause:"), this));
    filters->addWidget(m_category);
    filters->addWidget(new QLabel(tr("System:"), this));
    filters->addWidget(m_systemBox);
    filters->addWidget(m_openOnly);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_empty = new EmptyState(m_table, QStringLiteral("exceptionsEmpty"), this);
    layout->addWidget(m_empty, 1);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_retry, m_resolve, m_skip, m_passport})
        actions->addWidget(b);
    actions->addWidget(m_feedback, 1);
    layout->addLayout(actions);
    m_retry->setToolTip(tr("Send the selected orders again (the ERP is searched first, so nothing is created twice)"));
    m_resolve->setToolTip(tr("Mark as handled by hand, with a note and optionally the ERP document you created"));
    m_skip->setToolTip(tr("Never send these orders to the ERP"));

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(m_category->currentData().toString(), m_openOnly->isChecked());
    });
    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setFilter(m_category->currentData().toString(), on);
    });
    connect(m_systemBox, &QComboBox::currentIndexChanged, this, [this] { setSystem(m_systemBox->currentData().toString()); });
    connect(m_summary, &ExceptionSummary::categoryClicked, this, &ExceptionsView::setCategory);
    connect(m_summary, &ExceptionSummary::systemClicked, this, &ExceptionsView::setSystem);
    connect(m_model, &ExceptionsModel::loaded, this, [this] {
        updateState();
        if (m_pendingSelect)
            selectException(m_pendingSelect);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExceptionsView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExceptionsView::updateState);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 key = index.data(ExceptionsModel::OrderKeyRole).toLongLong();
        if (key > 0)
            Q_EMIT passportRequested(key);
    });
    connect(m_retry, &QPushButton::clicked, this, &ExceptionsView::retrySelected);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        CommandDialog dialog(CommandDialog::Resolve, int(selectedIds().size()), this);
        if (dialog.exec() == QDialog::Accepted)
            resolveSelected(dialog.text(), dialog.erpRef());
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        CommandDialog dialog(CommandDialog::Skip, int(selectedIds().size()), this);
        if (dialog.exec() == QDialog::Accepted)
            skipSelected(dialog.text());
    });
    connect(m_passport, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            const qint64 key = rows.first().data(ExceptionsModel::OrderKeyRole).toLongLong();
            if (key > 0)
                Q_EMIT passportRequested(key);
        }
    });
    connect(reader, &JournalReader::commandQueued, this, &ExceptionsView::onCommandQueued);
    connect(reader, &JournalReader::commandFinished, this, &ExceptionsView::onCommandFinished);
    updateState();
}

void ExceptionsView::applySnapshot(const ConsoleSnapshot &snapshot, qint64 rangeMs)
{
    m_summary->applySnapshot(snapshot, rangeMs);
}

void ExceptionsView::setCategory(const QString &category)
{
    const int i = m_category->findData(category);
    if (i >= 0) {
        m_category->setCurrentIndex(i);
    } else {
        m_category->addItem(ui::categoryText(category), category);
        m_category->setCurrentIndex(m_category->count() - 1);
    }
}

void ExceptionsView::setSystem(const QString &system)
{
    m_system = system;
    const int i = m_systemBox->findData(system);
    if (i >= 0 && m_systemBox->currentIndex() != i)
        m_systemBox->setCurrentIndex(i);
    m_proxy->setFilterRegularExpression(system.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(system)));
    updateState();
}

void ExceptionsView::setOpenOnly(bool openOnly)
{
    m_openOnly->setChecked(openOnly);
}

void ExceptionsView::refresh()
{
    m_model->refresh();
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

void ExceptionsView::retrySelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QJsonArray arr;
    for (qint64 id : ids)
        arr.append(id);
    m_reader->sendCommand(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), arr}});
    m_feedback->setText(tr("Retry of %n exception(s) queued…", nullptr, int(ids.size())));
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

void ExceptionsView::onCommandQueued(qint64 id)
{
    m_feedback->setText(tr("Command %1 queued; the engine runs it within a second.").arg(id));
}

void ExceptionsView::onCommandFinished(qint64 id, bool ok, const QString &result)
{
    m_feedback->setText(ok ? tr("Command %1 done: %2").arg(id).arg(result) : tr("Command %1 failed: %2").arg(id).arg(result));
    m_feedback->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_model->refresh();
}

void ExceptionsView::updateState()
{
    const bool any = !selectedIds().isEmpty();
    for (QPushButton *b : {m_retry, m_resolve, m_skip, m_passport})
        b->setEnabled(any);
    const bool filtered = !m_system.isEmpty() || !m_category->currentData().toString().isEmpty();
    if (m_proxy->rowCount() == 0) {
        m_empty->setEmpty(true, filtered ? tr("No exceptions match this filter — clear it to see all of them.")
                                         : tr("No exceptions — everything is flowing."));
    } else {
        m_empty->setEmpty(false);
        if (m_table->columnWidth(ExceptionsModel::Message) < 200) {
            m_table->resizeColumnsToContents();
            m_table->setColumnWidth(ExceptionsModel::Message, 360);
            m_table->setColumnWidth(ExceptionsModel::Hint, 320);
        }
    }
}

} // namespace backroom
