#pragma once

#include <QLineEdit>

namespace backroom {

// A password-style line for one secret of the config file. It holds either a reference
// (`env:NAME`, shown as typed) or a secret typed by the user, which is saved to the OS
// keychain under NAME — the file then says `env:NAME`. Left empty, the stored reference stays.
class SecretField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)
public:
    SecretField(const QString &objectName, const QString &secretName, QWidget *parent = nullptr);

    // The value in the loaded config ("env:NAME", a literal, or empty).
    void setStored(const QString &value);
    QString stored() const { return m_stored; }
    QString secretName() const { return m_secretName; }
    void setSecretName(const QString &name) { m_secretName = name; }
    void setKeychainAvailable(bool available);

    bool isReference() const { return text().startsWith(QLatin1String("env:")); }
    // A secret typed in this session (not a reference, not empty).
    bool hasNewSecret() const { return !text().isEmpty() && !isReference(); }
    // What the config file gets: the typed reference, env:NAME for a new secret, else the stored value.
    QString configValue() const;

private:
    void updateEcho();

    QString m_stored;
    QString m_secretName;
    bool m_keychain = false;
};

} // namespace backroom
