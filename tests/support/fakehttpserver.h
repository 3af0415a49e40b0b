#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <deque>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace backroom::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

struct FakeRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    RawHeaders headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QByteArray path() const;                          // target without the query
    QByteArray query() const;                         // target after '?'
};

struct FakeResponse {
    enum class Action {
        Respond,     // send status, headers and body (after delayMs)
        NeverAnswer, // read the request and say nothing (the client times out)
        Close,       // abort the connection with a TCP reset (after delayMs)
    };
    Action action = Action::Respond;
    int status = 200;
    RawHeaders headers;
    QByteArray body;
    int delayMs = 0;

    static FakeResponse json(int status, QByteArray body, RawHeaders headers = {});
    static FakeResponse html(int status, QByteArray body);
    static FakeResponse neverAnswer();
    static FakeResponse reset(int delayMs = 0);
    FakeResponse &withHeader(QByteArray name, QByteArray value);
    FakeResponse &withDelay(int ms);
};

// A QTcpServer-based HTTP/1.1 server for tests, on 127.0.0.1 and a free port. Responses come
// from the script (FIFO, one per request), else from the handler, else the default (200 "{}").
// It records every request and counts requests in flight (received, not yet answered).
class FakeHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl url(const QString &pathAndQuery = QString()) const; // http://127.0.0.1:<port><path>

    void enqueue(FakeResponse response);
    void setHandler(std::function<FakeResponse(const FakeRequest &)> handler);
    void setDefault(FakeResponse response);

    const QList<FakeRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Conn;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, FakeRequest request);
    void respond(QTcpSocket *socket, const FakeResponse &response);
    void answered(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QTcpSocket *, Conn *> m_conns;
    std::deque<FakeResponse> m_script;
    std::function<FakeResponse(const FakeRequest &)> m_handler;
    FakeResponse m_default;
    QList<FakeRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace backroom::test
