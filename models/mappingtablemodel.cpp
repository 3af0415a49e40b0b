#include "models/mappingtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

namespace backroom {

MappingTableModel::MappingTableModel(QString fromTitle, QString toTitle, QObject *parent)
    : QAbstractTableModel(parent), m_fromTitle(std::move(fromTitle)), m_toTitle(std::move(toTitle))
{
}

void MappingTableModel::setMap(const QMap<QString, QString> &map)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = map.begin(); it != map.end(); ++it)
        m_rows.append({it.key(), it.value()});
    endResetModel();
}

QMap<QString, QString> MappingTableModel::toMap() const
{
    QMap<QString, QString> out;
    for (const auto &r : m_rows) {
        if (!r.first.trimmed().isEmpty())
            out.insert(r.first.trimmed(), r.second.trimmed());
    }
    return out;
}

int MappingTableModel::addRow(const QString &from, const QString &to)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({from, to});
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void MappingTableModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        Q_EMIT edited();
}

int MappingTableModel::rowOf(const QString &from) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).first == from)
            return i;
    }
    return -1;
}

QStringList MappingTableModel::problems() const
{
    QStringList out;
    QSet<QString> seen;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString from = m_rows.at(i).first.trimmed();
        const QString to = m_rows.at(i).second.trimmed();
        if (from.isEmpty() && to.isEmpty())
            continue;
        if (from.isEmpty())
            out << tr("Row %1: the %2 is empty.").arg(i + 1).arg(m_fromTitle);
        else if (seen.contains(from))
            out << tr("Row %1: %2 \"%3\" appears twice.").arg(i + 1).arg(m_fromTitle, from);
        if (to.isEmpty())
            out << tr("Row %1: the %2 is empty.").arg(i + 1).arg(m_toTitle);
        else if (!m_allowed.isEmpty() && !m_allowed.contains(to))
            out << tr("Row %1: \"%2\" is not one of %3.").arg(i + 1).arg(to, m_allowed.join(QLatin1String(", ")));
        seen.insert(from);
    }
    return out;
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    const QString &v = index.column() == From ? r.first : r.second;
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return v;
    const bool refused = index.column() == To && !m_allowed.isEmpty() && !v.trimmed().isEmpty() && !m_allowed.contains(v.trimmed());
    if (role == Qt::BackgroundRole && (v.trimmed().isEmpty() || refused))
        return QBrush(QColor(0xff, 0xeb, 0xee));
    if (role == Qt::ToolTipRole && refused)
        return tr("Must be one of %1.").arg(m_allowed.join(QLatin1String(", ")));
    return {};
}

bool MappingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    auto &r = m_rows[index.row()];
    QString &v = index.column() == From ? r.first : r.second;
    const QString nv = value.toString();
    if (v == nv)
        return false;
    v = nv;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == From ? m_fromTitle : m_toTitle;
}

TextRowsModel::TextRowsModel(QStringList headers, QObject *parent) : QAbstractTableModel(parent), m_headers(std::move(headers)) {}

void TextRowsModel::setRows(const QList<QStringList> &rows, const QList<qint64> &ids)
{
    beginResetModel();
    m_rows = rows;
    m_ids = ids;
    endResetModel();
}

int TextRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).value(index.column());
    if (role == IdRole)
        return idAt(index.row());
    return {};
}

QVariant TextRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return m_headers.value(section);
}

} // namespace backroom
