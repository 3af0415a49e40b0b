#pragma once

#include "models/consolesnapshot.h"

#include <QWidget>

class QTableWidget;

namespace backroom {

class TimeSeriesChart;

// The exception dashboard: open exceptions by category, by system and by age, and the trend
// of open exceptions over the chosen range. A click on a category or system filters the list.
class ExceptionSummary final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionSummary)
public:
    explicit ExceptionSummary(QWidget *parent = nullptr);

    void applySnapshot(const ConsoleSnapshot &snapshot, qint64 rangeMs);
    QTableWidget *byCategory() const { return m_byCategory; }
    QTableWidget *bySystem() const { return m_bySystem; }
    QTableWidget *byAge() const { return m_byAge; }
    TimeSeriesChart *trend() const { return m_trend; }

Q_SIGNALS:
    void categoryClicked(const QString &category);
    void systemClicked(const QString &system);

private:
    QTableWidget *makeTable(const QString &objectName, const QString &header);
    static void fill(QTableWidget *table, const QList<std::pair<QString, QString>> &rows, const QList<int> &counts);

    QTableWidget *m_byCategory;
    QTableWidget *m_bySystem;
    QTableWidget *m_byAge;
    TimeSeriesChart *m_trend;
};

} // namespace backroom
