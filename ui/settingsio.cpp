// SettingsDialog: loading, the edited config, saving and connection tests.
#include "ui/configdocument.h"
#include "ui/connectiontester.h"
#include "ui/secretfield.h"
#include "ui/secretstore.h"
#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QSpinBox>

#include <memory>

namespace backroom {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
void setOrRemove(QJsonObject &o, const char *key, const QString &value)
{
    if (value.isEmpty())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), value);
}
} // namespace

void SettingsDialog::load(const QString &path, bool firstRun)
{
    m_path = path;
    m_loaded = {};
    QString error;
    if (!QFileInfo::exists(path))
        firstRun = true;
    if (!firstRun) {
        m_loaded = ConfigDocument::read(path, &error);
        showError(error);
    }
    m_intro->setText(firstRun ? tr("Welcome to Backroom. Enter your shop and your ERP, test each connection, and save. The settings are written to %1.").arg(path)
                              : tr("Connections of %1. Changes take effect when the engine restarts.").arg(path));
    const QJsonObject store = m_loaded.value(QStringLiteral("stores")).toArray().at(0).toObject();
    const QJsonObject woo = store.value(QStringLiteral("woocommerce")).toObject();
    m_storeId->setText(store.value(QStringLiteral("id")).toString(QStringLiteral("main")));
    m_storeUrl->setText(str(woo, "url"));
    m_storeAuth->setCurrentIndex(std::max(0, m_storeAuth->findData(woo.value(QStringLiteral("auth")).toString(QStringLiteral("basic")))));
    m_storeKey->setStored(str(woo, "consumer_key"));
    m_storeSecret->setStored(str(woo, "consumer_secret"));
    m_storePoll->setValue(woo.value(QStringLiteral("poll_interval_s")).toInt(30));
    QStringList statuses;
    for (const QJsonValue &v : woo.value(QStringLiteral("order_statuses")).toArray())
        statuses.append(v.toString());
    m_storeStatuses->setText(statuses.isEmpty() ? QStringLiteral("processing") : statuses.join(QStringLiteral(", ")));

    const QJsonObject erp = m_loaded.value(QStringLiteral("erp")).toObject();
    m_erpUrl->setText(str(erp, "url"));
    m_erpKey->setStored(str(erp, "api_key"));
    m_erpSecret->setStored(str(erp, "api_secret"));
    m_erpCompany->setText(str(erp, "company"));
    m_erpWarehouse->setText(str(erp, "warehouse"));
    m_erpReference->setText(erp.value(QStringLiteral("reference_field")).toString(QStringLiteral("po_no")));
    m_erpTax->setText(str(erp, "tax_account"));
    m_erpShipping->setText(str(erp, "shipping_account"));
    m_erpFee->setText(str(erp, "fee_account"));

    const QJsonObject hd = m_loaded.value(QStringLiteral("helpdesk")).toObject();
    m_helpdeskOn->setChecked(!hd.isEmpty());
    m_helpdeskUrl->setText(str(hd, "url"));
    m_helpdeskEmail->setText(str(hd, "email"));
    m_helpdeskToken->setStored(str(hd, "api_token"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_helpdeskUrl, m_helpdeskEmail, m_helpdeskToken})
        w->setEnabled(m_helpdeskOn->isChecked());
}

