#include "ui/chartadapter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace backroom {

namespace {

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

// Ticks at round numbers from 0: 0, 5, 10, … rather than 0, 6, 13, 19, 25.
void setNiceRange(QValueAxis *axis, double max, int intervals = 5)
{
    // Interval first: laying out a new, larger range at the old interval would create
    // thousands of tick labels on the GUI thread (a 0.5 s stall when the first orders arrive).
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(max / intervals);
    axis->setRange(0, max);
}

double niceCeiling(double v)
{
    if (v <= 0)
        return 5;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (v <= m * p)
            return m * p;
    }
    return 10 * p;
}

// At most maxPoints per line, keeping the maximum of each time bucket (a spike stays visible):
// a week of 10-second samples is 60,000 points.
QList<QPointF> downsample(const QList<QPointF> &in, qint64 fromMs, qint64 toMs, int maxPoints = 800)
{
    if (in.size() <= maxPoints || toMs <= fromMs)
        return in;
    QList<QPointF> out;
    const double width = double(toMs - fromMs) / maxPoints;
    qint64 bucket = -1;
    for (const QPointF &p : in) {
        const qint64 b = qint64((p.x() - double(fromMs)) / width);
        if (b != bucket) {
            out.append(p);
            bucket = b;
        } else if (p.y() > out.last().y()) {
            out.last().setY(p.y());
        }
    }
    return out;
}

} // namespace

struct TimeSeriesChart::Private {
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QDateTimeAxis *x = nullptr;
    QValueAxis *y = nullptr;
    QList<QLineSeries *> lines;
    double yMax = 0;
    bool compact = false;
};

TimeSeriesChart::TimeSeriesChart(const QString &title, const QString &yTitle, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setTitle(title);
    d->x = new QDateTimeAxis;
    d->y = new QValueAxis;
    d->y->setTitleText(yTitle);
    d->y->setLabelFormat(QStringLiteral("%.0f"));
    d->y->setMin(0);
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    d->view = makeView(d->chart, this);
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setLines(const QList<ChartLine> &lines, qint64 fromMs, qint64 toMs)
{
    // Keep the series objects when the set of lines is unchanged: no flicker every second.
    if (d->lines.size() != lines.size()) {
        for (QLineSeries *s : std::as_const(d->lines)) {
            d->chart->removeSeries(s);
            delete s;
        }
        d->lines.clear();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            auto *s = new QLineSeries;
            d->chart->addSeries(s);
            s->attachAxis(d->x);
            s->attachAxis(d->y);
            d->lines.append(s);
        }
    }
    double maxY = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const ChartLine &l = lines.at(i);
        QLineSeries *s = d->lines.at(i);
        s->setName(l.name);
        QPen pen(l.color);
        pen.setWidthF(2.0);
        if (l.dashed)
            pen.setStyle(Qt::DashLine);
        s->setPen(pen);
        s->replace(downsample(l.points, fromMs, toMs));
        for (const QPointF &p : l.points)
            maxY = std::max(maxY, p.y());
    }
    d->yMax = maxY;
    setNiceRange(d->y, niceCeiling(maxY * 1.1), d->compact ? 1 : 5);
    d->y->setLabelFormat(maxY < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    d->x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    d->x->setFormat(toMs - fromMs > 26LL * 3600 * 1000 ? QStringLiteral("d MMM HH:mm") : QStringLiteral("HH:mm"));
    d->x->setTickCount(toMs - fromMs > 26LL * 3600 * 1000 ? 5 : 7);
}

void TimeSeriesChart::setCompact(bool compact)
{
    d->compact = compact;
    d->chart->legend()->setVisible(!compact);
}

int TimeSeriesChart::lineCount() const
{
    return int(d->lines.size());
}

int TimeSeriesChart::pointCount(int line) const
{
    return line >= 0 && line < d->lines.size() ? int(d->lines.at(line)->count()) : 0;
}

double TimeSeriesChart::yMax() const
{
    return d->yMax;
}

struct StackedBarChart::Private {
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QStackedBarSeries *series = nullptr;
    QBarCategoryAxis *x = nullptr;
    QValueAxis *y = nullptr;
    QStringList categories;
};

StackedBarChart::StackedBarChart(const QString &title, const QString &yTitle, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->chart->setTitle(title);
    d->series = new QStackedBarSeries;
    d->chart->addSeries(d->series);
    d->x = new QBarCategoryAxis;
    d->y = new QValueAxis;
    d->y->setTitleText(yTitle);
    d->y->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    d->series->attachAxis(d->x);
    d->series->attachAxis(d->y);
    d->view = makeView(d->chart, this);
    connect(d->series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        Q_EMIT segmentClicked(int(d->series->barSets().indexOf(set)), index);
    });
}

StackedBarChart::~StackedBarChart() = default;

void StackedBarChart::setBars(const QStringList &categories, const QList<ChartBarSet> &sets)
{
    QList<QBarSet *> existing = d->series->barSets();
    bool same = existing.size() == sets.size() && d->categories == categories;
    for (int i = 0; same && i < sets.size(); ++i)
        same = existing.at(i)->label() == sets.at(i).name;
    if (!same) {
        d->series->clear();
        d->x->clear();
        // Axis labels are rich text: "< 5 min" would vanish as a broken tag.
        QStringList escaped;
        for (const QString &c : categories)
            escaped.append(c.toHtmlEscaped());
        d->x->append(escaped);
        d->categories = categories;
        for (const ChartBarSet &s : sets) {
            auto *set = new QBarSet(s.name);
            set->setColor(s.color);
            set->setBorderColor(s.color.darker(120));
            for (double v : s.values)
                set->append(v);
            d->series->append(set);
        }
    } else {
        for (int i = 0; i < sets.size(); ++i) {
            for (int c = 0; c < sets.at(i).values.size(); ++c) {
                if (existing.at(i)->at(c) != sets.at(i).values.at(c))
                    existing.at(i)->replace(c, sets.at(i).values.at(c));
            }
        }
    }
    double maxStack = 0;
    for (int c = 0; c < categories.size(); ++c) {
        double sum = 0;
        for (const ChartBarSet &s : sets)
            sum += s.values.value(c);
        maxStack = std::max(maxStack, sum);
    }
    setNiceRange(d->y, niceCeiling(std::max(5.0, maxStack * 1.1)));
}

QStringList StackedBarChart::categories() const
{
    return d->categories;
}

int StackedBarChart::setCount() const
{
    return int(d->series->count());
}

double StackedBarChart::value(int set, int category) const
{
    const QList<QBarSet *> sets = d->series->barSets();
    return set >= 0 && set < sets.size() ? sets.at(set)->at(category) : 0.0;
}

QPoint StackedBarChart::segmentCenter(int set, int category) const
{
    const QList<QBarSet *> sets = d->series->barSets();
    double below = 0;
    for (int i = 0; i < set && i < sets.size(); ++i)
        below += sets.at(i)->at(category);
    const double mid = below + value(set, category) / 2.0;
    const QPointF inChart = d->chart->mapToPosition(QPointF(category, mid), d->series);
    const QPoint inView = d->view->mapFromScene(d->chart->mapToScene(inChart));
    return d->view->viewport()->mapTo(const_cast<StackedBarChart *>(this), inView);
}

} // namespace backroom
