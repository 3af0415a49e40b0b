#include "ui/lagview.h"

#include "ui/chartadapter.h"
#include "ui/emptystate.h"
#include "ui/kpicard.h"
#include "ui/uiformat.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QStringList>
#include <QPushButton>
#include <QVBoxLayout>

namespace backroom {

namespace {

QList<QPointF> points(const QList<MetricPoint> &in)
{
    QList<QPointF> out;
    out.reserve(in.size());
    for (const MetricPoint &p : in)
        out.append(QPointF(double(p.atMs), p.value));
    return out;
}

} // namespace

qint64 LagView::rangeMs(Range r)
{
    switch (r) {
    case Hour:
        return 3600LL * 1000;
    case Day:
        return 24LL * 3600 * 1000;
    case Week:
        return 7LL * 24 * 3600 * 1000;
    }
    return 3600LL * 1000;
}

LagView::LagView(QWidget *parent)
    : QWidget(parent)
    , m_rangeButtons(new QButtonGroup(this))
    , m_p50(new KpiCard(QStringLiteral("kpiLagP50"), tr("Order to ERP, median (p50)"), this))
    , m_p95(new KpiCard(QStringLiteral("kpiLagP95"), tr("Order to ERP, 95th percentile"), this))
    , m_oldest(new KpiCard(QStringLiteral("kpiLagOldest"), tr("Oldest unsynced order"), this))
    , m_backlog_(new KpiCard(QStringLiteral("kpiLagBacklog"), tr("Backlog (waiting to be sent)"), this))
    , m_stockAge(new KpiCard(QStringLiteral("kpiStockAge"), tr("Inventory freshness"), this))
    , m_unfulfilled(new KpiCard(QStringLiteral("kpiUnfulfilled"), tr("Posted, not fulfilled after 24 h"), this))
    , m_refunds(new KpiCard(QStringLiteral("kpiRefundsPending"), tr("Refunds waiting for a credit note"), this))
    , m_tickets(new KpiCard(QStringLiteral("kpiOpenTickets"), tr("Open helpdesk tickets"), this))
    , m_latency(new TimeSeriesChart(tr("Order-to-ERP latency"), tr("seconds"), this))
    , m_backlog(new TimeSeriesChart(tr("Backlog depth"), tr("orders"), this))
{
    setObjectName(QStringLiteral("lagView"));
    m_latency->setObjectName(QStringLiteral("lagLatencyChart"));
    m_backlog->setObjectName(QStringLiteral("lagBacklogChart"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Sync lag"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Range:"), this));
    const QList<std::pair<Range, QString>> ranges{{Hour, tr("1 hour")}, {Day, tr("24 hours")}, {Week, tr("7 days")}};
    for (const auto &[r, text] : ranges) {
        auto *b = new QPushButton(text, this);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("lagRange%1").arg(int(r)));
        b->setChecked(r == m_range);
        m_rangeButtons->addButton(b, int(r));
        top->addWidget(b);
    }
    m_rangeButtons->setExclusive(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    layout->addLayout(top);

    auto *kpis = new QHBoxLayout;
    for (KpiCard *k : {m_p50, m_p95, m_oldest, m_backlog_})
        kpis->addWidget(k);
    layout->addLayout(kpis);
    auto *flows = new QHBoxLayout;
    for (KpiCard *k : {m_stockAge, m_unfulfilled, m_refunds, m_tickets})
        flows->addWidget(k);
    layout->addLayout(flows);

    auto *charts = new QWidget;
    auto *cl = new QVBoxLayout(charts);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_latency, 1);
    cl->addWidget(m_backlog, 1);
    m_empty = new EmptyState(charts, QStringLiteral("lagEmpty"), this);
    m_empty->setEmpty(true, tr("No samples in this range yet. The engine records lag and backlog every 10 seconds while it runs."));
    layout->addWidget(m_empty, 1);
}

void LagView::setRange(Range range)
{
    if (QAbstractButton *b = m_rangeButtons->button(int(range)))
        b->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged(rangeMs(range));
}

