#include "sync/helpdesk/helpdeskfactory.h"

#include "sync/core/clock.h"
#include "sync/helpdesk/zendeskadapter.h"
#include "sync/helpdesk/rtadapter.h"

namespace backroom {

namespace {
HelpdeskAdapter *createZendesk(const HelpdeskConfig &config, HttpClient *http, std::chrono::milliseconds timeout, QObject *parent)
{
    ZendeskConnection conn;
    conn.url = config.url;
    conn.email = config.email;
    conn.apiToken = config.apiToken;
    conn.timeout = timeout;
    return new ZendeskAdapter(conn, http, SystemClock::instance(), parent);
}
} // namespace

Result<HelpdeskAdapter *> createHelpdeskAdapter(const HelpdeskConfig &config, HttpClient *http,
                                                std::chrono::milliseconds timeout, QObject *parent)
{
    if (config.type == QLatin1String("zendesk"))
        return createZendesk(config, http, timeout, parent);
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
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("config");
    e.message = QStringLiteral("helpdesk.type: no adapter for \"%1\"").arg(config.type);
    e.hint = QStringLiteral("Use \"zendesk\" or \"rt\", or remove the helpdesk section.");
    return e;
}

} // namespace backroom
