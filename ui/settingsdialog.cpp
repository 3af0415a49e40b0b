#include "ui/settingsdialog.h"

#include "ui/configdocument.h"
#include "ui/connectiontester.h"
#include "ui/secretfield.h"
#include "ui/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace backroom {

namespace {
QLineEdit *line(QWidget *parent, const QString &objectName, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setMinimumWidth(360);
    return e;
}
} // namespace

SettingsDialog::SettingsDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
    , m_intro(new QLabel(this))
    , m_keychain(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Backroom settings"));
    m_intro->setObjectName(QStringLiteral("settingsIntro"));
    m_keychain->setObjectName(QStringLiteral("settingsKeychain"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_intro->setWordWrap(true);
    m_keychain->setWordWrap(true);
    m_keychain->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_keychain->setText(tr("Checking for the OS keychain…"));

    m_tabs->addTab(buildStoreTab(), tr("Store (WooCommerce)"));
    m_tabs->addTab(buildErpTab(), tr("ERP (ERPNext)"));
    m_tabs->addTab(buildHelpdeskTab(), tr("Helpdesk (Zendesk)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_keychain);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::finished, this, [this](const QString &system, bool ok, const QString &message) {
        QLabel *l = m_results.value(system);
        l->setText(ok ? tr("✔ %1").arg(message) : tr("✘ %1").arg(message));
        l->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
        m_testButtons.value(system)->setEnabled(true);
        Q_EMIT testFinished(system, ok);
    });
    connect(m_secrets, &SecretStore::availabilityKnown, this, &SettingsDialog::onKeychain);
    if (m_secrets->availability() == SecretStore::Availability::Unknown)
        m_secrets->probe();
    else
        onKeychain(m_secrets->availability() == SecretStore::Availability::Available);
    resize(760, 640);
}

QWidget *SettingsDialog::testRow(const QString &system)
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 8, 0, 0);
    auto *button = new QPushButton(tr("Test connection"), row);
    button->setObjectName(QStringLiteral("settingsTest_") + system);
    auto *result = new QLabel(row);
    result->setObjectName(QStringLiteral("settingsResult_") + system);
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    h->addWidget(button, 0, Qt::AlignTop);
    h->addWidget(result, 1);
    m_results.insert(system, result);
    m_testButtons.insert(system, button);
    connect(button, &QPushButton::clicked, this, [this, system] { testConnection(system); });
    return row;
}

QWidget *SettingsDialog::buildStoreTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_storeId = line(page, QStringLiteral("settingsStoreId"), tr("main"));
    m_storeUrl = line(page, QStringLiteral("settingsStoreUrl"), tr("https://shop.example.com"));
    m_storeAuth = new QComboBox(page);
    m_storeAuth->setObjectName(QStringLiteral("settingsStoreAuth"));
    m_storeAuth->addItem(tr("HTTP Basic over HTTPS (recommended)"), QStringLiteral("basic"));
    m_storeAuth->addItem(tr("Keys in the query string over HTTPS"), QStringLiteral("query"));
    m_storeAuth->addItem(tr("OAuth 1.0a (for plain HTTP)"), QStringLiteral("oauth1"));
    m_storeKey = new SecretField(QStringLiteral("settingsStoreKey"), ConfigDocument::secretName(QStringLiteral("woo main"), QStringLiteral("consumer_key")), page);
    m_storeSecret = new SecretField(QStringLiteral("settingsStoreSecret"), ConfigDocument::secretName(QStringLiteral("woo main"), QStringLiteral("consumer_secret")), page);
    m_storePoll = new QSpinBox(page);
    m_storePoll->setObjectName(QStringLiteral("settingsStorePoll"));
    m_storePoll->setRange(5, 3600);
    m_storePoll->setValue(30);
    m_storePoll->setSuffix(tr(" s"));
    m_storeStatuses = line(page, QStringLiteral("settingsStoreStatuses"), tr("processing"));
    m_storeStatuses->setText(QStringLiteral("processing"));
    connect(m_storeId, &QLineEdit::textChanged, this, [this](const QString &id) {
        const QString scope = QStringLiteral("woo ") + (id.isEmpty() ? QStringLiteral("main") : id);
        m_storeKey->setSecretName(ConfigDocument::secretName(scope, QStringLiteral("consumer_key")));
        m_storeSecret->setSecretName(ConfigDocument::secretName(scope, QStringLiteral("consumer_secret")));
    });
    form->addRow(tr("Store id:"), m_storeId);
    form->addRow(tr("Shop address:"), m_storeUrl);
    form->addRow(tr("Authentication:"), m_storeAuth);
    form->addRow(tr("Consumer key:"), m_storeKey);
    form->addRow(tr("Consumer secret:"), m_storeSecret);
    form->addRow(tr("Poll every:"), m_storePoll);
    form->addRow(tr("Order statuses to sync:"), m_storeStatuses);
    auto *help = new QLabel(tr("Create the keys in WooCommerce → Settings → Advanced → REST API, with Read/Write permission."), page);
    help->setWordWrap(true);
    form->addRow(help);
    form->addRow(testRow(QStringLiteral("woocommerce")));
    return page;
}

