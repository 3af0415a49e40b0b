#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

namespace backroom {

// One mapping table ("from" -> "to") as an editable two-column model. Rows keep the order
// the user gave them while editing; toMap() is what gets saved. Keys must be unique and
// non-empty, values non-empty: problems() lists what blocks saving.
class MappingTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTableModel)
public:
    enum Column { From, To, ColumnCount };

    MappingTableModel(QString fromTitle, QString toTitle, QObject *parent = nullptr);

    void setMap(const QMap<QString, QString> &map);
    QMap<QString, QString> toMap() const;
    // Values a "to" cell accepts (empty: any text).
    void setAllowedValues(const QStringList &values) { m_allowed = values; }

    int addRow(const QString &from = {}, const QString &to = {}); // returns the new row
    void removeRowsAt(QList<int> rows);
    int rowOf(const QString &from) const;                          // -1 when absent
    QStringList problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited(); // any change by the user

private:
    QString m_fromTitle, m_toTitle;
    QList<QPair<QString, QString>> m_rows;
    QStringList m_allowed;
};

// A read-only table of text rows with one id per row (findings, versions, audit entries,
// previews): the lists are small (a few thousand rows at most), sorted in a proxy.
class TextRowsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextRowsModel)
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TextRowsModel(QStringList headers, QObject *parent = nullptr);
    void setRows(const QList<QStringList> &rows, const QList<qint64> &ids = {});
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    QStringList rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_ids;
};

} // namespace backroom
