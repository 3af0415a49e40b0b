// The "Order status" tab of the mapping editors through its widgets: both directions side by
// side; a write-back status WooCommerce does not know and an ERP state that would cancel its own
// order are shown, named, and block saving (no command is queued); fixed, the save goes through
// as one mapping command. Screenshots of both states.
#include "models/journalreader.h"
#include "models/mappingtablemodel.h"
#include "sync/engine/commandexecutor.h"
#include "sync/engine/mappingcommands.h"
#include "tests/ui/uitestjournal.h"
#include "ui/mappingsview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace backroom;
using backroom::uitest::TestJournal;

namespace {

QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(BACKROOM_SCREENSHOT_DIR));
    return QStringLiteral(BACKROOM_SCREENSHOT_DIR "/mappings-statusmap-%1.png").arg(name);
}

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no widget %s", name);
    return c;
}

// Sets the "to" cell of `from` (adding the row when missing) as a person typing would.
void setRow(QTableView *table, QPushButton *add, const QString &from, const QString &to)
{
    QAbstractItemModel *m = table->model();
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == from)
            row = r;
    }
    if (row < 0) {
        QTest::mouseClick(add, Qt::LeftButton);
        row = m->rowCount() - 1;
        QVERIFY(m->setData(m->index(row, 0), from));
    }
    QVERIFY(m->setData(m->index(row, 1), to));
}

} // namespace

class TestStatusMapUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedEntriesAreNamedAndBlockSaving()
    {
        TestJournal t;
        QVERIFY(t.open());
        Mappings m;
        m.status = {{QStringLiteral("failed"), QStringLiteral("cancel")}, {QStringLiteral("shipped"), QStringLiteral("ignore")}};
        m.erpStatus = {{QStringLiteral("Completed"), QStringLiteral("completed")}};
        QVERIFY(t.j.enqueueCommand(QStringLiteral("mapping"), mappingCommandArgs(m, QStringLiteral("initial"), 0), QStringLiteral("alice"), t.now).ok());
        QVERIFY(t.j.begin().ok());
        CommandExecutor(&t.j).executeQueued(t.now);
        QVERIFY(t.j.commit().ok());
        QCOMPARE(t.j.latestMappingVersion(), 1);

        JournalReader reader(t.path());
        reader.start(0);
        MappingsView view(&reader);
        view.resize(1366, 768);
        view.show();
        auto *tabs = child<QTabWidget>(&view, "mappingsTabs");
        auto *page = child<QWidget>(&view, "statusPage");
        tabs->setCurrentWidget(page);
        auto *statusTable = child<QTableView>(&view, "statusTable");
        auto *erpTable = child<QTableView>(&view, "erpStatusTable");
        auto *problems = child<QLabel>(&view, "statusMapProblems");
        QTRY_COMPARE(erpTable->model()->rowCount(), 1);
        QCOMPARE(statusTable->model()->rowCount(), 2);
        // A plugin's status is accepted with a warning.
        QVERIFY2(problems->text().contains(QStringLiteral("mappings.status.shipped")), qPrintable(problems->text()));
        QVERIFY(!problems->text().contains(QStringLiteral("Refused")));

        // Two bad entries: a typo on the ERP side, and an ERP state that would set a status
        // the status table cancels.
        auto *erpAdd = child<QPushButton>(&view, "erpStatusAdd");
        setRow(erpTable, erpAdd, QStringLiteral("To Bill"), QStringLiteral("complete"));
        setRow(erpTable, erpAdd, QStringLiteral("To Deliver and Bill"), QStringLiteral("failed"));
        QVERIFY(view.isModified());
        QVERIFY2(problems->text().contains(QStringLiteral("mappings.erp_status.To Bill: \"complete\" is not a WooCommerce order status")),
                 qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(QStringLiteral("mappings.erp_status.To Deliver and Bill: sets \"failed\"")),
                 qPrintable(problems->text()));
        // The refused cell is marked, with the statuses it accepts in its tooltip.
        int typoRow = -1;
        for (int r = 0; r < erpTable->model()->rowCount(); ++r)
            typoRow = erpTable->model()->index(r, 0).data().toString() == QLatin1String("To Bill") ? r : typoRow;
        QVERIFY(erpTable->model()->index(typoRow, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(erpTable->model()->index(typoRow, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("shipped")));
        QApplication::processEvents();
        QVERIFY(view.grab().toImage().save(shot(QStringLiteral("refused"))));

        // An engine is alive (fresh heartbeat): a command the console sent would wait in the queue.
        QVERIFY(t.j.heartbeat(QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch()).ok());
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QTest::mouseClick(child<QPushButton>(&view, "mappingsSave"), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(t.j.queuedCommands().isEmpty()); // refused before any command
        QCOMPARE(t.j.latestMappingVersion(), 1);

        // Fixed: the save is one mapping command with both directions.
        setRow(erpTable, erpAdd, QStringLiteral("To Bill"), QStringLiteral("completed"));
        setRow(erpTable, erpAdd, QStringLiteral("To Deliver and Bill"), QStringLiteral("processing"));
        setRow(statusTable, child<QPushButton>(&view, "statusAdd"), QStringLiteral("on-hold"), QStringLiteral("cancel"));
        QVERIFY2(!problems->text().contains(QStringLiteral("Refused")), qPrintable(problems->text()));
        QApplication::processEvents();
        QVERIFY(view.grab().toImage().save(shot(QStringLiteral("valid"))));
        QVERIFY(t.j.heartbeat(QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch()).ok());
        QTest::mouseClick(child<QPushButton>(&view, "mappingsSave"), Qt::LeftButton);
        QList<CommandRecord> queued;
        QTRY_VERIFY((queued = t.j.queuedCommands()).size() == 1);
        QCOMPARE(queued.first().kind, QStringLiteral("mapping"));
        QVERIFY(t.j.begin().ok());
        CommandExecutor(&t.j).executeQueued(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(t.j.commit().ok());
        const Mappings saved = mappingsAtVersion(t.j, 2).value();
        QCOMPARE(saved.erpStatus.value(QStringLiteral("To Bill")), QStringLiteral("completed"));
        QCOMPARE(saved.status.value(QStringLiteral("on-hold")), QStringLiteral("cancel"));
    }
};

QTEST_MAIN(TestStatusMapUi)
#include "tst_statusmapui.moc"
