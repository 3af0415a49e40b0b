#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace backroom {

// The only place that uses Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs): the
// views hand plain numbers to these two widgets, so a move to Qt Graphs stays in
// chartadapter.cpp.

struct ChartLine {
    QString name;
    QColor color;
    QList<QPointF> points; // x = ms since epoch, y = value
    bool dashed = false;
};

// Lines over time (x: date-time axis).
class TimeSeriesChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)
public:
    explicit TimeSeriesChart(const QString &title, const QString &yTitle, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // Replaces every line; the x axis spans [fromMs, toMs].
    void setLines(const QList<ChartLine> &lines, qint64 fromMs, qint64 toMs);
    // For a chart too short for five value labels (a summary strip): no legend, and the value
    // axis labels only 0 and its maximum.
    void setCompact(bool compact);
    int lineCount() const;
    int pointCount(int line) const;
    double yMax() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct ChartBarSet {
    QString name;
    QColor color;
    QList<double> values; // one per category
};

// Stacked bars: one bar per category, one segment per set. A click on a segment reports
// (set, category).
class StackedBarChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackedBarChart)
public:
    explicit StackedBarChart(const QString &title, const QString &yTitle, QWidget *parent = nullptr);
    ~StackedBarChart() override;

    void setBars(const QStringList &categories, const QList<ChartBarSet> &sets);
    QStringList categories() const;
    int setCount() const;
    double value(int set, int category) const;
    // The position of a segment's centre in this widget's coordinates (tests click there).
    QPoint segmentCenter(int set, int category) const;

Q_SIGNALS:
    void segmentClicked(int set, int category);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom
