// The engine and the headless binary link no Gui, Widgets or Charts (DESIGN.md §4).
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestHeadless : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void binaryLinksNoGui()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(BACKROOM_BIN_PATH)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("libQt6Core")), qPrintable(out));
        for (const char *lib : {"libQt6Gui", "libQt6Widgets", "libQt6Charts", "libGL"})
            QVERIFY2(!out.contains(QLatin1String(lib)), lib);
    }

    void engineSourcesIncludeNoGui()
    {
        static const QRegularExpression gui(QStringLiteral(
            "#include\\s*[<\"](QtWidgets|QtGui|QtCharts|QWidget|QApplication|QGuiApplication|QChart\\w*|QDialog|QMainWindow|ui/|models/|app/)"));
        int files = 0;
        for (const char *dir : {"sync", "sim"}) {
            QDirIterator it(QStringLiteral(BACKROOM_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                const auto m = gui.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(f.fileName() + QStringLiteral(": ") + m.captured(0)));
                ++files;
            }
        }
        QVERIFY(files > 40);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
