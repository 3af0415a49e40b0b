#include "models/connectionsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace backroom {

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionsModel::setConnections(const QList<ConnectionHealth> &connections)
{
    bool sameNames = connections.size() == m_rows.size();
    for (int i = 0; sameNames && i < connections.size(); ++i)
        sameNames = connections.at(i).name == m_rows.at(i).name;
    if (!sameNames) {
        beginResetModel();
        m_rows = connections;
        endResetModel();
        return;
    }
    for (int i = 0; i < connections.size(); ++i) {
        const ConnectionHealth &a = m_rows.at(i);
        const ConnectionHealth &b = connections.at(i);
        if (a.state == b.state && a.lastSuccessMs == b.lastSuccessMs && a.lastError == b.lastError
            && a.errorRate == b.errorRate && a.throttled == b.throttled)
            continue;
        m_rows[i] = b;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ConnectionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ConnectionsModel::stateText(const QString &state)
{
    if (state == QLatin1String("up"))
        return tr("Up");
    if (state == QLatin1String("degraded"))
        return tr("Degraded");
    if (state == QLatin1String("down"))
        return tr("Down");
    if (state == QLatin1String("paused_auth"))
        return tr("Paused (authentication)");
    if (state == QLatin1String("circuit_open"))
        return tr("Circuit open");
    return tr("Unknown");
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionHealth &c = m_rows.at(index.row());
    switch (role) {
    case StateRole: return c.state;
    case ThrottledRole: return c.throttled;
    case ErrorRateRole: return c.errorRate;
    case LastSuccessMsRole: return c.lastSuccessMs;
    case Qt::ToolTipRole:
        if (index.column() == LastError)
            return c.lastError;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return c.name;
        case State:
            return c.throttled ? tr("%1 (throttled)").arg(stateText(c.state)) : stateText(c.state);
        case LastSuccess:
            if (c.lastSuccessMs <= 0)
                return tr("never");
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.lastSuccessMs), QLocale::ShortFormat);
        case ErrorRate: return tr("%1 %").arg(QLocale().toString(c.errorRate * 100.0, 'f', 1));
        case LastError: return c.lastError;
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Connection");
    case State: return tr("State");
    case LastSuccess: return tr("Last success");
    case ErrorRate: return tr("Error rate (15 min)");
    case LastError: return tr("Last error");
    case ColumnCount: break;
    }
    return {};
}

} // namespace backroom
