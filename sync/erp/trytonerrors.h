#pragma once

#include "sync/core/syncerror.h"
#include "sync/http/httprequest.h"

#include <QJsonValue>

namespace backroom {

// Tryton's answers turned into the taxonomy of DESIGN.md §6 (docs/tryton-wire.md):
// HTTP 401/403 -> auth, 429 -> throttled, JSON-RPC "error": ["UserError", [message,
// description, domain]] -> business (access errors -> auth), LoginException -> auth,
// ConcurrencyException -> transient, any other server exception -> transient.remote.
// Tryton's own message is kept in SyncError::message.

// The error for a failed exchange, or nullopt when the body holds a "result".
std::optional<SyncError> trytonError(const HttpResponse &response, const QString &method);

// The "result" of a successful answer (the caller checked trytonError first).
QJsonValue trytonResult(const HttpResponse &response);

} // namespace backroom
