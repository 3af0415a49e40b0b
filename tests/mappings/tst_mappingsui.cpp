// The mapping editors through their widgets: "unmapped SKU on 37 orders -> fix the mapping ->
// retry the group" counting the user's actions; the editors, validation and preview against
// the simulators; screenshots of every tab.
#include "models/journalreader.h"
#include "models/mappingsreader.h"
#include "sim/simcluster.h"
#include "sync/engine/commandexecutor.h"
#include "sync/engine/mappingcommands.h"
#include "tests/ui/uitestjournal.h"
#include "ui/csvimportdialog.h"
#include "ui/mappingsview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace backroom;
using backroom::uitest::TestJournal;

namespace {

constexpr int kGroup = 37;

QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(BACKROOM_SCREENSHOT_DIR));
    return QStringLiteral(BACKROOM_SCREENSHOT_DIR "/mappings-%1.png").arg(name);
}

void save(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    QVERIFY2(w->grab().toImage().save(shot(name)), qPrintable(shot(name)));
}

// 37 orders parked on SKU MUG-X, 2 on GIFT-25, 3 delivered; mapping version 1.
void buildJournal(TestJournal &t, QList<qint64> *groupIds)
{
    QVERIFY(t.open());
    for (int i = 0; i < kGroup + 5; ++i) {
        const qint64 id = 5000 + i;
        const QString sku = i < kGroup ? QStringLiteral("MUG-X") : i < kGroup + 2 ? QStringLiteral("GIFT-25") : QStringLiteral("TEE-RED-M");
        const QJsonObject json = TestJournal::orderJson(id, QStringLiteral("c%1@example.com").arg(id), sku);
        Order o = parseWooOrder(json, QStringLiteral("main")).value();
        o.contentHash = wooContentHash(json);
        QVERIFY(t.j.recordOrder(o, QJsonDocument(json).toJson(QJsonDocument::Compact), true, t.now - (100 - i) * 1000).ok());
    }
    const QList<OutboxItem> items = t.j.claimDue(QString::fromLatin1(OutboxKind::ErpOrder), t.now, 100);
    QCOMPARE(items.size(), kGroup + 5);
    for (const OutboxItem &item : items) {
        const int i = int(item.wooId - 5000);
        if (i >= kGroup + 2) {
            QVERIFY(t.j.completeErpOrder(item, QStringLiteral("SAL-ORD-%1").arg(item.wooId), t.now, true).ok());
            continue;
        }
        const QString sku = i < kGroup ? QStringLiteral("MUG-X") : QStringLiteral("GIFT-25");
        QVERIFY(t.j.park(item, TestJournal::error(ErrorCategory::Mapping, QStringLiteral("Could not find Row #1: Item Code: %1").arg(sku), sku),
                         QStringLiteral("erp"), t.now).ok());
    }
    for (const ExceptionRecord &e : t.j.exceptions(true)) {
        if (e.groupKey == QLatin1String("MUG-X"))
            groupIds->append(e.id);
    }
    QCOMPARE(groupIds->size(), kGroup);
    Mappings m;
    m.sku = {{QStringLiteral("TEE-RED-M"), QStringLiteral("TEE-ERP-RED-M")}, {QStringLiteral("product:17"), QStringLiteral("SACHET")}};
    m.status = {{QStringLiteral("processing"), QStringLiteral("sync")}, {QStringLiteral("on-hold"), QStringLiteral("ignore")},
                {QStringLiteral("cancelled"), QStringLiteral("cancel")}};
    m.erpStatus = {{QStringLiteral("Completed"), QStringLiteral("completed")}, {QStringLiteral("To Deliver and Bill"), QStringLiteral("processing")}};
    m.payment = {{QStringLiteral("stripe"), QStringLiteral("Credit Card")}, {QStringLiteral("bacs"), QStringLiteral("Wire Transfer")}};
    m.shipping = {{QStringLiteral("flat_rate"), QStringLiteral("Freight and Forwarding Charges - BDL")}};
    m.tax = {{QStringLiteral("DE-MWST-1"), QStringLiteral("VAT 19% - BDL")}};
    QVERIFY(t.j.enqueueCommand(QStringLiteral("mapping"), mappingCommandArgs(m, QStringLiteral("initial tables"), 0), QStringLiteral("alice"), t.now).ok());
    QVERIFY(t.j.begin().ok());
    CommandExecutor(&t.j).executeQueued(t.now);
    QVERIFY(t.j.commit().ok());
    QCOMPARE(t.j.latestMappingVersion(), 1);
}

// Runs the queued commands as an engine would; returns the ones it ran.
QList<CommandRecord> runEngineCommands(Journal &j)
{
    const QList<CommandRecord> queued = j.queuedCommands();
    (void)j.begin();
    CommandExecutor(&j).executeQueued(QDateTime::currentMSecsSinceEpoch());
    (void)j.commit();
    return queued;
}

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no widget %s", name);
    return c;
}

} // namespace

class TestMappingsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixTheMappingRetryTheGroupInThreeActions()
    {
        TestJournal t;
        QList<qint64> groupIds;
        buildJournal(t, &groupIds);
        JournalReader reader(t.path());
        reader.start(0);
        MappingsView view(&reader);
        view.resize(1366, 768);
        view.show();
        auto *waiting = child<QTableView>(&view, "mappingsWaiting");
        QTRY_COMPARE(waiting->model()->rowCount(), 2);
        QCOMPARE(waiting->model()->index(0, 0).data().toString(), QStringLiteral("MUG-X"));
        QCOMPARE(waiting->model()->index(0, 1).data().toString(), QString::number(kGroup));
        auto *skuTable = child<QTableView>(&view, "skuTable");
        QTRY_COMPARE(skuTable->model()->rowCount(), 2);
        auto *saveRetry = child<QPushButton>(&view, "mappingsSaveRetry");
        QVERIFY(!saveRetry->isVisible());
        int actions = 0;

        // 1. Double-click the group: the crosswalk opens a row for MUG-X, its item code in edit.
        const QRect cell = waiting->visualRect(waiting->model()->index(0, 0));
        // A double-click as the window system delivers it: press, release, double-click, release.
        QTest::mouseClick(waiting->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(waiting->viewport(), Qt::LeftButton, {}, cell.center());
        ++actions;
        QTRY_COMPARE(skuTable->model()->rowCount(), 3);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = skuTable->viewport()->findChild<QLineEdit *>()) != nullptr);
        QCOMPARE(child<QTabWidget>(&view, "mappingsTabs")->currentWidget()->objectName(), QStringLiteral("skuEditor"));

        // 2. Type the ERP item code and press Enter.
        QTest::keyClicks(editor, QStringLiteral("MUG-ERP-11"));
        QTest::keyClick(editor, Qt::Key_Return);
        ++actions;
        QTRY_COMPARE(view.editedMappings().sku.value(QStringLiteral("MUG-X")), QStringLiteral("MUG-ERP-11"));
        QVERIFY(view.isModified());
        // The editor finds the 37 exceptions this fixes (off the GUI thread) and offers to retry them.
        QTRY_VERIFY(saveRetry->isVisible());
        QVERIFY2(saveRetry->text().contains(QString::number(kGroup)), qPrintable(saveRetry->text()));
        save(&view, QStringLiteral("fix-and-retry"));

        // 3. Save and retry. An engine is alive (fresh heartbeat): the console queues its commands
        // for it instead of running them itself.
        QVERIFY(t.j.heartbeat(QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch()).ok());
        QTest::mouseClick(saveRetry, Qt::LeftButton);
        ++actions;
        QVERIFY(actions <= 3);

        // The engine runs the mapping command, then the view queues one retry over the group.
        QList<CommandRecord> ran;
        QTRY_VERIFY((ran = t.j.queuedCommands()).size() == 1);
        QCOMPARE(ran.first().kind, QStringLiteral("mapping"));
        QVERIFY(t.j.heartbeat(QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch()).ok());
        runEngineCommands(t.j);
        QCOMPARE(t.j.latestMappingVersion(), 2);
        QCOMPARE(mappingsAtVersion(t.j, 2).value().sku.value(QStringLiteral("MUG-X")), QStringLiteral("MUG-ERP-11"));
        QTRY_VERIFY_WITH_TIMEOUT((ran = t.j.queuedCommands()).size() == 1, 10000);
        QCOMPARE(ran.first().kind, QStringLiteral("retry"));
        QList<qint64> ids;
        for (const QJsonValue &v : ran.first().args.value(QStringLiteral("ids")).toArray())
            ids << qint64(v.toDouble());
        std::sort(ids.begin(), ids.end());
        std::sort(groupIds.begin(), groupIds.end());
        QCOMPARE(ids, groupIds); // exactly the group: not GIFT-25's orders
        runEngineCommands(t.j);
        for (qint64 id : groupIds)
            QCOMPARE(t.j.exception(id)->state, QStringLiteral("retried"));
        int stillOpen = 0;
        for (const ExceptionRecord &e : t.j.exceptions(true))
            stillOpen += e.groupKey == QLatin1String("GIFT-25") ? 1 : 0;
        QCOMPARE(stillOpen, 2);
        auto *banner = child<QLabel>(&view, "mappingsBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("Retry")), 10000);
        QTRY_COMPARE(waiting->model()->rowCount(), 1);
        QTRY_VERIFY(!saveRetry->isVisible());
        QVERIFY(!view.isModified());
    }

    void editorsRefuseBadRowsAndShowEveryTab()
    {
        TestJournal t;
        QList<qint64> groupIds;
        buildJournal(t, &groupIds);
        sim::SimCluster::Options o;
        o.orders = 20;
        o.seed = 7;
        sim::SimCluster cluster(o);
        QVERIFY(cluster.start());
        const Result<Config> config = parseConfig(cluster.makeConfig(), QString());
        QVERIFY(config.ok());
        JournalReader reader(t.path());
        reader.start(0);
        MappingsView view(&reader);
        view.setConfig(config.value());
        view.resize(1366, 768);
        view.show();
        auto *tabs = child<QTabWidget>(&view, "mappingsTabs");
        QTRY_COMPARE(child<QTableView>(&view, "skuTable")->model()->rowCount(), 2);
        save(&view, QStringLiteral("sku"));

        // A status row with an action that does not exist blocks saving.
        tabs->setCurrentIndex(1);
        auto *statusTable = child<QTableView>(&view, "statusTable");
        QTest::mouseClick(child<QPushButton>(&view, "statusAdd"), Qt::LeftButton);
        QAbstractItemModel *sm = statusTable->model();
        const int last = sm->rowCount() - 1;
        QVERIFY(sm->setData(sm->index(last, 0), QStringLiteral("pending")));
        QVERIFY(sm->setData(sm->index(last, 1), QStringLiteral("later")));
        QVERIFY(view.isModified());
        save(&view, QStringLiteral("status"));
        QVERIFY(child<QPushButton>(&view, "mappingsSave")->isEnabled());
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QTest::mouseClick(child<QPushButton>(&view, "mappingsSave"), Qt::LeftButton);
        QVERIFY(t.j.queuedCommands().isEmpty()); // refused before any command
        QTest::mouseClick(child<QPushButton>(&view, "mappingsRevert"), Qt::LeftButton);
        QVERIFY(!view.isModified());
        for (int i = 2; i <= 4; ++i) {
            tabs->setCurrentIndex(i);
            save(&view, tabs->currentWidget()->objectName().remove(QStringLiteral("Editor")));
        }

        // Validation against the simulators' catalogues (fetched off the GUI thread).
        tabs->setCurrentIndex(5);
        QTest::mouseClick(child<QPushButton>(&view, "validateButton"), Qt::LeftButton);
        auto *findings = child<QTableView>(&view, "validationTable");
        QTRY_VERIFY_WITH_TIMEOUT(findings->model()->rowCount() > 0, 30000);
        QStringList keys;
        for (int r = 0; r < findings->model()->rowCount(); ++r)
            keys << findings->model()->index(r, 1).data().toString();
        // Sold in the journal, unknown to the ERP, not crosswalked.
        QVERIFY2(keys.contains(QStringLiteral("MUG-X")), qPrintable(keys.join(QLatin1Char(','))));
        QVERIFY(keys.contains(QStringLiteral("TEE-ERP-RED-M"))); // crosswalk target the ERP lacks
        save(&view, QStringLiteral("validation"));

        // The preview of recent journal orders.
        tabs->setCurrentIndex(6);
        QTest::mouseClick(child<QPushButton>(&view, "previewButton"), Qt::LeftButton);
        auto *payload = child<QPlainTextEdit>(&view, "previewPayload");
        QTRY_VERIFY_WITH_TIMEOUT(!payload->toPlainText().isEmpty(), 10000);
        QVERIFY(payload->toPlainText().contains(QStringLiteral("\"item_code\"")));
        save(&view, QStringLiteral("preview"));

        // Versions: diff of version 1 against nothing before it is not offered; rollback queues a command.
        tabs->setCurrentIndex(7);
        auto *versions = child<QTableView>(&view, "versionsTable");
        QTRY_COMPARE(versions->model()->rowCount(), 1);
        save(&view, QStringLiteral("versions"));
        tabs->setCurrentIndex(8);
        QTRY_VERIFY(child<QTableView>(&view, "auditTable")->model()->rowCount() >= 1);
        save(&view, QStringLiteral("audit"));
    }

    void csvImportDialogs()
    {
        const QMap<QString, QString> current{{QStringLiteral("A"), QStringLiteral("X")}, {QStringLiteral("B"), QStringLiteral("Y")}};
        CsvImportDialog good(QStringLiteral("skus.csv"), parseSkuCsv("woo_sku,erp_item_code\nA,X2\nC,Z\n"), current);
        good.show();
        QCOMPARE(good.changeCount(), 3);
        QVERIFY(child<QLabel>(&good, "csvImportSummary")->text().contains(QStringLiteral("1 added, 1 changed, 1 removed")));
        save(&good, QStringLiteral("csv-import-preview"));
        CsvImportDialog bad(QStringLiteral("skus.csv"), parseSkuCsv("woo_sku,erp_item_code\nA,X\n,Y\nB,Y,Z\nA,Q\n"), current);
        bad.show();
        QCOMPARE(child<QTableView>(&bad, "csvImportTable")->model()->rowCount(), 3);
        QCOMPARE(child<QTableView>(&bad, "csvImportTable")->model()->index(0, 0).data().toString(), QStringLiteral("3"));
        save(&bad, QStringLiteral("csv-import-errors"));
    }
};

QTEST_MAIN(TestMappingsUi)
#include "tst_mappingsui.moc"
