// The settings dialog without a keychain (as on CI): says so, refuses to write a typed secret
// into the file, writes env: references in the engine's config format, keeps unknown keys,
// and "Test connection" gives a clear answer.
#include "sync/config/config.h"
#include "ui/configdocument.h"
#include "ui/secretstore.h"
#include "ui/settingsdialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

class TestSettingsDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void type(QWidget *root, const char *name, const QString &text)
    {
        auto *e = root->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(e, name);
        e->setText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BACKROOM_NO_KEYCHAIN", "1");
    }

    void noKeychainIsSaidAndTypedSecretsAreRefused()
    {
        SecretStore secrets;
        SettingsDialog d(&secrets);
        d.load(m_dir.filePath(QStringLiteral("first.json")), true);
        QVERIFY(d.keychainNotice().contains(QStringLiteral("No OS keychain")));
        type(&d, "settingsStoreUrl", QStringLiteral("https://shop.example.com"));
        type(&d, "settingsStoreKey", QStringLiteral("ck_literal"));
        type(&d, "settingsStoreSecret", QStringLiteral("cs_literal"));
        type(&d, "settingsErpUrl", QStringLiteral("https://erp.example.com"));
        type(&d, "settingsErpKey", QStringLiteral("env:ERP_KEY"));
        type(&d, "settingsErpSecret", QStringLiteral("env:ERP_SECRET"));
        type(&d, "settingsErpCompany", QStringLiteral("Example Retail Ltd"));
        type(&d, "settingsErpWarehouse", QStringLiteral("Stores - ERL"));
        QSignalSpy failed(&d, &SettingsDialog::saveFailed);
        d.save();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("env:")));
        QVERIFY(!QFile::exists(d.configPath()));
    }

    void writesTheEngineFormatWithReferences()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.json"));
        // An existing file with a key the dialog does not show: it must survive.
        QJsonObject existing{{QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), 5}}}};
        QString error;
        QVERIFY(ConfigDocument::write(path, existing, &error));
        SecretStore secrets;
        SettingsDialog d(&secrets);
        d.load(path, false);
        type(&d, "settingsStoreUrl", QStringLiteral("https://shop.example.com"));
        type(&d, "settingsStoreKey", QStringLiteral("env:WOO_KEY"));
        type(&d, "settingsStoreSecret", QStringLiteral("env:WOO_SECRET"));
        type(&d, "settingsErpUrl", QStringLiteral("https://erp.example.com"));
        type(&d, "settingsErpKey", QStringLiteral("env:ERP_KEY"));
        type(&d, "settingsErpSecret", QStringLiteral("env:ERP_SECRET"));
        type(&d, "settingsErpCompany", QStringLiteral("Example Retail Ltd"));
        type(&d, "settingsErpWarehouse", QStringLiteral("Stores - ERL"));
        QSignalSpy saved(&d, &SettingsDialog::saved);
        d.save();
        QVERIFY(saved.size() == 1 || saved.wait(2000));
        const QJsonObject written = ConfigDocument::read(path, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(written.value(QStringLiteral("retry")).toObject().value(QStringLiteral("max_attempts")).toInt(), 5);
        const QJsonObject woo = written.value(QStringLiteral("stores")).toArray().first().toObject().value(QStringLiteral("woocommerce")).toObject();
        QCOMPARE(woo.value(QStringLiteral("consumer_secret")).toString(), QStringLiteral("env:WOO_SECRET"));
        QVERIFY(!QString::fromUtf8(QJsonDocument(written).toJson()).contains(QStringLiteral("cs_")));
        // The headless engine reads it.
        qputenv("WOO_KEY", "ck_x");
        qputenv("WOO_SECRET", "cs_x");
        qputenv("ERP_KEY", "k");
        qputenv("ERP_SECRET", "s");
        const Result<Config> cfg = loadConfig(path);
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        QCOMPARE(cfg.value().retry.maxAttempts, 5);
    }

    void invalidConfigNamesTheKey()
    {
        SecretStore secrets;
        SettingsDialog d(&secrets);
        d.load(m_dir.filePath(QStringLiteral("bad.json")), true);
        QSignalSpy failed(&d, &SettingsDialog::saveFailed);
        d.save(); // nothing entered
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("url")), qPrintable(failed.first().first().toString()));
    }

    void testConnectionAnswersClearly()
    {
        SecretStore secrets;
        SettingsDialog d(&secrets);
        d.load(m_dir.filePath(QStringLiteral("t.json")), true);
        // Basic auth over plain http to a real host is refused before anything is sent.
        type(&d, "settingsStoreUrl", QStringLiteral("http://shop.example.com"));
        type(&d, "settingsStoreKey", QStringLiteral("ck_a"));
        type(&d, "settingsStoreSecret", QStringLiteral("cs_b"));
        QSignalSpy done(&d, &SettingsDialog::testFinished);
        d.testConnection(QStringLiteral("woocommerce"));
        QVERIFY(done.size() == 1 || done.wait(5000));
        QCOMPARE(done.first().at(1).toBool(), false);
        QVERIFY2(d.testResult(QStringLiteral("woocommerce")).contains(QStringLiteral("http")), qPrintable(d.testResult(QStringLiteral("woocommerce"))));
        // A closed port on loopback: a network error in words, not a hang.
        type(&d, "settingsErpUrl", QStringLiteral("http://127.0.0.1:1"));
        type(&d, "settingsErpKey", QStringLiteral("k"));
        type(&d, "settingsErpSecret", QStringLiteral("s"));
        d.testConnection(QStringLiteral("erp"));
        QVERIFY(done.size() == 2 || done.wait(20000));
        QCOMPARE(done.at(1).at(1).toBool(), false);
        QVERIFY(d.testResult(QStringLiteral("erp")).startsWith(QStringLiteral("✘")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