QJsonObject SettingsDialog::config() const
{
    QJsonObject root = m_loaded;
    QJsonArray stores = root.value(QStringLiteral("stores")).toArray();
    QJsonObject store = stores.isEmpty() ? QJsonObject() : stores.at(0).toObject();
    QJsonObject woo = store.value(QStringLiteral("woocommerce")).toObject();
    store.insert(QStringLiteral("id"), m_storeId->text().trimmed().isEmpty() ? QStringLiteral("main") : m_storeId->text().trimmed());
    woo.insert(QStringLiteral("url"), m_storeUrl->text().trimmed());
    woo.insert(QStringLiteral("auth"), m_storeAuth->currentData().toString());
    woo.insert(QStringLiteral("consumer_key"), m_storeKey->configValue());
    woo.insert(QStringLiteral("consumer_secret"), m_storeSecret->configValue());
    woo.insert(QStringLiteral("poll_interval_s"), m_storePoll->value());
    QJsonArray statuses;
    for (const QString &s : m_storeStatuses->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        statuses.append(s.trimmed());
    woo.insert(QStringLiteral("order_statuses"), statuses);
    store.insert(QStringLiteral("woocommerce"), woo);
    if (stores.isEmpty())
        stores.append(store);
    else
        stores[0] = store;
    root.insert(QStringLiteral("stores"), stores);

    QJsonObject erp = root.value(QStringLiteral("erp")).toObject();
    erp.insert(QStringLiteral("type"), QStringLiteral("erpnext"));
    erp.insert(QStringLiteral("url"), m_erpUrl->text().trimmed());
    erp.insert(QStringLiteral("api_key"), m_erpKey->configValue());
    erp.insert(QStringLiteral("api_secret"), m_erpSecret->configValue());
    erp.insert(QStringLiteral("company"), m_erpCompany->text().trimmed());
    erp.insert(QStringLiteral("warehouse"), m_erpWarehouse->text().trimmed());
    erp.insert(QStringLiteral("reference_field"), m_erpReference->text().trimmed());
    setOrRemove(erp, "tax_account", m_erpTax->text().trimmed());
    setOrRemove(erp, "shipping_account", m_erpShipping->text().trimmed());
    setOrRemove(erp, "fee_account", m_erpFee->text().trimmed());
    root.insert(QStringLiteral("erp"), erp);

    if (m_helpdeskOn->isChecked()) {
        QJsonObject hd = root.value(QStringLiteral("helpdesk")).toObject();
        hd.insert(QStringLiteral("type"), QStringLiteral("zendesk"));
        hd.insert(QStringLiteral("url"), m_helpdeskUrl->text().trimmed());
        hd.insert(QStringLiteral("email"), m_helpdeskEmail->text().trimmed());
        hd.insert(QStringLiteral("api_token"), m_helpdeskToken->configValue());
        root.insert(QStringLiteral("helpdesk"), hd);
    } else {
        root.remove(QStringLiteral("helpdesk"));
    }
    return root;
}

void SettingsDialog::resolveSecret(SecretField *field, std::function<void(const QString &)> done)
{
    if (field->hasNewSecret()) {
        done(field->text());
        return;
    }
    const QString value = field->isReference() ? field->text().trimmed() : field->stored();
    if (!value.startsWith(QLatin1String("env:"))) {
        done(value);
        return;
    }
    const QString name = value.mid(4);
    if (qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
        done(qEnvironmentVariable(name.toLocal8Bit().constData()));
        return;
    }
    m_secrets->read(name, [done = std::move(done)](const std::optional<QString> &s) { done(s.value_or(QString())); });
}

void SettingsDialog::testConnection(const QString &system)
{
    m_results.value(system)->setText(tr("Testing…"));
    m_results.value(system)->setStyleSheet(QString());
    m_testButtons.value(system)->setEnabled(false);
    QPointer<SettingsDialog> self(this);
    if (system == QLatin1String("woocommerce")) {
        resolveSecret(m_storeKey, [self](const QString &key) {
            if (!self)
                return;
            self->resolveSecret(self->m_storeSecret, [self, key](const QString &secret) {
                if (self)
                    self->m_tester->testStore(self->m_storeId->text(), QUrl(self->m_storeUrl->text().trimmed()),
                                              self->m_storeAuth->currentData().toString(), key, secret);
            });
        });
    } else if (system == QLatin1String("erp")) {
        resolveSecret(m_erpKey, [self](const QString &key) {
            if (!self)
                return;
            self->resolveSecret(self->m_erpSecret, [self, key](const QString &secret) {
                if (self)
                    self->m_tester->testErp(QUrl(self->m_erpUrl->text().trimmed()), key, secret, self->m_erpReference->text().trimmed());
            });
        });
    } else {
        resolveSecret(m_helpdeskToken, [self](const QString &token) {
            if (self)
                self->m_tester->testHelpdesk(QUrl(self->m_helpdeskUrl->text().trimmed()), self->m_helpdeskEmail->text().trimmed(), token);
        });
    }
}

void SettingsDialog::accept()
{
    m_closeOnSave = true;
    save();
}

void SettingsDialog::save()
{
    QList<SecretField *> fresh;
    for (SecretField *f : {m_storeKey, m_storeSecret, m_erpKey, m_erpSecret, m_helpdeskToken}) {
        if (f->hasNewSecret() && f->isEnabled())
            fresh.append(f);
    }
    if (!fresh.isEmpty() && !m_keychainAvailable) {
        const QString msg = tr("No keychain is available, so a secret typed here would end up in plain text in the config file. Enter env:NAME instead (for example env:%1) and set that environment variable.")
                                .arg(fresh.first()->secretName());
        showError(msg);
        m_closeOnSave = false;
        Q_EMIT saveFailed(msg);
        return;
    }
    const QJsonObject cfg = config();
    QString invalid;
    const QList<std::pair<QWidget *, const char *>> required{
        {m_storeUrl, "stores[0].woocommerce.url"},     {m_storeKey, "stores[0].woocommerce.consumer_key"},
        {m_storeSecret, "stores[0].woocommerce.consumer_secret"}, {m_erpUrl, "erp.url"},
        {m_erpKey, "erp.api_key"},                      {m_erpSecret, "erp.api_secret"},
        {m_erpCompany, "erp.company"},                  {m_erpWarehouse, "erp.warehouse"}};
    for (const auto &[widget, key] : required) {
        auto *e = static_cast<QLineEdit *>(widget);
        auto *secret = qobject_cast<SecretField *>(widget);
        if (e->text().trimmed().isEmpty() && (!secret || secret->stored().isEmpty())) {
            invalid = tr("%1: missing").arg(QLatin1String(key));
            e->setFocus();
            break;
        }
    }
    if (invalid.isEmpty())
        invalid = ConfigDocument::validate(cfg, QFileInfo(m_path).absolutePath());
    if (!invalid.isEmpty()) {
        const QString msg = tr("Not saved: %1").arg(invalid);
        showError(msg);
        m_closeOnSave = false;
        Q_EMIT saveFailed(msg);
        return;
    }
    showError({});
    m_buttons->setEnabled(false);
    auto remaining = std::make_shared<int>(int(fresh.size()) + 1);
    auto failure = std::make_shared<QString>();
    QPointer<SettingsDialog> self(this);
    auto finish = [self, remaining, failure, cfg] {
        if (--*remaining > 0 || !self)
            return;
        self->m_buttons->setEnabled(true);
        QString error = *failure;
        if (error.isEmpty() && !ConfigDocument::write(self->m_path, cfg, &error))
            error = tr("Cannot write %1: %2").arg(self->m_path, error);
        if (!error.isEmpty()) {
            self->showError(error);
            self->m_closeOnSave = false;
            Q_EMIT self->saveFailed(error);
            return;
        }
        self->m_loaded = cfg;
        Q_EMIT self->saved(self->m_path);
        if (self->m_closeOnSave)
            self->QDialog::accept();
    };
    for (SecretField *f : std::as_const(fresh)) {
        m_secrets->write(f->secretName(), f->text(), [finish, failure, name = f->secretName()](bool ok, const QString &error) {
            if (!ok && failure->isEmpty())
                *failure = tr("The keychain refused %1: %2").arg(name, error);
            finish();
        });
    }
    finish();
}

} // namespace backroom
