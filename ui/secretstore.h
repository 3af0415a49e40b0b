#pragma once

#include <QObject>

#include <functional>
#include <optional>

namespace backroom {

// Secrets in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows
// Credential Store), under service "backroom". Each secret is stored under the name of the
// environment variable the config file refers to (`env:NAME`): a headless engine reads NAME
// from its environment, the console from the keychain. All calls are asynchronous.
//
// Headless machines and CI have no secret service: probe() finds out once and says so in one
// sentence, and the settings offer env: references instead.
class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    static constexpr const char *kService = "backroom";
    enum class Availability { Unknown, Available, Unavailable };

    explicit SecretStore(QObject *parent = nullptr);

    // Finds out whether a keychain answers (BACKROOM_NO_KEYCHAIN=1 forces "no").
    void probe();
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_reason; }

    void write(const QString &name, const QString &secret, std::function<void(bool ok, const QString &error)> done);
    // nullopt when there is no such entry or no keychain.
    void read(const QString &name, std::function<void(const std::optional<QString> &secret)> done);

Q_SIGNALS:
    void availabilityKnown(bool available);

private:
    Availability m_availability = Availability::Unknown;
    QString m_reason;
};

} // namespace backroom
