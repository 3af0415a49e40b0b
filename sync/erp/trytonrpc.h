#pragma once

#include "sync/core/syncerror.h"
#include "sync/http/httprequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace backroom {

class HttpClient;

// Where and as whom the Tryton adapter connects (erp.type "tryton").
struct TrytonConnection {
    QUrl url;                   // server root, e.g. http://127.0.0.1:8000/
    QString database;
    QString username;
    QString password;
    QString warehouse;          // stock.location code of the warehouse; empty: the first warehouse
    std::chrono::milliseconds timeout{30000};
};

// Tryton's JSON-RPC 1.0 over HTTP (docs/tryton-wire.md): POST /<database>/ with
// {"method", "params", "id"}; a session from common.db.login sent as
// "Authorization: Session base64(login:user_id:session)". Logs in on first use and again,
// once and transparently, when the server answers 401 (sessions expire when idle).
class TrytonRpc final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrytonRpc)
public:
    using Callback = std::function<void(const Result<QJsonValue> &)>;

    TrytonRpc(TrytonConnection conn, HttpClient *http, QString endpoint, QObject *parent = nullptr);
    ~TrytonRpc() override;

    // Calls model/wizard `method` ("model.sale.sale.search"); the user's context (merged with
    // `context`) is appended as the last parameter, as Tryton's RPC expects. `idempotent`
    // allows the HTTP client to retry (reads); creates and workflow buttons pass false.
    // Writes (idempotent == false) go one at a time: trytond on SQLite hands the same sequence
    // number (party code) to concurrent creates. Reads run in parallel.
    void call(const QString &method, QJsonArray params, bool idempotent, Callback done,
              const QJsonObject &context = {});

    const TrytonConnection &connection() const { return m_conn; }
    int loginCount() const { return m_logins; }
    int writesWaiting() const { return int(m_writeQueue.size()); }

private:
    using LoginCallback = std::function<void(const Status &)>;
    void ensureLogin(LoginCallback done);
    void finishLogin(const Status &status);
    void send(const QString &method, const QJsonArray &params, bool idempotent, bool retried, Callback done);
    HttpRequest request(const QString &method, const QJsonArray &params, bool idempotent) const;
    void startCall(const QString &method, QJsonArray params, bool idempotent, Callback done, const QJsonObject &context);
    void nextWrite();

    TrytonConnection m_conn;
    HttpClient *m_http;
    QString m_endpoint;
    QByteArray m_authorization;       // "Session ..." once logged in
    QJsonObject m_userContext;        // res.user.get_preferences(true)
    bool m_loggingIn = false;
    QList<LoginCallback> m_waiting;
    int m_logins = 0;
    bool m_writing = false;
    QList<std::function<void()>> m_writeQueue;
    qint64 m_nextId = 1;
};

} // namespace backroom
