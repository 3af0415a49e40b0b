#pragma once

#include "models/journalreader.h"
#include "models/orderfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <list>

namespace backroom {

// The orders view over the journal, fast at 1,000,000 orders: rowCount() is the filtered count
// (one indexed COUNT on the reader thread), rows come in pages of kPageSize fetched around what
// the view asks for (keyset after a cached neighbour page, else indexed LIMIT/OFFSET) and kept
// in a small LRU. data() of a row not loaded yet returns a placeholder and asks for its page.
// Sorting and filtering run in SQL.
class OrdersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)
public:
    enum Column { Number, Store, Status, Stage, Email, Total, Received, ErpRef, ColumnCount };
    enum Role {
        OrderKeyRole = Qt::UserRole + 1, // qint64, 0 while the row is loading
        LoadedRole,                      // bool
        ReceivedMsRole,                  // qint64
        StageRole,                       // raw stage
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 16;

    explicit OrdersModel(JournalReader *reader, QObject *parent = nullptr);
    ~OrdersModel() override;

    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const;
    void sort(int column, Qt::SortOrder order) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 totalCount() const;
    bool isLoading() const { return m_resetRequest != 0; }
    // Reads the count and the first page again (after the journal changed).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stageText(const QString &stage); // translated

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void pageLoaded(int page, double elapsedMs); // for tests and the benchmark

private:
    void onFetched(quint64 requestId, const OrdersPage &page);
    void reload(bool hard);
    void want(int page) const;
    void dispatch() const;
    const OrderRow *row(int r) const;
    void touch(int page) const;

    JournalReader *m_reader;
    OrderFilter m_filter;
    int m_sortColumn = Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_total = 0;
    quint64 m_resetRequest = 0;                 // count + first page after a filter/sort change
    bool m_hardReset = false;                   // the pending reload changes the row set
    bool m_loadedOnce = false;
    bool m_totalAnnounced = false;
    mutable quint64 m_pageRequest = 0;          // the one page request in flight
    mutable int m_pageInFlight = -1;
    mutable QList<int> m_wanted;                // most recent last
    mutable QHash<int, QList<OrderRow>> m_pages;
    mutable std::list<int> m_lru;               // most recent first
};

} // namespace backroom
