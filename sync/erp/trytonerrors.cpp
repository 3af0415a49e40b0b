#include "sync/erp/trytonerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace backroom {

Q_LOGGING_CATEGORY(lcTrytonErrors, "backroom.sync.tryton")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrytonErrors", text);
}

SyncError make(ErrorCategory category, const QString &code, const QString &message, const QString &hint)
{
    SyncError e;
    e.category = category;
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

bool isLogin(const QString &method)
{
    return method == QLatin1String("common.db.login");
}

// ["UserError", [message, description, domain]] and the other TrytonException shapes.
SyncError fromRpcError(const QJsonArray &error)
{
    const QString type = error.at(0).toString();
    const QJsonArray args = error.at(1).toArray();
    if (type == QLatin1String("UserError") || type == QLatin1String("UserWarning")) {
        const int at = type == QLatin1String("UserWarning") ? 1 : 0; // UserWarning: [name, message, description]
        QString message = args.at(at).toString();
        const QString description = args.at(at + 1).toString();
        if (!description.isEmpty())
            message += QStringLiteral(" ") + description;
        // AccessError is a UserError on the wire; its messages start like this.
        if (message.startsWith(QLatin1String("You are not allowed to")))
            return make(ErrorCategory::Auth, QStringLiteral("AccessError"), message,
                        tr("Give the Tryton user Backroom logs in as the access it needs (Sales, Stock, Party "
                           "and Product groups), then retry."));
        return make(ErrorCategory::Business, type, message,
                    tr("Tryton refused the document: correct what its message names in Tryton or in the order, "
                       "then retry."));
    }
    if (type == QLatin1String("LoginException"))
        return make(ErrorCategory::Auth, type, args.at(1).toString(),
                    tr("Check erp.username and erp.password in the Backroom settings."));
    if (type == QLatin1String("ConcurrencyException"))
        return make(ErrorCategory::TransientRemote, type, args.at(0).toString(),
                    tr("Someone changed the record at the same time; Backroom retries."));
    // Any other server exception: [str(exception), traceback]
    qCWarning(lcTrytonErrors).noquote() << "Tryton server exception:" << type << error.at(1).toString().right(1500);
    return make(ErrorCategory::TransientRemote, QStringLiteral("server_exception"),
                type.isEmpty() ? tr("Tryton reported an error without a message.") : type,
                tr("Tryton failed while handling the request; Backroom retries. If it persists, read the "
                   "trytond log."));
}

} // namespace

std::optional<SyncError> trytonError(const HttpResponse &r, const QString &method)
{
    SyncError e;
    if (r.status == 401) {
        e = isLogin(method)
            ? make(ErrorCategory::Auth, QStringLiteral("login_failed"),
                   tr("Tryton refused the login (wrong user name or password)."),
                   tr("Check erp.username and erp.password in the Backroom settings."))
            : make(ErrorCategory::Auth, QStringLiteral("session_refused"),
                   tr("Tryton refused the session right after a fresh login."),
                   tr("Check that the Tryton user is active and may use the JSON-RPC interface."));
    } else if (r.status == 403) {
        e = make(ErrorCategory::Auth, QStringLiteral("forbidden"),
                 tr("Tryton forbids the call %1.").arg(method),
                 tr("Check that the Tryton modules sale and stock are activated and the user has access."));
    } else if (r.status == 404 && isLogin(method)) {
        e = make(ErrorCategory::Auth, QStringLiteral("unknown_database"),
                 tr("Tryton has no database by that name."), tr("Check erp.database in the Backroom settings."));
    } else if (r.status == 429) {
        e = make(ErrorCategory::TransientThrottled, QStringLiteral("too_many_requests"),
                 tr("Tryton is limiting requests (too many logins)."), tr("Backroom waits and retries."));
        e.retryAfterMs = 60000;
    } else if (r.error) {
        return r.error;
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonObject o = doc.object();
        if (!doc.isObject() || (!o.contains(QLatin1String("result")) && !o.contains(QLatin1String("error")))) {
            e = make(ErrorCategory::TransientRemote, QStringLiteral("unreadable_response"),
                     tr("Tryton answered %1 with a body Backroom cannot read.").arg(method),
                     tr("Backroom retries; check that erp.url points at trytond and not at a proxy page."));
        } else if (o.value(QLatin1String("error")).isArray()) {
            e = fromRpcError(o.value(QLatin1String("error")).toArray());
        } else {
            return std::nullopt;
        }
    }
    e.httpStatus = r.status;
    e.requestId = r.correlationId;
    return e;
}

QJsonValue trytonResult(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("result"));
}

} // namespace backroom
