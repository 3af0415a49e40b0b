#pragma once

#include "sim/core/simrng.h"
#include "sim/woo/woocatalogue.h"

#include <QJsonObject>

namespace backroom::sim::woo {

// Id sequences of the simulated shop. Posts (orders, refunds) share one sequence as in
// WooCommerce; order items, meta rows and notes have their own.
struct WooSequences {
    int post = 100;
    int item = 1;
    int meta = 1;
    int note = 1;
};

// Builds one realistic order (without the URL-dependent payment_url and _links) whose money adds
// up: total = Σ line subtotal − discount_total + shipping_total + Σ fee total + total_tax.
QJsonObject generateOrder(SimRng &rng, WooSequences &seq, const WooCatalogue &catalogue, int id,
                          qint64 createdGmt, qint64 modifiedGmt, int utcOffset);

// Recomputes the fields that follow from the status (is_editable, needs_payment, ...).
void refreshDerived(QJsonObject &order);

// Sets a date pair (name / name_gmt) from a UTC epoch (0 = null).
void setDate(QJsonObject &order, const QString &name, qint64 gmt, int utcOffset);

// meta_data value as WooCommerce stores it: ints become strings, false "", true "1".
QJsonValue storedMetaValue(const QJsonValue &v);

} // namespace backroom::sim::woo
