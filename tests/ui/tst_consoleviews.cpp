// The console's views over a real journal: the dashboards show the journal's numbers, an
// aging bar lists exactly its orders, a red tile opens its system's exceptions, a retry
// becomes a command in the journal.
#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "models/ordersmodel.h"
#include "ui/agingview.h"
#include "ui/chartadapter.h"
#include "ui/emptystate.h"
#include "ui/exceptionsview.h"
#include "ui/exceptionsummary.h"
#include "ui/healthtile.h"
#include "ui/healthview.h"
#include "ui/kpicard.h"
#include "ui/lagview.h"
#include "ui/mainwindow.h"
#include "ui/ordersview.h"
#include "ui/uiformat.h"
#include "uitestjournal.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace backroom;

class TestConsoleViews : public QObject {
    Q_OBJECT
    std::unique_ptr<uitest::TestJournal> m_tj;
    std::unique_ptr<JournalReader> m_reader;
    std::unique_ptr<MainWindow> m_window;

    QSet<QString> orderNumbers()
    {
        OrdersModel *m = m_window->ordersView()->model();
        QSet<QString> out;
        for (int r = 0; r < m->rowCount(); ++r)
            out.insert(m->index(r, OrdersModel::Number).data().toString());
        return out;
    }

    bool waitOrders(int expected)
    {
        OrdersModel *m = m_window->ordersView()->model();
        return QTest::qWaitFor([&] {
            if (m->isLoading() || m->rowCount() != expected)
                return false;
            for (int r = 0; r < m->rowCount(); ++r) {
                if (!m->index(r, 0).data(OrdersModel::LoadedRole).toBool())
                    return false;
            }
            return true;
        }, 5000);
    }

