#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"
#include "sync/helpdesk/helpdeskadapter.h"

#include <chrono>

namespace backroom {

class HttpClient;

// Builds the adapter named by helpdesk.type ("zendesk", "rt"); the error names the key.
Result<HelpdeskAdapter *> createHelpdeskAdapter(const HelpdeskConfig &config, HttpClient *http,
                                                std::chrono::milliseconds timeout, QObject *parent);

} // namespace backroom
