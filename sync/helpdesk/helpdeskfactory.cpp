#include "sync/helpdesk/helpdeskfactory.h"

#include "sync/helpdesk/rtadapter.h"

namespace backroom {

Result<HelpdeskAdapter *> createHelpdeskAdapter(const HelpdeskConfig &config, HttpClient *http,
                                                std::chrono::milliseconds timeout, QObject *parent)
{
    if (config.type == QLatin1String("rt")) {
        RtConnection rt;
        rt.url = config.url;
        rt.token = config.token;
        rt.username = config.username;
        rt.password = config.password;
        rt.queue = config.queue;
        rt.externalIdField = config.externalIdField;
        rt.timeout = timeout;
        return static_cast<HelpdeskAdapter *>(new RtAdapter(rt, http, parent));
    }
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
