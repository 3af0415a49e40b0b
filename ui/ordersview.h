#pragma once

#include "models/orderfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace backroom {

class EmptyState;
class JournalReader;
class OrdersModel;

// Every order in the journal, paged, filtered and sorted in the journal's indexed queries
// (fast at 1,000,000 orders). Double-click opens the order passport.
class OrdersView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersView)
public:
    OrdersView(JournalReader *reader, QWidget *parent = nullptr);

    // Replaces every filter (the aging drill-down sets stage and age bounds).
    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const;
    void setStores(const QStringList &storeIds);
    void refresh();

    OrdersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void passportRequested(qint64 orderKey);

private:
    void applyControls();
    void updateState();

    OrdersModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_stage;
    QComboBox *m_status;
    QComboBox *m_store;
    QLabel *m_ageChip;
    QPushButton *m_clearAge;
    QLabel *m_count;
    QTableView *m_table;
    EmptyState *m_empty;
    QTimer m_debounce;
    qint64 m_minAgeS = 0;
    qint64 m_maxAgeS = 0;
    bool m_applying = false;
};

} // namespace backroom
