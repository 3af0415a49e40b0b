// A PNG of each main view — health, lag, aging, exceptions, orders, passport, settings — at
// 1366×768 and 1920×1080, and in German at 1366×768 (the longest strings), written to
// <build>/tests/ui/screenshots to be looked at. Each screen also checks that the window's
// minimum size fits, so nothing is clipped, and is taken once its view shows the journal's data.
#include "models/journalreader.h"
#include "models/passportmodel.h"
#include "ui/mainwindow.h"
#include "ui/ordersview.h"
#include "ui/passportdialog.h"
#include "ui/secretstore.h"
#include "ui/settingsdialog.h"
#include "models/exceptionsmodel.h"
#include "models/ordersmodel.h"
#include "ui/emptystate.h"
#include "ui/exceptionsummary.h"
#include "ui/exceptionsview.h"
#include "ui/healthtile.h"
#include "ui/healthview.h"
#include "uitestjournal.h"

#include <QDir>
#include <QLibraryInfo>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace backroom;

class TestScreenshots : public QObject {
    Q_OBJECT

    QString m_suffix; // "" or "-de"

    QString out(const QString &name, const QSize &size) const
    {
        QDir().mkpath(QStringLiteral(BACKROOM_SCREENSHOT_DIR));
        return QStringLiteral(BACKROOM_SCREENSHOT_DIR "/%1-%2x%3%4.png").arg(name).arg(size.width()).arg(size.height()).arg(m_suffix);
    }

    void save(QWidget *w, const QString &name, const QSize &size)
    {
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        QVERIFY2(img.save(out(name, size)), qPrintable(out(name, size)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BACKROOM_NO_KEYCHAIN", "1");
    }

    void views_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("lang");
        QTest::newRow("1366x768") << QSize(1366, 768) << QString();
        QTest::newRow("1920x1080") << QSize(1920, 1080) << QString();
        QTest::newRow("1366x768 de") << QSize(1366, 768) << QStringLiteral("de");
    }

    void views()
    {
        QFETCH(QSize, size);
        QFETCH(QString, lang);
        QTranslator translator;
        QTranslator qtbase; // Qt's own strings (dialog buttons), as app/consolemain.cpp loads them
        const QLocale before;
        m_suffix = lang.isEmpty() ? QString() : QLatin1Char('-') + lang;
        if (!lang.isEmpty()) {
            QLocale::setDefault(QLocale(lang));
            QVERIFY(translator.load(QLocale(), QStringLiteral("backroom"), QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
            if (qtbase.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtbase);
        }
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qtbase);
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        uitest::TestJournal tj;
        tj.buildScenario();
        tj.addFlowRows();
        JournalReader reader(tj.path());
        MainWindow window(&reader);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.start(0);
        reader.refreshNow();
        QVERIFY(snap.wait(5000) || !snap.isEmpty());
        QVERIFY2(window.minimumSizeHint().width() <= size.width() && window.minimumSizeHint().height() <= size.height(),
                 qPrintable(QStringLiteral("minimum %1x%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        const QList<std::pair<MainWindow::Page, QString>> pages{{MainWindow::Health, QStringLiteral("health")},
                                                                {MainWindow::Lag, QStringLiteral("lag")},
                                                                {MainWindow::Aging, QStringLiteral("aging")},
                                                                {MainWindow::Exceptions, QStringLiteral("exceptions")},
                                                                {MainWindow::Orders, QStringLiteral("orders")},
                                                                // installed by the mappings editor after the five views
                                                                {MainWindow::PageCount, QStringLiteral("mappings")}};
        for (const auto &[page, name] : pages) {
            window.showPage(page);
            // Each view once its data is there (never the empty state of a view still loading).
            // The first snapshot fills health, lag and aging at once; the health tiles show it.
            if (page == MainWindow::Health)
                QTRY_VERIFY(window.healthView()->tile(QStringLiteral("erp:erpnext")) && window.healthView()->tile(QStringLiteral("woocommerce:main")));
            if (page == MainWindow::Orders)
                QTRY_VERIFY(window.ordersView()->model()->rowCount() == 8 && !window.ordersView()->model()->isLoading());
            if (page == MainWindow::Exceptions) {
                ExceptionsView *ev = window.exceptionsView();
                QTRY_VERIFY(ev->model()->rowCount() == 4 && ev->summary()->byCategory()->rowCount() > 0);
            }
            QTest::qWait(100);
            QCOMPARE(window.size(), size);
            save(&window, name, size);
        }

        window.openPassport(tj.keyOf.value(2002));
        PassportDialog *passport = window.passportDialog();
        QTRY_VERIFY(passport->model()->found());
        passport->resize(std::min(1100, size.width() - 100), std::min(680, size.height() - 80));
        QTest::qWait(100);
        save(passport, QStringLiteral("passport"), size);
        passport->close();

        SecretStore secrets;
        SettingsDialog settings(&secrets, &window);
        settings.load(tj.dir.filePath(QStringLiteral("none.json")), true);
        settings.show();
        QVERIFY(settings.minimumSizeHint().height() <= size.height());
        QTest::qWait(100);
        save(&settings, QStringLiteral("settings"), size);
    }

    // A journal the engine has just created: every view says why it is empty, in words.
    void emptyViews()
    {
        m_suffix = QStringLiteral("-empty");
        const QSize size(1366, 768);
        uitest::TestJournal tj;
        QVERIFY(tj.open());
        JournalReader reader(tj.path());
        MainWindow window(&reader);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.start(0);
        QVERIFY(snap.wait(5000) || !snap.isEmpty());
        const QList<std::tuple<MainWindow::Page, QString, const char *>> pages{
            {MainWindow::Health, QStringLiteral("health"), "healthTilesEmpty"},
            {MainWindow::Lag, QStringLiteral("lag"), "lagEmpty"},
            {MainWindow::Aging, QStringLiteral("aging"), "agingEmpty"},
            {MainWindow::Exceptions, QStringLiteral("exceptions"), "exceptionsEmpty"},
            {MainWindow::Orders, QStringLiteral("orders"), "ordersEmpty"}};
        for (const auto &[page, name, emptyName] : pages) {
            window.showPage(page);
            auto *empty = window.findChild<EmptyState *>(QLatin1String(emptyName));
            QVERIFY2(empty, emptyName);
            QTRY_VERIFY2(empty->isEmpty() && empty->isVisible(), emptyName);
            QVERIFY2(empty->message().size() > 20, qPrintable(empty->message()));
            if (page == MainWindow::Health) // no empty details table under the explanation
                QVERIFY(!window.findChild<QTableView *>(QStringLiteral("connectionsTable"))->isVisible());
            QTest::qWait(100);
            save(&window, name, size);
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