QWidget *SettingsDialog::buildErpTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_erpUrl = line(page, QStringLiteral("settingsErpUrl"), tr("https://erp.example.com"));
    m_erpKey = new SecretField(QStringLiteral("settingsErpKey"), ConfigDocument::secretName(QStringLiteral("erp"), QStringLiteral("api_key")), page);
    m_erpSecret = new SecretField(QStringLiteral("settingsErpSecret"), ConfigDocument::secretName(QStringLiteral("erp"), QStringLiteral("api_secret")), page);
    m_erpCompany = line(page, QStringLiteral("settingsErpCompany"), tr("Example Retail Ltd"));
    m_erpWarehouse = line(page, QStringLiteral("settingsErpWarehouse"), tr("Stores - ERL"));
    m_erpReference = line(page, QStringLiteral("settingsErpReference"), QStringLiteral("po_no"));
    m_erpReference->setText(QStringLiteral("po_no"));
    m_erpTax = line(page, QStringLiteral("settingsErpTax"), tr("VAT - ERL"));
    m_erpShipping = line(page, QStringLiteral("settingsErpShipping"), tr("Freight and Forwarding Charges - ERL"));
    m_erpFee = line(page, QStringLiteral("settingsErpFee"), tr("Miscellaneous Expenses - ERL"));
    form->addRow(tr("ERPNext address:"), m_erpUrl);
    form->addRow(tr("API key:"), m_erpKey);
    form->addRow(tr("API secret:"), m_erpSecret);
    form->addRow(tr("Company:"), m_erpCompany);
    form->addRow(tr("Warehouse:"), m_erpWarehouse);
    form->addRow(tr("Reference field:"), m_erpReference);
    form->addRow(tr("Tax account:"), m_erpTax);
    form->addRow(tr("Shipping account:"), m_erpShipping);
    form->addRow(tr("Fee account:"), m_erpFee);
    form->addRow(testRow(QStringLiteral("erp")));
    return page;
}

QWidget *SettingsDialog::buildHelpdeskTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_helpdeskOn = new QCheckBox(tr("Open tickets for exceptions that need a person"), page);
    m_helpdeskOn->setObjectName(QStringLiteral("settingsHelpdeskOn"));
    m_helpdeskUrl = line(page, QStringLiteral("settingsHelpdeskUrl"), tr("https://example.zendesk.com"));
    m_helpdeskEmail = line(page, QStringLiteral("settingsHelpdeskEmail"), tr("ops@example.com"));
    m_helpdeskToken = new SecretField(QStringLiteral("settingsHelpdeskToken"), ConfigDocument::secretName(QStringLiteral("helpdesk"), QStringLiteral("api_token")), page);
    form->addRow(m_helpdeskOn);
    form->addRow(tr("Zendesk address:"), m_helpdeskUrl);
    form->addRow(tr("Agent e-mail:"), m_helpdeskEmail);
    form->addRow(tr("API token:"), m_helpdeskToken);
    form->addRow(testRow(QStringLiteral("helpdesk")));
    for (QWidget *w : std::initializer_list<QWidget *>{m_helpdeskUrl, m_helpdeskEmail, m_helpdeskToken})
        connect(m_helpdeskOn, &QCheckBox::toggled, w, &QWidget::setEnabled);
    return page;
}

void SettingsDialog::onKeychain(bool available)
{
    m_keychainAvailable = available;
    for (SecretField *f : {m_storeKey, m_storeSecret, m_erpKey, m_erpSecret, m_helpdeskToken})
        f->setKeychainAvailable(available);
    if (available) {
        m_keychain->setText(tr("🔒 Secrets you type here are kept in the OS keychain, never in the config file; the file refers to them as env:NAME, so a headless engine can read the same names from its environment."));
        m_keychain->setStyleSheet(QString());
    } else {
        m_keychain->setText(tr("<b>No OS keychain is available here</b> (%1). Secrets cannot be stored safely on this machine: enter each one as <code>env:NAME</code> and set the environment variable NAME before starting Backroom.")
                                .arg(m_secrets->unavailableReason().toHtmlEscaped()));
        m_keychain->setStyleSheet(QStringLiteral("background: #fff3e0; color: #5d4037; padding: 6px; border-radius: 4px;"));
    }
}

QString SettingsDialog::keychainNotice() const
{
    return m_keychain->text();
}

QString SettingsDialog::testResult(const QString &system) const
{
    QLabel *l = m_results.value(system);
    return l ? l->text() : QString();
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace backroom
