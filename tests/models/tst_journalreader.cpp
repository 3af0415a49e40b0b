#include "modeltestutil.h"

#include "models/journalreader.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

using namespace backroom;
using namespace backroom::test;

class TestJournalReader : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_now = 0;

    static ConsoleSnapshot nextSnapshot(JournalReader &reader)
    {
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.refreshNow();
        if (!snap.wait(10000))
            return {};
        return snap.takeLast().at(0).value<ConsoleSnapshot>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        Journal j;
        QVERIFY(j.open(m_path).ok());
        m_now = nowMs();
        QVERIFY(j.setConnection({QStringLiteral("erp:erpnext"), QStringLiteral("degraded"), m_now - 1000, QStringLiteral("HTTP 503"), m_now}).ok());
        QVERIFY(j.setConnection({QStringLiteral("woocommerce:main"), QStringLiteral("up"), m_now - 500, {}, m_now}).ok());
        TestOrder t;
        t.id = 1;
        t.skus = {QStringLiteral("A")};
        const qint64 key = record(j, t, m_now - 60000);
        OutboxItem item;
        item.id = 1;
        item.orderKey = key;
        item.kind = QLatin1String(OutboxKind::ErpOrder);
        QVERIFY(j.completeErpOrder(item, QStringLiteral("SO-1"), m_now - 50000, true).ok());
        SqliteStatement &st = j.db().prepare("SELECT id FROM outbox WHERE order_id=? AND kind='woo_writeback'");
        st.bind(1, key);
        QVERIFY(st.step());
        const qint64 writeBack = st.int64(0);
        st.reset();
        // ERP: 4 attempts in the window, one failed; one old failure outside it
        const QString outcomes[] = {QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("transient.remote"), QStringLiteral("ok")};
        for (int i = 0; i < 4; ++i)
            QVERIFY(j.recordAttempt({1, key, QStringLiteral("e%1").arg(i), m_now - 60000 + i, m_now, {}, {}, outcomes[i], 200}).ok());
        QVERIFY(j.recordAttempt({1, key, QStringLiteral("old"), m_now - 20 * 60000, m_now, {}, {}, QStringLiteral("auth"), 401}).ok());
        // store write-back: throttled once, then ok
        QVERIFY(j.recordAttempt({writeBack, key, QStringLiteral("w1"), m_now - 30000, m_now, {}, {}, QStringLiteral("transient.throttled"), 429}).ok());
        QVERIFY(j.recordAttempt({writeBack, key, QStringLiteral("w2"), m_now - 20000, m_now, {}, {}, QStringLiteral("ok"), 200}).ok());
        for (int i = 0; i < 10; ++i)
            QVERIFY(j.addMetric(QStringLiteral("outbox.pending"), i, m_now - i * 60000).ok()); // last 10 min
        QVERIFY(j.addMetric(QStringLiteral("outbox.pending"), 99, m_now - 3 * 3600 * 1000).ok()); // 3 h ago
        QVERIFY(j.heartbeat(1234, m_now).ok());
    }

    void snapshotOnTheReaderThread()
    {
        JournalReader reader(m_path);
        QString thread;
        connect(&reader, &JournalReader::snapshotReady, &reader,
                [&thread] { thread = QThread::currentThread()->objectName(); }, Qt::DirectConnection);
        reader.start(0);
        const ConsoleSnapshot s = nextSnapshot(reader);
        QCOMPARE(thread, QStringLiteral("backroom-snapshot"));
        QVERIFY(s.takenMs > 0);

        Journal j;
        QVERIFY(j.open(m_path, SqliteDb::Mode::ReadOnly).ok());
        const QJsonObject status = j.statusJson(nowMs());
        QCOMPARE(s.status.value(QStringLiteral("orders")), status.value(QStringLiteral("orders")));
        QCOMPARE(s.status.value(QStringLiteral("connections")), status.value(QStringLiteral("connections")));

        QCOMPARE(s.connections.size(), 2);
        const ConnectionHealth erp = s.connections.at(0);
        QCOMPARE(erp.name, QStringLiteral("erp:erpnext"));
        QCOMPARE(erp.state, QStringLiteral("degraded"));
        QCOMPARE(erp.errorRate, 0.25);
        QVERIFY(!erp.throttled);
        QCOMPARE(erp.lastError, QStringLiteral("HTTP 503"));
        const ConnectionHealth woo = s.connections.at(1);
        QCOMPARE(woo.errorRate, 0.5);
        QVERIFY(woo.throttled);

        QVERIFY(s.engineAlive);
        QCOMPARE(s.series.value(QStringLiteral("outbox.pending")).size(), 10);
        QVERIFY(s.series.contains(QStringLiteral("lag.order_to_erp_p95_s")));
        QCOMPARE(s.aging.size(), 12);
    }

    void seriesRange()
    {
        JournalReader reader(m_path);
        reader.start(0);
        (void)nextSnapshot(reader);
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.setSeriesRange(24 * 3600 * 1000);
        QTRY_VERIFY(!snap.isEmpty() && snap.constLast().at(0).value<ConsoleSnapshot>().seriesRangeMs == 24 * 3600 * 1000);
        const ConsoleSnapshot s = snap.takeLast().at(0).value<ConsoleSnapshot>();
        QCOMPARE(s.seriesRangeMs, qint64(24 * 3600 * 1000));
        const QList<MetricPoint> points = s.series.value(QStringLiteral("outbox.pending"));
        QVERIFY(points.size() >= 2 && points.size() <= 11); // averaged into buckets of 4 min
        QCOMPARE(points.constFirst().value, 99.0);
    }

    void periodicSnapshotsAndDataVersion()
    {
        JournalReader reader(m_path);
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.start(50);
        QTRY_VERIFY(snap.size() >= 3);
        const qint64 v1 = snap.constLast().at(0).value<ConsoleSnapshot>().dataVersion;
        {
            Journal j;
            QVERIFY(j.open(m_path).ok());
            QVERIFY(j.heartbeat(1234, nowMs()).ok());
        }
        QTRY_VERIFY(snap.constLast().at(0).value<ConsoleSnapshot>().dataVersion > v1);
    }

    void engineNotAlive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            Journal j;
            QVERIFY(j.open(path).ok());
            QVERIFY(j.heartbeat(1, nowMs() - 10000).ok());
        }
        JournalReader reader(path);
        reader.start(0);
        const ConsoleSnapshot s = nextSnapshot(reader);
        QVERIFY(s.takenMs > 0);
        QVERIFY(!s.engineAlive);
    }

    void commandsAreReportedWhenTheEngineRanThem()
    {
        JournalReader reader(m_path);
        QSignalSpy queued(&reader, &JournalReader::commandQueued);
        QSignalSpy finished(&reader, &JournalReader::commandFinished);
        reader.start(0);
        reader.sendCommand(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), QJsonArray{7}}});
        QVERIFY(queued.wait(10000));
        const qint64 id = queued.at(0).at(0).toLongLong();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        // the engine (here: another connection) executes it
        Journal engine;
        QVERIFY(engine.open(m_path).ok());
        const QList<CommandRecord> pending = engine.queuedCommands();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).id, id);
        QVERIFY(!pending.at(0).actor.isEmpty());
        QVERIFY(engine.finishCommand(id, false, QStringLiteral("there is no exception 7"), nowMs()).ok());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), id);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("there is no exception 7"));
    }

    // Stock freshness per store, orders awaiting fulfilment, pending refunds and open tickets,
    // from a journal whose rows are known; the near-misses (a fulfilled order, a recent one, a
    // booked refund, a solved ticket, another store's exception) must not be counted.
    void flowFiguresFromKnownRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flows.sqlite"));
        const qint64 now = nowMs();
        const qint64 day = 24LL * 3600 * 1000;
        {
            Journal j;
            QVERIFY(j.open(path).ok());
            // stage, posted this long ago
            const QList<QPair<QString, qint64>> orders{{QStringLiteral("posted"), 2 * day},
                                                       {QStringLiteral("confirmed"), day + 60000},
                                                       {QStringLiteral("confirmed"), 3600 * 1000},
                                                       {QStringLiteral("fulfilled"), 5 * day},
                                                       {QStringLiteral("cancelled"), 4 * day}};
            QList<qint64> keys;
            for (int i = 0; i < orders.size(); ++i) {
                TestOrder t;
                t.id = 100 + i;
                t.skus = {QStringLiteral("A")};
                const qint64 key = record(j, t, now - 6 * day);
                QVERIFY(key > 0);
                QVERIFY(j.db().prepare("UPDATE orders SET stage=?, posted_at=? WHERE id=?")
                            .bind(1, orders.at(i).first).bind(2, now - orders.at(i).second).bind(3, key).exec().ok());
                keys << key;
            }
            const QList<QPair<QString, QString>> outbox{{QStringLiteral("erp_credit_note"), QStringLiteral("pending")},
                                                        {QStringLiteral("erp_credit_note"), QStringLiteral("inflight")},
                                                        {QStringLiteral("erp_credit_note"), QStringLiteral("done")},
                                                        {QStringLiteral("erp_cancel"), QStringLiteral("pending")}};
            for (int i = 0; i < outbox.size(); ++i)
                QVERIFY(j.db().prepare("INSERT INTO outbox(order_id, kind, state, next_due_at, created_at, updated_at) VALUES(?,?,?,?,?,?)")
                            .bind(1, keys.at(i)).bind(2, outbox.at(i).first).bind(3, outbox.at(i).second).bind(4, now)
                            .bind(5, now).bind(6, now).exec().ok());
            const QStringList tickets{QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("solved")};
            for (int i = 0; i < tickets.size(); ++i)
                QVERIFY(j.db().prepare("INSERT INTO helpdesk_tickets(external_id, order_id, cause, state, created_at, updated_at) "
                                       "VALUES(?,?,'exception',?,?,?)")
                            .bind(1, QStringLiteral("t%1").arg(i)).bind(2, keys.at(i)).bind(3, tickets.at(i)).bind(4, now).bind(5, now)
                            .exec().ok());
            QVERIFY(j.noteStockSweep(QStringLiteral("main"), now - 90000, 40, 3, {}, now - 90000).ok());
            QVERIFY(j.noteStockSweep(QStringLiteral("outlet"), 0, 0, 0, QStringLiteral("HTTP 503"), now).ok());
            const QList<QPair<QString, QString>> exceptions{{QStringLiteral("main"), QStringLiteral("open")},
                                                            {QStringLiteral("main"), QStringLiteral("open")},
                                                            {QStringLiteral("main"), QStringLiteral("resolved")},
                                                            {QStringLiteral("outlet"), QStringLiteral("open")}};
            for (const auto &[store, state] : exceptions)
                QVERIFY(j.db().prepare("INSERT INTO exceptions(kind, category, message, state, created_at, updated_at, store, sku) "
                                       "VALUES('stock','validation','x',?,?,?,?,'S')")
                            .bind(1, state).bind(2, now).bind(3, now).bind(4, store).exec().ok());
        }
        JournalReader reader(path);
        reader.start(0);
        const ConsoleSnapshot s = nextSnapshot(reader);
        QCOMPARE(s.flows.awaitingFulfilment, 2);
        QVERIFY2(qAbs(s.flows.oldestUnfulfilledS - 2 * day / 1000) <= 60, qPrintable(QString::number(s.flows.oldestUnfulfilledS)));
        QCOMPARE(s.flows.refundsPending, 2);
        QCOMPARE(s.flows.openTickets, 3);
        QCOMPARE(s.stock.size(), 2);
        const StockFreshness main = s.stock.at(0);
        QCOMPARE(main.store, QStringLiteral("main"));
        QVERIFY2(main.ageS >= 89 && main.ageS <= 150, qPrintable(QString::number(main.ageS)));
        QCOMPARE(main.openExceptions, 2);
        QVERIFY(main.lastRead.isValid());
        QVERIFY(qAbs(main.lastRead.toMSecsSinceEpoch() - (now - 90000)) < 1000);
        QVERIFY(main.lastWritten.isValid());
        const StockFreshness outlet = s.stock.at(1);
        QCOMPARE(outlet.store, QStringLiteral("outlet"));
        QCOMPARE(outlet.ageS, qint64(-1));
        QVERIFY(!outlet.lastRead.isValid());
        QCOMPARE(outlet.openExceptions, 1);
    }

    void missingJournalFails()
    {
        JournalReader reader(m_dir.filePath(QStringLiteral("nothing-here.sqlite")));
        QSignalSpy failed(&reader, &JournalReader::failed);
        reader.start(0);
        QVERIFY(failed.wait(10000));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothing-here.sqlite"))));
    }

    // The snapshot has its own thread and connection: while one is being built (held here), a
    // page of the orders view is still answered, on the query thread.
    void aPageDoesNotWaitForASnapshot()
    {
        JournalReader reader(m_path);
        QSemaphore hold;
        QAtomicInt inSnapshot;
        struct Release {
            QSemaphore &s;
            ~Release() { s.release(1000); }
        } release{hold};
        connect(&reader, &JournalReader::snapshotReady, &reader, [&] {
            inSnapshot.storeRelease(1);
            hold.acquire();
        }, Qt::DirectConnection);
        QString pageThread;
        connect(&reader, &JournalReader::ordersFetched, &reader,
                [&pageThread] { pageThread = QThread::currentThread()->objectName(); }, Qt::DirectConnection);
        QSignalSpy pages(&reader, &JournalReader::ordersFetched);
        reader.start(0);
        QTRY_VERIFY(inSnapshot.loadAcquire() == 1);
        (void)reader.fetchOrders(OrderFilter{}, int(OrderSortKey::Received), Qt::DescendingOrder, 0, 50, true);
        // (the page may arrive before a wait() would start: count, do not wait for a new one)
        QTRY_VERIFY2_WITH_TIMEOUT(!pages.isEmpty(), "the page waited for the snapshot", 5000);
        QCOMPARE(pageThread, QStringLiteral("backroom-reader"));
        const auto page = pages.takeFirst().at(1).value<OrdersPage>();
        QVERIFY(page.total >= 1);
        QCOMPARE(page.rows.size(), int(std::min<qint64>(page.total, 50)));
    }

    void destroyWithoutStart()
    {
        JournalReader reader(m_path);
        (void)reader.fetchPassport(1);
    }
};

QTEST_GUILESS_MAIN(TestJournalReader)
#include "tst_journalreader.moc"
