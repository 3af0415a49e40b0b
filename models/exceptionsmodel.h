#pragma once

#include "models/journalreader.h"

#include <QAbstractTableModel>

namespace backroom {

// Exceptions under a workbench filter (category, system, store, age, assignee, state, group),
// filtered in SQL, plus the groups by cause under the same filter. At most rowLimit() rows, the
// most recent: small enough to sort in a proxy (SortRole gives raw values). matchingCount() is
// how many match, so a view can say when the list is cut short.
class ExceptionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionsModel)
public:
    enum Column { Id, Order, Category, Message, Hint, System, Age, Attempts, Assignee, ColumnCount };
    enum Role {
        ExceptionIdRole = Qt::UserRole + 1,
        OrderKeyRole,
        GroupKeyRole,
        SortRole,          // raw value of the column (numbers as numbers)
        StateRole,         // open | resolved | skipped | retried
        CorrelationIdRole,
        CreatedMsRole,
        AssigneeRole,
        SnoozedUntilRole,
        NoteCountRole,
    };

    static constexpr int kDefaultRowLimit = 10000;

    explicit ExceptionsModel(JournalReader *reader, QObject *parent = nullptr);
    int rowLimit() const { return m_rowLimit; }
    void setRowLimit(int limit); // refreshes
    // How many exceptions match the filter (the list holds the rowLimit() most recent of them).
    int matchingCount() const;
    bool isTruncated() const { return rowCount() < matchingCount(); }
    // category: "" for all, a full name ("transient.network") or a family ("transient").
    void setFilter(const QString &category, bool openOnly);
    QString category() const { return m_filter.category; }
    bool openOnly() const { return m_filter.state == QLatin1String("open"); }
    void setWorkbenchFilter(const ExceptionFilter &filter);
    const ExceptionFilter &workbenchFilter() const { return m_filter; }
    // Causes under the filter (ignoring its group), largest first.
    const QList<ExceptionGroup> &groups() const { return m_groups; }
    // "SKU HOODIE-XL unmapped — 37 orders"
    static QString groupLabel(const ExceptionGroup &group);
    static QString groupFilterKey(const ExceptionGroup &group); // ExceptionFilter::groupKey for it
    void refresh();
    ExceptionRecord exceptionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    void onFetched(quint64 requestId, const QList<ExceptionRecord> &rows, const QList<ExceptionGroup> &groups);

    JournalReader *m_reader;
    ExceptionFilter m_filter;
    QList<ExceptionGroup> m_groups;
    quint64 m_request = 0;
    int m_rowLimit = kDefaultRowLimit;
    bool m_filterChanged = true;
    QList<ExceptionRecord> m_rows;
};

} // namespace backroom
