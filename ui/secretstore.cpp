#include "ui/secretstore.h"

#include <qt6keychain/keychain.h>

namespace backroom {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::probe()
{
    if (qEnvironmentVariableIntValue("BACKROOM_NO_KEYCHAIN") == 1) {
        m_availability = Availability::Unavailable;
        m_reason = tr("the keychain is turned off (BACKROOM_NO_KEYCHAIN=1)");
        Q_EMIT availabilityKnown(false);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("backroom-probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        m_availability = ok ? Availability::Available : Availability::Unavailable;
        m_reason = ok ? QString() : j->errorString();
        if (!ok && m_reason.isEmpty())
            m_reason = tr("no secret service is running");
        Q_EMIT availabilityKnown(ok);
    });
    job->start();
}

void SecretStore::write(const QString &name, const QString &secret, std::function<void(bool, const QString &)> done)
{
    if (m_availability == Availability::Unavailable) {
        done(false, m_reason);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void SecretStore::read(const QString &name, std::function<void(const std::optional<QString> &)> done)
{
    if (m_availability == Availability::Unavailable) {
        done(std::nullopt);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        else
            done(std::nullopt);
    });
    job->start();
}

} // namespace backroom
