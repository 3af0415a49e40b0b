#pragma once

#include "sync/core/syncerror.h"
#include "sync/model/money.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace backroom {

// One refunded line of a store refund. WooCommerce sends quantities and totals negative; the
// parser turns them positive.
struct StoreRefundLine {
    qint64 refundedItemId = 0; // the order's line item id (meta _refunded_item_id), 0 if absent
    qint64 productId = 0;
    qint64 variationId = 0;
    QString sku;
    QString name;
    double quantity = 0;       // units refunded, positive
    Money total;               // net amount refunded for the line, positive
    Money tax;                 // tax refunded for the line, positive
};

// One refund of a store order (GET /orders/<id>/refunds). `amount` is what the customer got
// back: the lines, shipping, fees and their tax.
struct StoreRefund {
    qint64 id = 0;
    Money amount;
    QString reason;
    QString dateCreatedGmt;
    QList<StoreRefundLine> lines;
};

// Parses a refunds listing; `validation` with a sentence when a refund is malformed (no id, an
// amount that is not money, a line without quantity).
Result<QList<StoreRefund>> parseWooRefunds(const QJsonArray &refunds);

} // namespace backroom