void LagView::applyFlows(const ConsoleSnapshot &s)
{
    // The stalest store decides the card; every store is listed in the context line.
    const StockFreshness *stalest = nullptr;
    QStringList stores;
    int stockExceptions = 0;
    for (const StockFreshness &f : s.stock) {
        if (!stalest || f.ageS < 0 || (stalest->ageS >= 0 && f.ageS > stalest->ageS))
            stalest = &f;
        stores << (f.ageS < 0 ? tr("%1 never read").arg(f.store) : tr("%1 %2 ago").arg(f.store, ui::formatDuration(f.ageS)));
        stockExceptions += f.openExceptions;
    }
    if (!stalest) {
        m_stockAge->setValue(tr("off"), tr("no stock sweep has run"));
        m_stockAge->setAlert(false);
    } else {
        const QString value = stalest->ageS < 0 ? tr("never") : ui::formatDuration(stalest->ageS);
        const QString open = stockExceptions == 1 ? tr("1 open stock exception") : tr("%1 open stock exceptions").arg(stockExceptions);
        m_stockAge->setValue(value, tr("read: %1; %2").arg(stores.join(QStringLiteral(", ")), open));
        m_stockAge->setAlert(stalest->ageS < 0 || stalest->ageS > 3600 || stockExceptions > 0);
    }
    const FlowFigures &f = s.flows;
    m_unfulfilled->setValue(ui::formatCount(f.awaitingFulfilment),
                            f.oldestUnfulfilledS > 0 ? tr("oldest posted %1 ago").arg(ui::formatDuration(f.oldestUnfulfilledS))
                                                     : tr("nothing waits for a delivery"));
    m_unfulfilled->setAlert(f.awaitingFulfilment > 0);
    m_refunds->setValue(ui::formatCount(f.refundsPending), tr("store refunds not booked in the ERP yet"));
    m_tickets->setValue(ui::formatCount(f.openTickets), tr("not solved in the helpdesk"));
}

void LagView::applySnapshot(const ConsoleSnapshot &s)
{
    const QJsonObject lag = s.status.value(QStringLiteral("lag")).toObject();
    const double p50 = lag.value(QStringLiteral("order_to_erp_p50_s")).toDouble();
    const double p95 = lag.value(QStringLiteral("order_to_erp_p95_s")).toDouble();
    const qint64 oldest = qint64(lag.value(QStringLiteral("oldest_unsynced_s")).toDouble());
    const qint64 pending = s.status.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger();
    auto seconds = [](double v) {
        return v < 10 ? tr("%1 s").arg(v, 0, 'f', 1) : ui::formatDuration(qint64(v));
    };
    m_p50->setValue(seconds(p50), tr("half of the orders reach the ERP faster"));
    m_p95->setValue(seconds(p95), tr("95 of 100 orders reach the ERP faster"));
    m_oldest->setValue(oldest > 0 ? ui::formatDuration(oldest) : tr("none"), oldest > 0 ? tr("since it was received") : tr("every order is in the ERP"));
    m_oldest->setAlert(oldest > 3600);
    m_backlog_->setValue(ui::formatCount(pending), tr("orders and write-backs"));
    applyFlows(s);

    const qint64 to = s.takenMs;
    const qint64 from = to - rangeMs(m_range);
    const QList<MetricPoint> p50s = s.series.value(QStringLiteral("lag.order_to_erp_p50_s"));
    const QList<MetricPoint> p95s = s.series.value(QStringLiteral("lag.order_to_erp_p95_s"));
    const QList<MetricPoint> oldestS = s.series.value(QStringLiteral("lag.oldest_unsynced_s"));
    const QList<MetricPoint> backlog = s.series.value(QStringLiteral("outbox.pending"));
    const bool empty = p50s.isEmpty() && p95s.isEmpty() && oldestS.isEmpty() && backlog.isEmpty();
    m_empty->setEmpty(empty);
    if (empty)
        return;
    m_latency->setLines({{tr("p50"), QColor(0x42, 0x7a, 0xc4), points(p50s), false},
                         {tr("p95"), QColor(0xef, 0x8f, 0x00), points(p95s), false},
                         {tr("oldest unsynced"), QColor(0xc6, 0x28, 0x28), points(oldestS), true}},
                        from, to);
    m_backlog->setLines({{tr("waiting to be sent"), QColor(0x8e, 0x5b, 0xc4), points(backlog), false}}, from, to);
}

} // namespace backroom
