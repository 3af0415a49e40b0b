#pragma once

#include "sync/config/config.h"
#include "sync/journal/journal.h"

#include <QJsonObject>

namespace backroom {

// What the engine would send the ERP for one journal order under a set of mappings: the same
// order mapper and ERPNext payload builder, no network. The customer is the ERP name the
// journal cached for the e-mail, else the name a new customer would get.
struct PayloadPreview {
    qint64 orderKey = 0;
    QString storeId;
    QString number;
    QString customer;
    bool newCustomer = false;
    QJsonObject payload;   // POST /api/resource/Sales Order body; empty when `problems` is not
    QStringList problems;  // the exceptions the order would raise instead
};

PayloadPreview previewPayload(Journal &journal, const OrderSample &order, const Mappings &mappings, const Config &config);
QList<PayloadPreview> previewRecentOrders(Journal &journal, const Mappings &mappings, const Config &config, int limit);

} // namespace backroom
