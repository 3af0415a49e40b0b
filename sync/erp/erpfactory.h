#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"
#include "sync/erp/erpadapter.h"

#include <QObject>

#include <chrono>

namespace backroom {

class HttpClient;

// Builds the adapter named by erp.type ("erpnext", "tryton"); the error names the key.
Result<ErpAdapter *> createErpAdapter(const ErpConfig &config, HttpClient *http, std::chrono::milliseconds timeout,
                                      QObject *parent);

} // namespace backroom
