// A PNG of each main view — health, lag, aging, exceptions, orders, passport, settings — at
// 1366×768 and 1920×1080, written to <build>/tests/ui/screenshots to be looked at. Each
// screen also checks that the window's minimum size fits, so nothing is clipped.
#include "models/journalreader.h"
#include "models/passportmodel.h"
#include "ui/mainwindow.h"
#include "ui/ordersview.h"
#include "ui/passportdialog.h"
#include "ui/secretstore.h"
#include "ui/settingsdialog.h"
#include "models/ordersmodel.h"
#include "uitestjournal.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace backroom;

class TestScreenshots : public QObject {
    Q_OBJECT

    static QString out(const QString &name, const QSize &size)
    {
        QDir().mkpath(QStringLiteral(BACKROOM_SCREENSHOT_DIR));
        return QStringLiteral(BACKROOM_SCREENSHOT_DIR "/%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height());
    }

    static void save(QWidget *w, const QString &name, const QSize &size)
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
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void views()
    {
        QFETCH(QSize, size);
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
                                                                {MainWindow::Orders, QStringLiteral("orders")}};
        for (const auto &[page, name] : pages) {
            window.showPage(page);
            if (page == MainWindow::Orders)
                QTRY_VERIFY(window.ordersView()->model()->rowCount() == 8 && !window.ordersView()->model()->isLoading());
            if (page == MainWindow::Exceptions)
                QTest::qWait(300);
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
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
