#pragma once

#include "models/consolesnapshot.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTableView;

namespace backroom {

class ConnectionsModel;
class EmptyState;
class HealthTile;
class KpiCard;

// Sync health at a glance: is the engine alive, the headline numbers, and one tile per
// connection. A tile click asks for the exceptions of that system.
class HealthView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthView)
public:
    explicit HealthView(QWidget *parent = nullptr);

    void applySnapshot(const ConsoleSnapshot &snapshot);
    HealthTile *tile(const QString &connection) const;
    ConnectionsModel *connectionsModel() const { return m_model; }

Q_SIGNALS:
    void exceptionsRequested(const QString &system);

private:
    QLabel *m_engine;
    KpiCard *m_orders;
    KpiCard *m_inErp;
    KpiCard *m_pending;
    KpiCard *m_exceptions;
    KpiCard *m_oldest;
    QGridLayout *m_tiles;
    EmptyState *m_tilesEmpty;
    QMap<QString, HealthTile *> m_tileByName;
    ConnectionsModel *m_model;
    QTableView *m_table;
    QLabel *m_detailsHeading; // the details table and its heading show only with connections
};

} // namespace backroom
