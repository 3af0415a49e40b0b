#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace backroom {

class ConnectionTester;
class SecretField;
class SecretStore;

// The connections of DESIGN.md §7 — the store (WooCommerce), the ERP (ERPNext), the helpdesk
// (Zendesk) — each with "Test connection". Writes the same config file the headless engine
// reads; keys it does not show are kept. Secrets go to the OS keychain and the file refers to
// them as env:NAME; with no keychain (headless, CI) it says so and asks for env: references.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(SecretStore *secrets, QWidget *parent = nullptr);

    // Loads the file (missing: first run, an empty form with defaults).
    void load(const QString &path, bool firstRun);
    QString configPath() const { return m_path; }
    // The edited config as it will be written (secrets as env: references).
    QJsonObject config() const;
    // Starts a connection test: "woocommerce", "erp" or "helpdesk".
    void testConnection(const QString &system);
    QString testResult(const QString &system) const;
    // Writes secrets to the keychain, then the file; saved() or saveFailed().
    void save();
    QString keychainNotice() const;

    void accept() override;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);
    void testFinished(const QString &system, bool ok);

private:
    QWidget *buildStoreTab();
    QWidget *buildErpTab();
    QWidget *buildHelpdeskTab();
    QWidget *testRow(const QString &system);
    void onKeychain(bool available);
    void resolveSecret(SecretField *field, std::function<void(const QString &)> done);
    void showError(const QString &message);

    SecretStore *m_secrets;
    ConnectionTester *m_tester;
    QString m_path;
    QJsonObject m_loaded;
    QLabel *m_intro;
    QLabel *m_keychain;
    QTabWidget *m_tabs;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    // store
    QLineEdit *m_storeId;
    QLineEdit *m_storeUrl;
    QComboBox *m_storeAuth;
    SecretField *m_storeKey;
    SecretField *m_storeSecret;
    QSpinBox *m_storePoll;
    QLineEdit *m_storeStatuses;
    // erp
    QLineEdit *m_erpUrl;
    SecretField *m_erpKey;
    SecretField *m_erpSecret;
    QLineEdit *m_erpCompany;
    QLineEdit *m_erpWarehouse;
    QLineEdit *m_erpReference;
    QLineEdit *m_erpTax;
    QLineEdit *m_erpShipping;
    QLineEdit *m_erpFee;
    // helpdesk
    QCheckBox *m_helpdeskOn;
    QLineEdit *m_helpdeskUrl;
    QLineEdit *m_helpdeskEmail;
    SecretField *m_helpdeskToken;
    QMap<QString, QLabel *> m_results;
    QMap<QString, QPushButton *> m_testButtons;
    bool m_keychainAvailable = false;
    bool m_closeOnSave = false;
};

} // namespace backroom
