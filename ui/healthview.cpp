#include "ui/healthview.h"

#include "models/connectionsmodel.h"
#include "ui/emptystate.h"
#include "ui/healthtile.h"
#include "ui/kpicard.h"
#include "ui/uiformat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

namespace {
qint64 num(const QJsonObject &o, const char *a, const char *b = nullptr)
{
    const QJsonValue v = o.value(QLatin1String(a));
    return b ? v.toObject().value(QLatin1String(b)).toInteger() : v.toInteger();
}
} // namespace

HealthView::HealthView(QWidget *parent)
    : QWidget(parent)
    , m_engine(new QLabel(this))
    , m_orders(new KpiCard(QStringLiteral("kpiOrders"), tr("Orders in the journal"), this))
    , m_inErp(new KpiCard(QStringLiteral("kpiInErp"), tr("In the ERP"), this))
    , m_pending(new KpiCard(QStringLiteral("kpiPending"), tr("Waiting to be sent"), this))
    , m_exceptions(new KpiCard(QStringLiteral("kpiExceptions"), tr("Open exceptions"), this))
    , m_oldest(new KpiCard(QStringLiteral("kpiOldest"), tr("Oldest unsynced order"), this))
    , m_model(new ConnectionsModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("healthView"));
    m_engine->setObjectName(QStringLiteral("healthEngine"));
    m_engine->setWordWrap(true);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(tr("Sync health"), content);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);
    layout->addWidget(m_engine);

    auto *kpis = new QHBoxLayout;
    for (KpiCard *k : {m_orders, m_inErp, m_pending, m_exceptions, m_oldest})
        kpis->addWidget(k);
    layout->addLayout(kpis);

    auto *connHeading = new QLabel(tr("Connections"), content);
    QFont cf = connHeading->font();
    cf.setBold(true);
    connHeading->setFont(cf);
    layout->addWidget(connHeading);
    auto *tilesHost = new QWidget;
    m_tiles = new QGridLayout(tilesHost);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_tilesEmpty = new EmptyState(tilesHost, QStringLiteral("healthTilesEmpty"), content);
    m_tilesEmpty->setEmpty(true, tr("No connection has reported yet. The engine reports each connection after its first request."));
    m_tilesEmpty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_tilesEmpty);

    m_detailsHeading = new QLabel(tr("Connection details"), content);
    m_detailsHeading->setFont(cf);
    m_detailsHeading->hide();
    layout->addWidget(m_detailsHeading);
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->hide();
    layout->addWidget(m_table);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

HealthTile *HealthView::tile(const QString &connection) const
{
    return m_tileByName.value(connection);
}

void HealthView::applySnapshot(const ConsoleSnapshot &s)
{
    const qint64 now = s.takenMs;
    if (s.engineAlive)
        m_engine->setText(tr("Engine running — last heartbeat %1.").arg(ui::formatAgo(s.heartbeatMs, now)));
    else if (s.heartbeatMs > 0)
        m_engine->setText(tr("No engine is running on this journal (last heartbeat %1). Numbers are as of its last write; commands wait until an engine runs.")
                              .arg(ui::formatAgo(s.heartbeatMs, now)));
    else
        m_engine->setText(tr("No engine has run on this journal yet."));
    m_engine->setStyleSheet(s.engineAlive ? QString() : QStringLiteral("color: #c62828;"));

    const QJsonObject &st = s.status;
    const QJsonObject stages = st.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
    const qint64 total = num(st, "orders", "total");
    const qint64 inErp = stages.value(QStringLiteral("posted")).toInteger() + stages.value(QStringLiteral("confirmed")).toInteger();
    m_orders->setValue(ui::formatCount(total), tr("%1 received, not in the ERP yet").arg(ui::formatCount(stages.value(QStringLiteral("received")).toInteger())));
    m_inErp->setValue(ui::formatCount(inErp), tr("%1 confirmed in the store").arg(ui::formatCount(stages.value(QStringLiteral("confirmed")).toInteger())));
    const qint64 pending = num(st, "outbox", "pending");
    const qint64 oldestDue = num(st, "outbox", "oldest_due_s");
    m_pending->setValue(ui::formatCount(pending), pending > 0 ? tr("oldest due for %1").arg(ui::formatDuration(oldestDue)) : tr("nothing waiting"));
    const qint64 open = num(st, "exceptions", "open");
    m_exceptions->setValue(ui::formatCount(open), open > 0 ? tr("need a person") : tr("everything is flowing"));
    m_exceptions->setAlert(open > 0);
    const qint64 oldest = qint64(st.value(QStringLiteral("lag")).toObject().value(QStringLiteral("oldest_unsynced_s")).toDouble());
    m_oldest->setValue(oldest > 0 ? ui::formatDuration(oldest) : tr("none"), oldest > 0 ? tr("since it was received") : tr("all orders are in the ERP"));
    m_oldest->setAlert(oldest > 3600);

    // Tiles: one per connection, kept in place when the names are unchanged.
    QStringList names;
    for (const ConnectionHealth &c : s.connections)
        names.append(c.name);
    QStringList sorted = names;
    sorted.sort();
    if (sorted != m_tileByName.keys()) {
        for (HealthTile *t : std::as_const(m_tileByName))
            t->deleteLater();
        m_tileByName.clear();
        int i = 0;
        for (const ConnectionHealth &c : s.connections) {
            auto *t = new HealthTile(c.name, m_tiles->parentWidget());
            connect(t, &HealthTile::activated, this, [this](const QString &name) {
                Q_EMIT exceptionsRequested(ui::connectionSystem(name));
            });
            m_tiles->addWidget(t, i / 3, i % 3);
            m_tileByName.insert(c.name, t);
            ++i;
        }
    }
    for (const ConnectionHealth &c : s.connections)
        m_tileByName.value(c.name)->setHealth(c, now);
    m_tilesEmpty->setEmpty(s.connections.isEmpty());
    m_detailsHeading->setVisible(!s.connections.isEmpty());
    m_table->setVisible(!s.connections.isEmpty());
    m_model->setConnections(s.connections);
    m_table->resizeColumnsToContents();
}

} // namespace backroom
