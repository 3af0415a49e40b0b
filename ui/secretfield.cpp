#include "ui/secretfield.h"

namespace backroom {

SecretField::SecretField(const QString &objectName, const QString &secretName, QWidget *parent)
    : QLineEdit(parent)
    , m_secretName(secretName)
{
    setObjectName(objectName);
    setEchoMode(QLineEdit::Password);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &SecretField::updateEcho);
    setKeychainAvailable(false);
}

void SecretField::setStored(const QString &value)
{
    m_stored = value;
    // A reference is not secret: show it. A literal secret in the file stays hidden.
    setText(value.startsWith(QLatin1String("env:")) ? value : QString());
    if (!value.isEmpty() && !value.startsWith(QLatin1String("env:")))
        setPlaceholderText(tr("a secret is written in the config file itself — type a new one or env:NAME"));
    updateEcho();
}

void SecretField::setKeychainAvailable(bool available)
{
    m_keychain = available;
    if (m_stored.isEmpty() || m_stored.startsWith(QLatin1String("env:"))) {
        setPlaceholderText(available ? tr("type the secret (kept in the OS keychain) or env:NAME")
                                     : tr("env:NAME — the engine reads the secret from that environment variable"));
    }
}

QString SecretField::configValue() const
{
    if (isReference())
        return text().trimmed();
    if (hasNewSecret())
        return QStringLiteral("env:") + m_secretName;
    return m_stored;
}

void SecretField::updateEcho()
{
    setEchoMode(isReference() ? QLineEdit::Normal : QLineEdit::Password);
}

} // namespace backroom
