// Speed of the orders view at scale. Prints figures; asserts only correctness.
//   BACKROOM_SCALE_ORDERS=1000000 BACKROOM_SCALE_JOURNAL=/tmp/scale.sqlite ./tst_ordersmodel_scale
#include "modeltestutil.h"

#include "models/journalreader.h"
#include "models/ordersmodel.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace backroom;
using namespace backroom::test;

class TestOrdersModelScale : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_count = 20000;
    std::unique_ptr<JournalReader> m_reader;

    static double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

    // Wall time on the GUI thread from the change until the page is there, and the part of it
    // spent in SQLite on the reader thread.
    template <typename F>
    QString timed(OrdersModel &m, F &&trigger)
    {
        QSignalSpy loaded(&m, &OrdersModel::pageLoaded);
        QElapsedTimer t;
        t.start();
        trigger();
        if (loaded.isEmpty() && !loaded.wait(60000))
            return QStringLiteral("timeout");
        return QStringLiteral("%1 ms (SQL %2 ms)").arg(ms(t), 0, 'f', 1).arg(loaded.at(0).at(1).toDouble(), 0, 'f', 1);
    }

    QString rowAt(OrdersModel &m, int row)
    {
        const QModelIndex idx = m.index(row, 0);
        if (m.data(idx, OrdersModel::LoadedRole).toBool())
            return QStringLiteral("cached");
        return timed(m, [&] { (void)m.data(idx); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_count = qEnvironmentVariableIntValue("BACKROOM_SCALE_ORDERS") > 0 ? qEnvironmentVariableIntValue("BACKROOM_SCALE_ORDERS") : 20000;
        m_path = qEnvironmentVariable("BACKROOM_SCALE_JOURNAL");
        if (m_path.isEmpty())
            m_path = m_dir.filePath(QStringLiteral("scale.sqlite"));
        Journal j;
        QVERIFY(j.open(m_path).ok());
        SqliteStatement &st = j.db().prepare("SELECT count(*) FROM orders");
        const qint64 have = st.step() ? st.int64(0) : 0;
        st.reset();
        if (have >= m_count) {
            qInfo("reusing %s with %lld orders", qPrintable(m_path), have);
            m_count = have;
            return;
        }
        QElapsedTimer t;
        t.start();
        const qint64 now = nowMs();
        const char *statuses[] = {"processing", "processing", "processing", "on-hold", "completed"};
        QVERIFY(j.begin().ok());
        for (qint64 i = have + 1; i <= m_count; ++i) {
            TestOrder o;
            o.id = i;
            o.store = i % 4 == 0 ? QStringLiteral("second") : QStringLiteral("main");
            o.email = QStringLiteral("customer%1@example.com").arg(i % 50000);
            o.skus = {QStringLiteral("SKU-%1").arg(i % 5000), QStringLiteral("SKU-%1").arg((i * 7) % 5000)};
            o.total = QString::number(double(i % 100000) / 100.0 + 1, 'f', 2);
            o.status = QLatin1String(statuses[i % 5]);
            const qint64 received = now - (m_count - i) * 30000; // one order every 30 s
            const qint64 key = record(j, o, received);
            if (i % 10 != 0)
                post(j, key, QStringLiteral("SO-%1").arg(i, 8, 10, QLatin1Char('0')), received + 2000);
            if (i % 20000 == 0) {
                QVERIFY(j.commit().ok());
                QVERIFY(j.begin().ok());
            }
        }
        QVERIFY(j.commit().ok());
        qInfo("filled %lld orders in %.0f ms", m_count, ms(t));
    }

    void figures()
    {
        m_reader = std::make_unique<JournalReader>(m_path);
        m_reader->start(0);
        QElapsedTimer t;
        t.start();
        std::unique_ptr<OrdersModel> model;
        {
            QElapsedTimer o;
            o.start();
            model = std::make_unique<OrdersModel>(m_reader.get());
            QSignalSpy loaded(model.get(), &OrdersModel::pageLoaded);
            QVERIFY(loaded.wait(60000));
            qInfo("open (count + first page): %.1f ms (SQL %.1f ms), %lld rows", ms(o), loaded.at(0).at(1).toDouble(),
                  model->totalCount());
        }
        OrdersModel &m = *model;
        QCOMPARE(m.totalCount(), m_count);
        qInfo("page 2 (keyset after page 1): %s", qPrintable(rowAt(m, OrdersModel::kPageSize)));
        qInfo("jump to the middle (offset %d): %s", m.rowCount() / 2, qPrintable(rowAt(m, m.rowCount() / 2)));
        qInfo("next page after the middle (keyset): %s", qPrintable(rowAt(m, (m.rowCount() / 2 / OrdersModel::kPageSize + 1) * OrdersModel::kPageSize)));
        qInfo("jump to the end: %s", qPrintable(rowAt(m, m.rowCount() - 1)));

        const char *names[] = {"number", "store", "status", "stage", "email", "total", "received", "erp_ref"};
        for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
            for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString first = timed(m, [&] { m.sort(c, o); });
                const QString middle = rowAt(m, m.rowCount() / 2);
                qInfo("sort %-8s %s: first page %s, middle %s", names[c], o == Qt::AscendingOrder ? "asc " : "desc",
                      qPrintable(first), qPrintable(middle));
            }
        }
        (void)timed(m, [&] { m.sort(OrdersModel::Received, Qt::DescendingOrder); });

        struct Case {
            const char *name;
            OrderFilter filter;
        };
        const QList<Case> cases = {
            {"search number 12345", {QStringLiteral("12345"), {}, {}, {}, 0, 0}},
            {"search e-mail customer4711@", {QStringLiteral("customer4711@"), {}, {}, {}, 0, 0}},
            {"search SKU-4711", {QStringLiteral("SKU-4711"), {}, {}, {}, 0, 0}},
            {"stage received", {{}, QStringLiteral("received"), {}, {}, 0, 0}},
            {"status on-hold", {{}, {}, QStringLiteral("on-hold"), {}, 0, 0}},
            {"store second", {{}, {}, {}, QStringLiteral("second"), 0, 0}},
            {"stage received, age 1-24 h", {{}, QStringLiteral("received"), {}, {}, 3600, 86400}},
            {"stage received, age > 24 h", {{}, QStringLiteral("received"), {}, {}, 86400, 0}},
        };
        for (const Case &c : cases) {
            const QString first = timed(m, [&] { m.setFilter(c.filter); });
            const QString middle = m.rowCount() > 0 ? rowAt(m, m.rowCount() / 2) : QString();
            qInfo("filter %-30s %8lld rows: first page %s, middle %s", c.name, m.totalCount(), qPrintable(first),
                  qPrintable(middle));
            QVERIFY(m.totalCount() > 0);
        }

        QSignalSpy snap(m_reader.get(), &JournalReader::snapshotReady);
        QElapsedTimer s;
        s.start();
        m_reader->refreshNow();
        QVERIFY(snap.wait(60000));
        qInfo("dashboard snapshot: %.1f ms", ms(s));
        qInfo("total %.0f ms", ms(t));
    }

    void cleanupTestCase() { m_reader.reset(); }
};

QTEST_GUILESS_MAIN(TestOrdersModelScale)
#include "tst_ordersmodel_scale.moc"
