#include "sync/erp/trytonrpc.h"

#include "sync/erp/trytonerrors.h"
#include "sync/http/httpclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <utility>

namespace backroom {

Q_LOGGING_CATEGORY(lcTrytonRpc, "backroom.sync.tryton")

TrytonRpc::TrytonRpc(TrytonConnection conn, HttpClient *http, QString endpoint, QObject *parent)
    : QObject(parent), m_conn(std::move(conn)), m_http(http), m_endpoint(std::move(endpoint))
{
}

TrytonRpc::~TrytonRpc() = default;

HttpRequest TrytonRpc::request(const QString &method, const QJsonArray &params, bool idempotent) const
{
    QUrl url = m_conn.url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + m_conn.database + QLatin1Char('/'));
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.endpoint = m_endpoint;
    r.timeout = m_conn.timeout;
    r.idempotent = idempotent;
    r.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!m_authorization.isEmpty() && method != QLatin1String("common.db.login"))
        r.headers.append(qMakePair(QByteArray("Authorization"), m_authorization));
    const QJsonObject body{{QStringLiteral("method"), method},
                           {QStringLiteral("params"), params},
                           {QStringLiteral("id"), double(m_nextId)}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

void TrytonRpc::call(const QString &method, QJsonArray params, bool idempotent, Callback done,
                     const QJsonObject &context)
{
    if (idempotent)
        return startCall(method, std::move(params), true, std::move(done), context);
    m_writeQueue.append([this, method, params = std::move(params), done = std::move(done), context]() mutable {
        startCall(method, std::move(params), false, [this, done = std::move(done)](const Result<QJsonValue> &r) {
            done(r);
            m_writing = false;
            nextWrite();
        }, context);
    });
    nextWrite();
}

void TrytonRpc::nextWrite()
{
    if (m_writing || m_writeQueue.isEmpty())
        return;
    m_writing = true;
    const std::function<void()> next = m_writeQueue.takeFirst();
    next();
}

void TrytonRpc::startCall(const QString &method, QJsonArray params, bool idempotent, Callback done,
                          const QJsonObject &context)
{
    ensureLogin([this, method, params = std::move(params), idempotent, done = std::move(done),
                 context](const Status &login) mutable {
        if (!login)
            return done(login.error());
        QJsonObject ctx = m_userContext;
        for (auto it = context.begin(); it != context.end(); ++it)
            ctx.insert(it.key(), it.value());
        params.append(ctx);
        send(method, params, idempotent, false, std::move(done));
    });
}

void TrytonRpc::send(const QString &method, const QJsonArray &params, bool idempotent, bool retried, Callback done)
{
    ++m_nextId;
    const QByteArray sentWith = m_authorization;
    m_http->send(request(method, params, idempotent),
                 [this, method, params, idempotent, retried, sentWith, done = std::move(done)](const HttpResponse &resp) mutable {
        if (resp.status == 401 && !retried) {
            // The session expired or was dropped. Tryton checks it before running the method,
            // so nothing happened: log in again and send the same call once more. Calls that
            // were in flight with the same old session share the one new login.
            qCInfo(lcTrytonRpc) << "session refused; logging in again";
            if (m_authorization == sentWith)
                m_authorization.clear();
            return ensureLogin([this, method, params, idempotent, done = std::move(done)](const Status &login) mutable {
                if (!login)
                    return done(login.error());
                send(method, params, idempotent, true, std::move(done));
            });
        }
        if (auto e = trytonError(resp, method))
            return done(*e);
        done(trytonResult(resp));
    });
}

void TrytonRpc::ensureLogin(LoginCallback done)
{
    if (!m_authorization.isEmpty())
        return done(okStatus());
    m_waiting.append(std::move(done));
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    const QJsonArray params{m_conn.username, QJsonObject{{QStringLiteral("password"), m_conn.password}},
                            QStringLiteral("en")};
    ++m_nextId;
    m_http->send(request(QStringLiteral("common.db.login"), params, true), [this](const HttpResponse &resp) {
        if (auto e = trytonError(resp, QStringLiteral("common.db.login")))
            return finishLogin(*e);
        const QJsonArray session = trytonResult(resp).toArray();
        if (session.size() < 2 || !session.at(0).isDouble() || session.at(1).toString().isEmpty()) {
            SyncError e;
            e.category = ErrorCategory::Auth;
            e.code = QStringLiteral("login_failed");
            e.httpStatus = resp.status;
            e.message = QStringLiteral("Tryton did not open a session for user %1.").arg(m_conn.username);
            e.hint = QStringLiteral("Check erp.username and erp.password in the Backroom settings.");
            return finishLogin(e);
        }
        ++m_logins;
        const QByteArray token = (m_conn.username + QLatin1Char(':') + QString::number(session.at(0).toInteger())
                                  + QLatin1Char(':') + session.at(1).toString()).toUtf8();
        m_authorization = "Session " + token.toBase64();
        // The user's preferences are the context every call carries (company, language, ...).
        const QJsonArray prefs{true, QJsonObject()};
        ++m_nextId;
        m_http->send(request(QStringLiteral("model.res.user.get_preferences"), prefs, true),
                     [this](const HttpResponse &r) {
            if (auto e = trytonError(r, QStringLiteral("model.res.user.get_preferences"))) {
                m_authorization.clear();
                return finishLogin(*e);
            }
            m_userContext = trytonResult(r).toObject();
            finishLogin(okStatus());
        });
    });
}

void TrytonRpc::finishLogin(const Status &status)
{
    m_loggingIn = false;
    const QList<LoginCallback> waiting = std::exchange(m_waiting, {});
    for (const LoginCallback &cb : waiting)
        cb(status);
}

} // namespace backroom
