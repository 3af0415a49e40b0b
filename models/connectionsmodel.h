#pragma once

#include "models/consolesnapshot.h"

#include <QAbstractTableModel>

namespace backroom {

// One row per connection (health tiles, tray). setConnections() updates in place when the
// names are unchanged, so views keep their selection.
class ConnectionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsModel)
public:
    enum Column { Name, State, LastSuccess, ErrorRate, LastError, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // raw state: up | degraded | down | paused_auth | circuit_open | unknown
        ThrottledRole,                // bool
        ErrorRateRole,                // double 0..1
        LastSuccessMsRole,            // qint64
    };

    explicit ConnectionsModel(QObject *parent = nullptr);
    void setConnections(const QList<ConnectionHealth> &connections);
    QList<ConnectionHealth> connections() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &state); // translated

private:
    QList<ConnectionHealth> m_rows;
};

} // namespace backroom