    void clickSegment(int set, int category)
    {
        StackedBarChart *chart = m_window->agingView()->chart();
        const QPoint p = chart->segmentCenter(set, category);
        QWidget *target = chart->childAt(p);
        QVERIFY(target);
        const QPoint local = target->mapFrom(chart, p);
        QTest::mousePress(target, Qt::LeftButton, {}, local);
        QTest::mouseRelease(target, Qt::LeftButton, {}, local);
    }

private Q_SLOTS:
    void init()
    {
        m_tj = std::make_unique<uitest::TestJournal>();
        m_tj->buildScenario();
        m_reader = std::make_unique<JournalReader>(m_tj->path());
        m_window = std::make_unique<MainWindow>(m_reader.get());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy snap(m_reader.get(), &JournalReader::snapshotReady);
        m_reader->start(0);
        m_reader->refreshNow();
        QVERIFY(snap.wait(5000) || !snap.isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_reader.reset();
        m_tj.reset();
    }

    void healthNumbersMatchTheJournal()
    {
        const QJsonObject st = m_tj->j.statusJson(QDateTime::currentMSecsSinceEpoch());
        const QJsonObject stages = st.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
        auto kpi = [this](const char *name) { return m_window->findChild<KpiCard *>(QLatin1String(name))->value(); };
        QCOMPARE(kpi("kpiOrders"), ui::formatCount(st.value(QStringLiteral("orders")).toObject().value(QStringLiteral("total")).toInteger()));
        QCOMPARE(kpi("kpiOrders"), ui::formatCount(7));
        QCOMPARE(kpi("kpiInErp"), ui::formatCount(stages.value(QStringLiteral("posted")).toInteger() + stages.value(QStringLiteral("confirmed")).toInteger()));
        QCOMPARE(kpi("kpiExceptions"), ui::formatCount(2));
        QCOMPARE(kpi("kpiPending"), ui::formatCount(st.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger()));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("healthEngine"))->text().contains(QStringLiteral("Engine running")));
        HealthTile *erp = m_window->healthView()->tile(QStringLiteral("erp:erpnext"));
        QVERIFY(erp);
        QCOMPARE(erp->state(), QStringLiteral("paused_auth"));
        QCOMPARE(erp->stateLabel(), ui::stateText(QStringLiteral("paused_auth")));
        QCOMPARE(m_window->healthView()->tile(QStringLiteral("woocommerce:main"))->state(), QStringLiteral("up"));
    }

    void redTileOpensItsExceptions()
    {
        HealthTile *erp = m_window->healthView()->tile(QStringLiteral("erp:erpnext"));
        QTest::mouseClick(erp, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), MainWindow::Exceptions);
        ExceptionsView *ev = m_window->exceptionsView();
        QCOMPARE(ev->system(), QStringLiteral("erp"));
        QTRY_COMPARE(ev->proxy()->rowCount(), 2);
        for (int r = 0; r < ev->proxy()->rowCount(); ++r)
            QCOMPARE(ev->proxy()->index(r, ExceptionsModel::System).data(ExceptionsModel::SortRole).toString(), QStringLiteral("erp"));
        // The WooCommerce tile: nothing of that system is open, and the view says so.
        QTest::mouseClick(m_window->healthView()->tile(QStringLiteral("woocommerce:main")), Qt::LeftButton);
        QTRY_COMPARE(ev->proxy()->rowCount(), 0);
        auto *empty = ev->findChild<EmptyState *>(QStringLiteral("exceptionsEmpty"));
        QVERIFY(empty->isEmpty());
        QVERIFY(!empty->message().isEmpty());
    }

    void agingCountsMatchTheScenario()
    {
        QTableWidget *t = m_window->agingView()->table();
        // rows: received, posted, exception; columns: < 5 min, 5–60 min, 1–24 h, > 24 h
        QCOMPARE(t->item(0, 0)->text(), ui::formatCount(2)); // 3001, 3002
        QCOMPARE(t->item(0, 2)->text(), ui::formatCount(1)); // 3003
        QCOMPARE(t->item(2, 1)->text(), ui::formatCount(1)); // 2003
        QCOMPARE(t->item(2, 3)->text(), ui::formatCount(1)); // 2004
        QCOMPARE(m_window->agingView()->chart()->value(0, 0), 2.0);
        QCOMPARE(m_window->agingView()->chart()->value(2, 3), 1.0);
    }

    void clickingAnAgingBarListsExactlyThoseOrders()
    {
        m_window->showPage(MainWindow::Aging);
        QTest::qWait(50);
        clickSegment(0, 0); // received, < 5 min
        QCOMPARE(m_window->currentPage(), MainWindow::Orders);
        const OrderFilter f = m_window->ordersView()->filter();
        QCOMPARE(f.stage, QStringLiteral("received"));
        QCOMPARE(f.minAgeS, 0);
        QCOMPARE(f.maxAgeS, 300);
        QVERIFY(waitOrders(2));
        QCOMPARE(orderNumbers(), (QSet<QString>{QStringLiteral("3001"), QStringLiteral("3002")}));

        m_window->showPage(MainWindow::Aging);
        QTest::qWait(50);
        clickSegment(2, 3); // exception, > 24 h
        QVERIFY(waitOrders(1));
        QCOMPARE(orderNumbers(), (QSet<QString>{QStringLiteral("2004")}));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("ordersAgeFilter"))->isVisible());
    }

    void ordersSearchAndSort()
    {
        m_window->showOrders(OrderFilter{});
        QVERIFY(waitOrders(7));
        m_window->ordersView()->setFilter(OrderFilter{QStringLiteral("late@example.com"), {}, {}, {}, 0, 0});
        QVERIFY(waitOrders(1));
        QCOMPARE(orderNumbers(), (QSet<QString>{QStringLiteral("2004")}));
        m_window->ordersView()->setFilter(OrderFilter{});
        QVERIFY(waitOrders(7));
        m_window->ordersView()->table()->horizontalHeader()->setSortIndicator(OrdersModel::Number, Qt::AscendingOrder);
        QTRY_COMPARE(m_window->ordersView()->model()->index(0, OrdersModel::Number).data().toString(), QStringLiteral("2001"));
    }

    void lagChartsShowTheSamples()
    {
        LagView *lag = m_window->lagView();
        QCOMPARE(lag->latencyChart()->lineCount(), 3);
        QCOMPARE(lag->latencyChart()->pointCount(0), 60);
        QCOMPARE(lag->backlogChart()->pointCount(0), 60);
        QCOMPARE(lag->backlogChart()->yMax(), 60.0);
        QVERIFY(!lag->findChild<EmptyState *>(QStringLiteral("lagEmpty"))->isEmpty());
    }

    // Inventory freshness, fulfilment, refunds and tickets on the lag view's second row of cards.
    void flowCardsShowTheJournal()
    {
        m_tj->addFlowRows();
        QSignalSpy snap(m_reader.get(), &JournalReader::snapshotReady);
        m_reader->refreshNow();
        QTRY_VERIFY(!snap.isEmpty()); // the snapshot may arrive before a wait() would start
        auto card = [this](const char *name) { return m_window->lagView()->findChild<KpiCard *>(QLatin1String(name)); };
        QTRY_COMPARE(card("kpiUnfulfilled")->value(), ui::formatCount(1));
        QCOMPARE(card("kpiRefundsPending")->value(), ui::formatCount(2));
        QCOMPARE(card("kpiOpenTickets")->value(), ui::formatCount(2));
        QCOMPARE(card("kpiStockAge")->value(), ui::formatDuration(600));
        const QString context = card("kpiStockAge")->context();
        QVERIFY2(context.contains(QLatin1String("main 10 min ago")) && context.contains(QLatin1String("2 open stock exceptions")),
                 qPrintable(context));
        // a refund booked and a ticket solved move the cards
        QVERIFY(m_tj->j.db().prepare("UPDATE outbox SET state='done' WHERE kind='erp_credit_note' AND state='pending'").exec().ok());
        QVERIFY(m_tj->j.db().prepare("UPDATE helpdesk_tickets SET state='solved' WHERE external_id='backroom-2003'").exec().ok());
        m_reader->refreshNow();
        QTRY_COMPARE(card("kpiRefundsPending")->value(), ui::formatCount(1));
        QTRY_COMPARE(card("kpiOpenTickets")->value(), ui::formatCount(1));
    }

    void exceptionCountsAndRetryCommand()
    {
        ExceptionsView *ev = m_window->exceptionsView();
        QTableWidget *byCat = ev->summary()->byCategory();
        QMap<QString, QString> counts;
        for (int r = 0; r < byCat->rowCount(); ++r)
            counts.insert(byCat->item(r, 0)->data(Qt::UserRole).toString(), byCat->item(r, 1)->text());
        QCOMPARE(counts.value(QStringLiteral("mapping")), QStringLiteral("1"));
        QCOMPARE(counts.value(QStringLiteral("validation")), QStringLiteral("1"));
        m_window->showExceptions(QString());
        QTRY_COMPARE(ev->proxy()->rowCount(), 2);
        int row = -1;
        for (int r = 0; r < ev->proxy()->rowCount(); ++r) {
            if (ev->proxy()->index(r, ExceptionsModel::Category).data(ExceptionsModel::SortRole).toString() == QLatin1String("mapping"))
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = ev->proxy()->index(row, 0).data(ExceptionsModel::ExceptionIdRole).toLongLong();
        ev->table()->selectRow(row);
        QCOMPARE(ev->selectedIds(), QList<qint64>{id});
        QSignalSpy queued(m_reader.get(), &JournalReader::commandQueued);
        // An engine is alive (its heartbeat is fresh): the console queues the command for it.
        QVERIFY(m_tj->j.heartbeat(QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch()).ok());
        ev->retrySelected();
        QVERIFY(queued.wait(5000));
        const QList<CommandRecord> cmds = m_tj->j.queuedCommands();
        QCOMPARE(cmds.size(), 1);
        QCOMPARE(cmds.first().kind, QStringLiteral("retry"));
        QCOMPARE(cmds.first().args.value(QStringLiteral("ids")).toArray().first().toInteger(), id);
    }

    // Past the list's 10,000 rows the view says so, with the real count; under a filter that
    // fits, the note goes away.
    void aCutShortListSaysSo()
    {
        ExceptionsView *ev = m_window->exceptionsView();
        const int limit = ExceptionsModel::kDefaultRowLimit;
        QCOMPARE(limit, 10000);
        const int extra = limit + 50;
        QVERIFY(m_tj->j.db().prepare("INSERT INTO exceptions(kind, category, code, message, state, created_at, updated_at, system) "
                                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                     "SELECT 'stock', 'transient', 'timeout', 'Timed out ' || i, 'open', ?, ?, 'woocommerce' FROM n")
                      .bind(1, extra).bind(2, m_tj->now).bind(3, m_tj->now).exec().ok());
        m_window->showExceptions(QString());
        ev->refresh();
        auto *note = ev->findChild<QLabel *>(QStringLiteral("exceptionsCapNote"));
        QVERIFY(note);
        const int total = extra + 2; // and the scenario's two
        QTRY_COMPARE(ev->model()->rowCount(), limit);
        QCOMPARE(ev->model()->matchingCount(), total);
        QVERIFY(ev->model()->isTruncated());
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLocale().toString(limit)) && note->text().contains(QLocale().toString(total)), qPrintable(note->text()));
        QVERIFY(note->text().contains(QLatin1String("narrow the filter")));

        // The ERP's two exceptions: all listed, nothing to say.
        m_window->showExceptions(QStringLiteral("erp"));
        QTRY_COMPARE(ev->model()->rowCount(), 2);
        QCOMPARE(ev->model()->matchingCount(), 2);
        QTRY_VERIFY(!note->isVisible());
    }
};

QTEST_MAIN(TestConsoleViews)
#include "tst_consoleviews.moc"
