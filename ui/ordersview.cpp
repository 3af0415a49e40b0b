#include "ui/ordersview.h"

#include "models/ordersmodel.h"
#include "ui/emptystate.h"
#include "ui/uiformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

namespace {
void setComboData(QComboBox *box, const QString &value)
{
    int i = box->findData(value);
    if (i < 0) {
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}
} // namespace

OrdersView::OrdersView(JournalReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_model(new OrdersModel(reader, this))
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_store(new QComboBox(this))
    , m_ageChip(new QLabel(this))
    , m_clearAge(new QPushButton(tr("Clear age filter"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("ordersView"));
    m_search->setObjectName(QStringLiteral("ordersSearch"));
    m_stage->setObjectName(QStringLiteral("ordersStage"));
    m_status->setObjectName(QStringLiteral("ordersStatus"));
    m_store->setObjectName(QStringLiteral("ordersStore"));
    m_ageChip->setObjectName(QStringLiteral("ordersAgeFilter"));
    m_clearAge->setObjectName(QStringLiteral("ordersClearAge"));
    m_count->setObjectName(QStringLiteral("ordersCount"));
    m_table->setObjectName(QStringLiteral("ordersTable"));

    m_search->setPlaceholderText(tr("Search by order number, e-mail or SKU"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_stage->addItem(tr("Any stage"), QString());
    for (const char *s : {"received", "posted", "confirmed", "exception", "skipped", "ignored"})
        m_stage->addItem(ui::stageText(QLatin1String(s)), QLatin1String(s));
    m_status->addItem(tr("Any status"), QString());
    const QList<std::pair<const char *, QString>> statuses{
        {"pending", tr("Pending payment")}, {"processing", tr("Processing")}, {"on-hold", tr("On hold")},
        {"completed", tr("Completed")},     {"cancelled", tr("Cancelled")},   {"refunded", tr("Refunded")},
        {"failed", tr("Failed")}};
    for (const auto &[key, text] : statuses)
        m_status->addItem(text, QLatin1String(key));
    m_store->addItem(tr("Any store"), QString());
    m_ageChip->setStyleSheet(QStringLiteral("background: palette(highlight); color: palette(highlighted-text); border-radius: 4px; padding: 2px 8px;"));
    m_ageChip->hide();
    m_clearAge->hide();

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    QHeaderView *h = m_table->horizontalHeader();
    h->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths{{OrdersModel::Number, 90},  {OrdersModel::Store, 90},  {OrdersModel::Status, 110},
                                            {OrdersModel::Stage, 200},  {OrdersModel::Email, 240}, {OrdersModel::Total, 100},
                                            {OrdersModel::Received, 160}};
    for (const auto &[col, w] : widths)
        m_table->setColumnWidth(col, w);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Orders"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_count);
    layout->addLayout(top);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_stage, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_store, 1);
    filters->addWidget(m_ageChip);
    filters->addWidget(m_clearAge);
    layout->addLayout(filters);
    m_empty = new EmptyState(m_table, QStringLiteral("ordersEmpty"), this);
    layout->addWidget(m_empty, 1);
    auto *hint = new QLabel(tr("Double-click an order to open its passport: every revision, attempt and command across the systems."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(hint);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(250));
    connect(&m_debounce, &QTimer::timeout, this, &OrdersView::applyControls);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersView::applyControls);
    for (QComboBox *box : {m_stage, m_status, m_store})
        connect(box, &QComboBox::currentIndexChanged, this, &OrdersView::applyControls);
    connect(m_clearAge, &QPushButton::clicked, this, [this] {
        m_minAgeS = m_maxAgeS = 0;
        applyControls();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 key = index.data(OrdersModel::OrderKeyRole).toLongLong();
        if (key > 0)
            Q_EMIT passportRequested(key);
    });
    connect(m_model, &OrdersModel::totalChanged, this, &OrdersView::updateState);
    connect(m_model, &OrdersModel::loadingChanged, this, &OrdersView::updateState);
    updateState();
}

OrderFilter OrdersView::filter() const
{
    return m_model->filter();
}

void OrdersView::setFilter(const OrderFilter &f)
{
    m_applying = true;
    m_search->setText(f.search);
    setComboData(m_stage, f.stage);
    setComboData(m_status, f.status);
    setComboData(m_store, f.store);
    m_minAgeS = f.minAgeS;
    m_maxAgeS = f.maxAgeS;
    m_applying = false;
    m_debounce.stop();
    applyControls();
}

void OrdersView::setStores(const QStringList &storeIds)
{
    for (const QString &id : storeIds) {
        if (m_store->findData(id) < 0)
            m_store->addItem(id, id);
    }
}

void OrdersView::refresh()
{
    m_model->refresh();
}

void OrdersView::applyControls()
{
    if (m_applying)
        return;
    OrderFilter f;
    f.search = m_search->text().trimmed();
    f.stage = m_stage->currentData().toString();
    f.status = m_status->currentData().toString();
    f.store = m_store->currentData().toString();
    f.minAgeS = m_minAgeS;
    f.maxAgeS = m_maxAgeS;
    const bool aged = f.minAgeS > 0 || f.maxAgeS > 0;
    if (aged) {
        m_ageChip->setText(f.maxAgeS > 0 ? tr("Received %1 to %2 ago").arg(ui::formatDuration(f.minAgeS), ui::formatDuration(f.maxAgeS))
                                         : tr("Received more than %1 ago").arg(ui::formatDuration(f.minAgeS)));
    }
    m_ageChip->setVisible(aged);
    m_clearAge->setVisible(aged);
    if (!(f == m_model->filter()))
        m_model->setFilter(f);
    updateState();
}

void OrdersView::updateState()
{
    const qint64 total = m_model->totalCount();
    if (m_model->isLoading())
        m_count->setText(tr("Loading…"));
    else
        m_count->setText(tr("%Ln order(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    const OrderFilter f = m_model->filter();
    const bool filtered = !(f == OrderFilter{});
    m_empty->setEmpty(!m_model->isLoading() && total == 0,
                      filtered ? tr("No orders match these filters.") : tr("No orders yet — they appear here as soon as the engine has polled the store."));
}

} // namespace backroom
