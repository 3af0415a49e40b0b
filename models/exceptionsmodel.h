#pragma once

#include "models/journalreader.h"

#include <QAbstractTableModel>

namespace backroom {

// Exceptions (open, or all), filtered by category in SQL. Small enough to sort in a proxy:
// SortRole gives raw values.
class ExceptionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionsModel)
public:
    enum Column { Id, Order, Category, Message, Hint, System, Age, Attempts, ColumnCount };
    enum Role {
        ExceptionIdRole = Qt::UserRole + 1,
        OrderKeyRole,
        GroupKeyRole,
        SortRole,          // raw value of the column (numbers as numbers)
        StateRole,         // open | resolved | skipped | retried
        CorrelationIdRole,
        CreatedMsRole,
    };

    explicit ExceptionsModel(JournalReader *reader, QObject *parent = nullptr);
    // category: "" for all, a full name ("transient.network") or a family ("transient").
    void setFilter(const QString &category, bool openOnly);
    QString category() const { return m_category; }
    bool openOnly() const { return m_openOnly; }
    void refresh();
    ExceptionRecord exceptionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    void onFetched(quint64 requestId, const QList<ExceptionRecord> &rows);

    JournalReader *m_reader;
    QString m_category;
    bool m_openOnly = true;
    quint64 m_request = 0;
    bool m_filterChanged = true;
    QList<ExceptionRecord> m_rows;
};

} // namespace backroom
