#include "models/ordersmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace backroom {

OrdersModel::OrdersModel(JournalReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(m_reader, &JournalReader::ordersFetched, this, &OrdersModel::onFetched);
    reload(true);
}

OrdersModel::~OrdersModel() = default;

void OrdersModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter && m_loadedOnce)
        return;
    m_filter = filter;
    reload(true);
}

OrderFilter OrdersModel::filter() const { return m_filter; }

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(true);
}

qint64 OrdersModel::totalCount() const { return m_total; }

void OrdersModel::refresh() { reload(m_hardReset || !m_loadedOnce); }

void OrdersModel::reload(bool hard)
{
    const bool wasLoading = isLoading();
    m_hardReset = m_hardReset || hard;
    m_resetRequest = m_reader->fetchOrders(m_filter, m_sortColumn, m_sortOrder, 0, kPageSize, true);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int OrdersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void OrdersModel::touch(int page) const
{
    if (!m_lru.empty() && m_lru.front() == page)
        return;
    m_lru.remove(page);
    m_lru.push_front(page);
}

const OrderRow *OrdersModel::row(int r) const
{
    const int page = r / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        want(page);
        return nullptr;
    }
    touch(page);
    const int i = r % kPageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

void OrdersModel::want(int page) const
{
    if (page == m_pageInFlight)
        return;
    m_wanted.removeAll(page);
    m_wanted.append(page);
    while (m_wanted.size() > 4) // a fast scroll only needs where it ended
        m_wanted.removeFirst();
    dispatch();
}

void OrdersModel::dispatch() const
{
    if (m_resetRequest != 0 || m_pageRequest != 0)
        return;
    while (!m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_pages.contains(page) || qint64(page) * kPageSize >= m_total)
            continue;
        std::optional<OrderRow> after;
        const auto prev = m_pages.constFind(page - 1);
        if (prev != m_pages.constEnd() && prev->size() == kPageSize)
            after = prev->constLast(); // keyset: continue after the cached neighbour
        m_pageInFlight = page;
        m_pageRequest = m_reader->fetchOrders(m_filter, m_sortColumn, m_sortOrder, qint64(page) * kPageSize, kPageSize,
                                              false, after);
        return;
    }
}

void OrdersModel::onFetched(quint64 requestId, const OrdersPage &page)
{
    if (requestId == m_resetRequest) {
        m_resetRequest = 0;
        const qint64 oldTotal = m_total;
        const qint64 newTotal = std::max<qint64>(0, page.total);
        if (m_hardReset) {
            beginResetModel();
            m_total = newTotal;
            m_pages.clear();
            m_lru.clear();
            m_wanted.clear();
            m_pages.insert(0, page.rows);
            m_lru.push_front(0);
            endResetModel();
        } else {
            // The journal changed under the same filter: keep the view where it is.
            m_pages.clear();
            m_lru.clear();
            m_pages.insert(0, page.rows);
            m_lru.push_front(0);
            if (newTotal > oldTotal) {
                beginInsertRows({}, rowCount(), int(std::min<qint64>(newTotal, std::numeric_limits<int>::max()) - 1));
                m_total = newTotal;
                endInsertRows();
            } else if (newTotal < oldTotal) {
                beginRemoveRows({}, int(newTotal), rowCount() - 1);
                m_total = newTotal;
                endRemoveRows();
            }
            if (m_total > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        m_hardReset = false;
        m_loadedOnce = true;
        m_pageRequest = 0;
        m_pageInFlight = -1;
        if (oldTotal != m_total || !m_totalAnnounced)
            Q_EMIT totalChanged(m_total);
        m_totalAnnounced = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded(0, page.elapsedMs);
        dispatch();
        return;
    }
    if (requestId != m_pageRequest)
        return; // from before a filter or sort change
    m_pageRequest = 0;
    const int p = int(page.offset / kPageSize);
    m_pageInFlight = -1;
    m_pages.insert(p, page.rows);
    touch(p);
    while (int(m_lru.size()) > kCachedPages) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
    const int first = p * kPageSize;
    const int last = std::min(rowCount() - 1, first + kPageSize - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(p, page.elapsedMs);
    dispatch();
}

QString OrdersModel::stageText(const QString &stage)
{
    if (stage == QLatin1String(Stage::Received))
        return tr("Received");
    if (stage == QLatin1String(Stage::Posted))
        return tr("Posted");
    if (stage == QLatin1String(Stage::Confirmed))
        return tr("Confirmed");
    if (stage == QLatin1String(Stage::Fulfilled))
        return tr("Fulfilled");
    if (stage == QLatin1String(Stage::Cancelled))
        return tr("Cancelled");
    if (stage == QLatin1String(Stage::Refunded))
        return tr("Refunded");
    if (stage == QLatin1String(Stage::Exception))
        return tr("Exception");
    if (stage == QLatin1String(Stage::Skipped))
        return tr("Skipped");
    if (stage == QLatin1String(Stage::Ignored))
        return tr("Not synced");
    return stage;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool wantsRow = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == OrderKeyRole
        || role == LoadedRole || role == ReceivedMsRole || role == StageRole;
    if (!wantsRow) {
        if (role == Qt::TextAlignmentRole && index.column() == Total)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    const OrderRow *r = row(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == OrderKeyRole)
            return qint64(0);
        if (role == Qt::DisplayRole && index.column() == Number)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case OrderKeyRole: return r->key;
    case LoadedRole: return true;
    case ReceivedMsRole: return r->receivedMs;
    case StageRole: return r->stage;
    case Qt::ToolTipRole:
        return tr("Order %1 from store %2 (WooCommerce id %3)").arg(r->number, r->store).arg(r->wooId);
    default: break;
    }
    switch (Column(index.column())) {
    case Number: return r->number;
    case Store: return r->store;
    case Status: return r->status;
    case Stage: return stageText(r->stage);
    case Email: return r->email;
    case Total: return r->currency.isEmpty() ? r->total : tr("%1 %2").arg(r->total, r->currency);
    case Received: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->receivedMs), QLocale::ShortFormat);
    case ErpRef: return r->erpRef;
    case ColumnCount: break;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number: return tr("Order");
    case Store: return tr("Store");
    case Status: return tr("Status");
    case Stage: return tr("Stage");
    case Email: return tr("E-mail");
    case Total: return tr("Total");
    case Received: return tr("Received");
    case ErpRef: return tr("ERP reference");
    case ColumnCount: break;
    }
    return {};
}

} // namespace backroom
