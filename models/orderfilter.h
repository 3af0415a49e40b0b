#pragma once

#include <QMetaType>
#include <QString>

namespace backroom {

// What the orders view shows: filtered and sorted in the journal's indexed queries.
struct OrderFilter {
    QString search;      // order number, e-mail or SKU (prefix; e-mail in any case)
    QString stage;
    QString status;
    QString store;
    qint64 minAgeS = 0;  // 0 = unbounded; age = now - received
    qint64 maxAgeS = 0;  // exclusive; 0 = unbounded

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

} // namespace backroom

Q_DECLARE_METATYPE(backroom::OrderFilter)
