#include "ui/exceptionsummary.h"

#include "ui/chartadapter.h"
#include "ui/uiformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>

namespace backroom {

ExceptionSummary::ExceptionSummary(QWidget *parent)
    : QWidget(parent)
    , m_byCategory(makeTable(QStringLiteral("exceptionsByCategory"), tr("Cause")))
    , m_bySystem(makeTable(QStringLiteral("exceptionsBySystem"), tr("System")))
    , m_byAge(makeTable(QStringLiteral("exceptionsByAge"), tr("Age")))
    , m_trend(new TimeSeriesChart(tr("Open exceptions over time"), tr("exceptions"), this))
{
    setObjectName(QStringLiteral("exceptionSummary"));
    m_trend->setObjectName(QStringLiteral("exceptionsTrend"));
    m_trend->setMinimumWidth(320);
    m_trend->setCompact(true); // its title names its one line
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_byCategory, 3);
    l->addWidget(m_bySystem, 2);
    l->addWidget(m_byAge, 2);
    l->addWidget(m_trend, 4);
    setMinimumHeight(200);
    setMaximumHeight(260);
    connect(m_byCategory, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (QTableWidgetItem *it = m_byCategory->item(row, 0))
            Q_EMIT categoryClicked(it->data(Qt::UserRole).toString());
    });
    connect(m_bySystem, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (QTableWidgetItem *it = m_bySystem->item(row, 0))
            Q_EMIT systemClicked(it->data(Qt::UserRole).toString());
    });
}

QTableWidget *ExceptionSummary::makeTable(const QString &objectName, const QString &header)
{
    auto *t = new QTableWidget(0, 2, this);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels({header, tr("Open")});
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->setMinimumWidth(170);
    return t;
}

void ExceptionSummary::fill(QTableWidget *table, const QList<std::pair<QString, QString>> &rows, const QList<int> &counts)
{
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *name = new QTableWidgetItem(rows.at(i).second);
        name->setData(Qt::UserRole, rows.at(i).first);
        name->setToolTip(rows.at(i).first);
        auto *count = new QTableWidgetItem(ui::formatCount(counts.at(i)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 0, name);
        table->setItem(i, 1, count);
    }
}

void ExceptionSummary::applySnapshot(const ConsoleSnapshot &s, qint64 rangeMs)
{
    QList<std::pair<QString, QString>> rows;
    QList<int> counts;
    for (auto it = s.exceptionsByCategory.cbegin(); it != s.exceptionsByCategory.cend(); ++it) {
        rows.append({it.key(), ui::categoryText(it.key())});
        counts.append(it.value());
    }
    fill(m_byCategory, rows, counts);
    rows.clear();
    counts.clear();
    for (auto it = s.exceptionsBySystem.cbegin(); it != s.exceptionsBySystem.cend(); ++it) {
        rows.append({it.key(), ui::systemText(it.key())});
        counts.append(it.value());
    }
    fill(m_bySystem, rows, counts);
    rows.clear();
    counts.clear();
    // Age buckets in their natural order, not alphabetically.
    for (const AgeBucket &b : ageBuckets()) {
        rows.append({b.label, b.label});
        counts.append(s.exceptionsByAge.value(b.label));
    }
    fill(m_byAge, rows, counts);

    QList<QPointF> points;
    for (const MetricPoint &p : s.series.value(QStringLiteral("exceptions.open")))
        points.append(QPointF(double(p.atMs), p.value));
    m_trend->setLines({{tr("open exceptions"), ui::stateColor(QStringLiteral("down")), points, false}},
                      s.takenMs - rangeMs, s.takenMs);
}

} // namespace backroom
