#pragma once

#include "sync/core/syncerror.h"
#include "sync/http/httprequest.h"

#include <QJsonObject>

namespace backroom {

// WooCommerce / WordPress REST error bodies {code, message, data:{status,...}} (and `data` as
// a bare int, seen on refund errors) -> the taxonomy, keeping the store's own message and
// adding a hint that says what to do.

// Refines a failed exchange. A body that is not a WooCommerce error (HTML, empty, other JSON)
// keeps the HttpClient's transport/status classification.
SyncError wooErrorFromResponse(const HttpResponse &response);

// Classifies one error object, e.g. a per-item batch error. `httpStatus` is used when the
// object carries no data.status.
SyncError wooErrorFromObject(const QJsonObject &error, int httpStatus);

} // namespace backroom
