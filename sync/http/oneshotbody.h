#pragma once

#include <QByteArray>
#include <QIODevice>

namespace backroom {

// A request body QNetworkAccessManager can read once only. QNAM silently re-sends a POST
// whose connection was closed before the answer, if it can re-read the body — the server
// may already have created the document, so that would be a duplicate. With this body
// (reset() fails, DoNotBufferUploadDataAttribute set) QNAM reports an error instead and the
// engine looks the document up before it tries again.
class OneShotBody final : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data)) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace backroom
