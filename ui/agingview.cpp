#include "ui/agingview.h"

#include "ui/chartadapter.h"
#include "ui/emptystate.h"
#include "ui/uiformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom {

AgingView::AgingView(QWidget *parent)
    : QWidget(parent)
    , m_stages{QStringLiteral("received"), QStringLiteral("posted"), QStringLiteral("exception")}
    , m_buckets(ageBuckets())
    , m_chart(new StackedBarChart(tr("Open orders by age"), tr("orders"), this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("agingView"));
    m_chart->setObjectName(QStringLiteral("agingChart"));
    m_table->setObjectName(QStringLiteral("agingTable"));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Order aging"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);
    auto *explain = new QLabel(tr("Orders that have not been confirmed in the ERP yet, by how long ago they were received. Click a bar or a number to list those orders."), this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    m_table->setRowCount(int(m_stages.size()));
    m_table->setColumnCount(int(m_buckets.size()));
    QStringList rowLabels;
    for (const QString &s : std::as_const(m_stages))
        rowLabels.append(ui::stageText(s));
    QStringList colLabels;
    for (const AgeBucket &b : std::as_const(m_buckets))
        colLabels.append(b.label);
    m_table->setVerticalHeaderLabels(rowLabels);
    m_table->setHorizontalHeaderLabels(colLabels);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setToolTip(tr("Click a number to list those orders"));
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        Q_EMIT ordersRequested(filterFor(row, column));
    });
    connect(m_chart, &StackedBarChart::segmentClicked, this, [this](int set, int category) {
        Q_EMIT ordersRequested(filterFor(set, category));
    });

    auto *content = new QWidget;
    auto *cl = new QVBoxLayout(content);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_chart, 1);
    cl->addWidget(m_table);
    m_empty = new EmptyState(content, QStringLiteral("agingEmpty"), this);
    m_empty->setEmpty(true, tr("No open orders — every order received so far is confirmed in the ERP."));
    layout->addWidget(m_empty, 1);
}

OrderFilter AgingView::filterFor(int stageIndex, int bucketIndex) const
{
    OrderFilter f;
    f.stage = m_stages.value(stageIndex);
    if (bucketIndex >= 0 && bucketIndex < m_buckets.size()) {
        f.minAgeS = m_buckets.at(bucketIndex).fromS;
        f.maxAgeS = m_buckets.at(bucketIndex).toS;
    }
    return f;
}

void AgingView::applySnapshot(const ConsoleSnapshot &s)
{
    QList<ChartBarSet> sets;
    int total = 0;
    for (int si = 0; si < m_stages.size(); ++si) {
        ChartBarSet set{ui::stageText(m_stages.at(si)), ui::stageColor(m_stages.at(si)), {}};
        for (int bi = 0; bi < m_buckets.size(); ++bi) {
            int count = 0;
            for (const AgingCell &c : s.aging) {
                if (c.stage == m_stages.at(si) && c.fromAgeS == m_buckets.at(bi).fromS && c.toAgeS == m_buckets.at(bi).toS)
                    count += c.count;
            }
            set.values.append(count);
            total += count;
            QTableWidgetItem *item = m_table->item(si, bi);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                m_table->setItem(si, bi, item);
            }
            item->setText(ui::formatCount(count));
            item->setForeground(count > 0 ? palette().text() : QBrush(QColor(0x9e, 0x9e, 0x9e)));
            QFont f = item->font();
            f.setBold(count > 0);
            item->setFont(f);
        }
        sets.append(set);
    }
    QStringList labels;
    for (const AgeBucket &b : std::as_const(m_buckets))
        labels.append(b.label);
    m_chart->setBars(labels, sets);
    m_empty->setEmpty(total == 0);
}

} // namespace backroom
