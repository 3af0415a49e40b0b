#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace backroom {

class HttpClient;

// "Test connection" in the settings: one real, read-only request per system through the
// engine's own clients (same auth, same error sentences), one attempt, 15 s timeout.
// Asynchronous; the answer comes as finished(system, ok, message).
class ConnectionTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // GET /wp-json/wc/v3/orders?per_page=1
    void testStore(const QString &storeId, const QUrl &url, const QString &auth, const QString &key, const QString &secret);
    // GET /api/resource/Sales Order filtered by the reference field (finds nothing, proves access)
    void testErp(const QUrl &url, const QString &apiKey, const QString &apiSecret, const QString &referenceField);
    // GET /api/v2/users/me.json
    void testHelpdesk(const QUrl &url, const QString &email, const QString &apiToken);

Q_SIGNALS:
    void finished(const QString &system, bool ok, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    HttpClient *m_http;
};

} // namespace backroom
