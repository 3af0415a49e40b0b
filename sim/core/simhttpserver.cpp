#include "sim/core/simhttpserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace backroom::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

constexpr int kTimeoutHoldMs = 120000; // a "timeout" connection is closed after this

} // namespace

SimHttpServer::SimHttpServer(const FaultSpec &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_faults(faults)
    , m_rng(faults.seed)
{
}

SimHttpServer::~SimHttpServer() = default;

quint16 SimHttpServer::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return 0;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                    ? QStringLiteral("127.0.0.1")
                    : address.toString());
    url.setPort(bound);
    m_url = url;
    return bound;
}

void SimHttpServer::setFaults(const FaultSpec &faults)
{
    m_faults = faults;
    m_rng.seed(faults.seed);
}

SimResponse SimHttpServer::handleAdmin(const SimRequest &request)
{
    const QStringList segs = http::segments(request.path);
    if (http::match(segs, {QStringLiteral("__sim"), QStringLiteral("stats")}) && request.method == "GET")
        return SimResponse::json(200, adminStats());
    if (http::match(segs, {QStringLiteral("__sim"), QStringLiteral("faults")})) {
        if (request.method == "PUT" || request.method == "POST") {
            const QString spec = request.hasQuery(QStringLiteral("spec"))
                ? request.queryValue(QStringLiteral("spec"))
                : QString::fromUtf8(request.body);
            QString error;
            const auto parsed = FaultSpec::parse(spec, &error);
            if (!parsed)
                return SimResponse::json(400, QJsonObject{{QStringLiteral("error"), error}});
            setFaults(*parsed);
        }
        return SimResponse::json(200, QJsonObject{{QStringLiteral("faults"), m_faults.toString()}});
    }
    return SimResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown admin path")}});
}

QJsonObject SimHttpServer::countersJson() const
{
    QJsonObject byKind;
    for (auto it = m_counters.faultsByKind.cbegin(); it != m_counters.faultsByKind.cend(); ++it)
        byKind.insert(it.key(), double(it.value()));
    return QJsonObject{{QStringLiteral("requests"), double(m_counters.requests)},
                       {QStringLiteral("faults_injected"), double(m_counters.faults)},
                       {QStringLiteral("faults_by_kind"), byKind},
                       {QStringLiteral("faults"), m_faults.toString()}};
}

QJsonObject SimHttpServer::adminStats() const
{
    return countersJson();
}

SimResponse SimHttpServer::authFault(const SimRequest &)
{
    return SimResponse::json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("Unauthorized")}});
}

bool SimHttpServer::applyShift(const SimRequest &)
{
    return false;
}

void SimHttpServer::countFault(const QString &kind)
{
    ++m_counters.faults;
    ++m_counters.faultsByKind[kind];
}

SimRequest SimHttpServer::toSimRequest(const QHttpServerRequest &request)
{
    SimRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path();
    r.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    r.query = http::parseQuery(r.rawQuery);
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto &h : headers)
        r.headers.insert(h.first.toLower(), h.second);
    r.host = r.headers.value(QByteArrayLiteral("host"));
    r.body = request.body();
    return r;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const SimRequest request = toSimRequest(httpRequest);
    const bool close = request.header(QByteArrayLiteral("connection")).toLower() == "close";
    if (request.isAdmin()) {
        write(socket, handleAdmin(request), close);
        return true;
    }
    ++m_counters.requests;

    QString kind;
    if (m_faults.rate > 0.0 && !m_faults.kinds.isEmpty() && m_rng.uniform() < m_faults.rate)
        kind = m_faults.kinds.at(m_rng.bounded(int(m_faults.kinds.size())));

    if (kind.isEmpty()) {
        send(socket, handle(request), close);
    } else if (kind == QLatin1String("timeout")) {
        countFault(kind);
        // Hold the connection open and never answer; the client's timeout must fire.
        QTimer::singleShot(kTimeoutHoldMs, socket, [socket] { socket->abort(); });
    } else if (kind == QLatin1String("reset")) {
        countFault(kind);
        resetConnection(socket);
    } else if (kind == QLatin1String("truncate")) {
        SimResponse response = handle(request);
        if (response.body.size() > 1) {
            countFault(kind);
            // A proxy or a PHP fatal error cut the body: consistent Content-Length, broken JSON.
            response.body.truncate(response.body.size() / 2);
        }
        send(socket, response, close);
    } else if (kind == QLatin1String("shift")) {
        if (applyShift(request))
            countFault(kind);
        send(socket, handle(request), close);
    } else if (kind == QLatin1String("auth")) {
        countFault(kind);
        send(socket, authFault(request), close);
    } else {
        countFault(kind);
        send(socket, http::faultResponse(kind), close);
    }
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SimResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}}), true);
}

void SimHttpServer::send(QTcpSocket *socket, const SimResponse &response, bool close)
{
    if (m_faults.latencyMs <= 0) {
        write(socket, response, close);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_faults.latencyMs, socket, [this, guard, response, close] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(guard.data(), response, close);
    });
}

void SimHttpServer::write(QTcpSocket *socket, const SimResponse &response, bool close)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' '
        + http::reasonPhrase(response.status) + QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("Content-Type: ") + response.contentType + QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(response.body.size())
        + QByteArrayLiteral("\r\n");
    out += close ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    for (const auto &h : response.headers)
        out += h.first + QByteArrayLiteral(": ") + h.second + QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("\r\n");
    out += response.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void SimHttpServer::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout turns close() into a TCP RST: "connection reset by peer".
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof(lin));
    }
    socket->abort();
}

} // namespace backroom::sim
