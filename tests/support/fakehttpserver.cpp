#include "tests/support/fakehttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace backroom::test {

struct FakeHttpServer::Conn {
    QByteArray buffer;
    bool busy = false; // a request is being answered
};

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray FakeRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray FakeRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

FakeResponse FakeResponse::json(int status, QByteArray body, RawHeaders headers)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    r.headers.emplaceBack("Content-Type", "application/json; charset=UTF-8");
    return r;
}

FakeResponse FakeResponse::html(int status, QByteArray body)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers.emplaceBack("Content-Type", "text/html");
    return r;
}

FakeResponse FakeResponse::neverAnswer()
{
    FakeResponse r;
    r.action = Action::NeverAnswer;
    return r;
}

FakeResponse FakeResponse::reset(int delayMs)
{
    FakeResponse r;
    r.action = Action::Close;
    r.delayMs = delayMs;
    return r;
}

FakeResponse &FakeResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.emplaceBack(std::move(name), std::move(value));
    return *this;
}

FakeResponse &FakeResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_default = FakeResponse::json(200, "{}");
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    qDeleteAll(m_conns);
}

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void FakeHttpServer::enqueue(FakeResponse response)
{
    m_script.push_back(std::move(response));
}

void FakeHttpServer::setHandler(std::function<FakeResponse(const FakeRequest &)> handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::setDefault(FakeResponse response)
{
    m_default = std::move(response);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_conns.insert(socket, new Conn);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            Conn *c = m_conns.take(socket);
            if (c && c->busy)
                --m_inFlight; // the client gave up (timeout) while we held the request
            delete c;
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    Conn *c = m_conns.value(socket);
    if (!c)
        return;
    c->buffer += socket->readAll();
    while (!c->busy) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        FakeRequest req;
        const QList<QByteArray> lines = c->buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            QByteArray name = lines[i].left(colon).trimmed();
            QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            req.headers.emplaceBack(std::move(name), std::move(value));
        }
        if (c->buffer.size() < end + 4 + length)
            return;
        req.body = c->buffer.mid(end + 4, length);
        c->buffer.remove(0, end + 4 + length);
        c->busy = true;
        handle(socket, std::move(req));
    }
}

void FakeHttpServer::handle(QTcpSocket *socket, FakeRequest request)
{
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    FakeResponse response;
    if (!m_script.empty()) {
        response = std::move(m_script.front());
        m_script.pop_front();
    } else if (m_handler) {
        response = m_handler(request);
    } else {
        response = m_default;
    }
    m_requests.append(std::move(request));
    Q_EMIT requestReceived(int(m_requests.size()) - 1);

    if (response.action == FakeResponse::Action::NeverAnswer)
        return; // stays in flight until the client hangs up
    QPointer<QTcpSocket> guard(socket);
    auto act = [this, guard, response] {
        if (guard)
            respond(guard, response);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, act);
    else
        act();
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    if (response.action == FakeResponse::Action::Close) {
        // SO_LINGER 0: close() sends a TCP RST instead of a FIN.
        struct linger lg {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        answered(socket);
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    bool hasLength = false;
    for (const auto &h : response.headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasLength = hasLength || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    out += response.body;
    answered(socket);
    socket->write(out);
    // A further request may already be buffered on this connection.
    QMetaObject::invokeMethod(
        this, [this, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                onReadyRead(guard);
        },
        Qt::QueuedConnection);
}

void FakeHttpServer::answered(QTcpSocket *socket)
{
    if (Conn *c = m_conns.value(socket); c && c->busy) {
        c->busy = false;
        --m_inFlight;
    }
}

} // namespace backroom::test
