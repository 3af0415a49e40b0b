#include "sync/helpdesk/helpdeskfactory.h"

namespace backroom {

Result<HelpdeskAdapter *> createHelpdeskAdapter(const HelpdeskConfig &config, HttpClient *http,
                                                std::chrono::milliseconds timeout, QObject *parent)
{
    Q_UNUSED(http);
    Q_UNUSED(timeout);
    Q_UNUSED(parent);
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("config");
    e.message = QStringLiteral("helpdesk.type: no adapter for \"%1\" yet").arg(config.type);
    e.hint = QStringLiteral("Remove the helpdesk section; tickets are not sent yet.");
    return e;
}

} // namespace backroom
