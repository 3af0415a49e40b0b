#include "modeltestutil.h"

#include "models/journalreader.h"
#include "models/ordersmodel.h"
#include "sync/journal/journalqueries.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <algorithm>

using namespace backroom;
using namespace backroom::test;

namespace {
struct Expected {
    qint64 key = 0;
    QString number, store, status, stage, email, erpRef;
    double total = 0;
    qint64 receivedMs = 0;
};

const qint64 kAges[] = {60, 1200, 7200, 172800}; // seconds: one per aging bucket

bool less(int column, const Expected &a, const Expected &b)
{
    auto tie = [&](auto x, auto y) { return x != y ? x < y : a.key < b.key; };
    switch (column) {
    case OrdersModel::Number: return tie(a.number, b.number);
    case OrdersModel::Store: return a.store != b.store ? a.store < b.store : a.number.toLongLong() < b.number.toLongLong();
    case OrdersModel::Status:
        return a.status != b.status ? a.status < b.status : tie(a.receivedMs, b.receivedMs);
    case OrdersModel::Stage: return a.stage != b.stage ? a.stage < b.stage : tie(a.receivedMs, b.receivedMs);
    case OrdersModel::Email: return tie(a.email.toLower(), b.email.toLower());
    case OrdersModel::Total: return tie(a.total, b.total);
    case OrdersModel::Received: return tie(a.receivedMs, b.receivedMs);
    case OrdersModel::ErpRef: return tie(a.erpRef, b.erpRef);
    default: return a.key < b.key;
    }
}
} // namespace

class TestOrdersModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QList<Expected> m_orders;
    qint64 m_now = 0;
    std::unique_ptr<JournalReader> m_reader;
    std::unique_ptr<OrdersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QList<qint64> loadAll()
    {
        // Ask for every row as a view would, then wait until every page arrived.
        auto allLoaded = [this] {
            bool all = true;
            for (int r = 0; r < m_model->rowCount(); ++r)
                all = m_model->data(m_model->index(r, 0), OrdersModel::LoadedRole).toBool() && all;
            return all;
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(allLoaded(), 10000); }();
        QList<qint64> keys;
        for (int r = 0; r < m_model->rowCount(); ++r)
            keys << m_model->data(m_model->index(r, 0), OrdersModel::OrderKeyRole).toLongLong();
        return keys;
    }

    void apply(const OrderFilter &f)
    {
        QSignalSpy loading(m_model.get(), &OrdersModel::loadingChanged);
        m_model->setFilter(f);
        QTRY_VERIFY(!m_model->isLoading());
    }

    QList<qint64> expectedKeys(const std::function<bool(const Expected &)> &pred, int column = OrdersModel::Received,
                               Qt::SortOrder order = Qt::DescendingOrder) const
    {
        QList<Expected> rows;
        for (const Expected &e : m_orders) {
            if (pred(e))
                rows << e;
        }
        std::sort(rows.begin(), rows.end(), [column](const Expected &a, const Expected &b) { return less(column, a, b); });
        if (order == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        QList<qint64> keys;
        for (const Expected &e : rows)
            keys << e.key;
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        Journal j;
        QVERIFY(j.open(m_path).ok());
        m_now = nowMs();
        QVERIFY(j.begin().ok());
        for (int i = 1; i <= 330; ++i) {
            TestOrder t;
            t.id = i;
            t.store = i % 3 == 0 ? QStringLiteral("second") : QStringLiteral("main");
            t.email = QStringLiteral("User%1@Example.com").arg(i % 50);
            t.skus = {QStringLiteral("SKU-%1").arg(i % 7), QStringLiteral("COMMON")};
            t.total = QString::number(i * 1.5, 'f', 2);
            t.status = i % 10 == 0 ? QStringLiteral("on-hold") : QStringLiteral("processing");
            const bool syncable = i <= 320;
            if (!syncable)
                t.status = QStringLiteral("pending");
            const qint64 received = m_now - (kAges[i % 4] + i % 60) * 1000;
            const qint64 key = record(j, t, received, syncable);
            QVERIFY(key > 0);
            Expected e{key, QString::number(i), t.store, t.status, QLatin1String(syncable ? Stage::Received : Stage::Ignored),
                       t.email, {}, i * 1.5, received};
            if (syncable && i % 5 == 0) {
                e.erpRef = QStringLiteral("SO-%1").arg(i, 4, 10, QLatin1Char('0'));
                post(j, key, e.erpRef, received + 1000);
                e.stage = QLatin1String(Stage::Posted);
            } else if (syncable && i % 11 == 0) {
                park(j, key, ErrorCategory::Mapping, QStringLiteral("unmapped SKU"), QStringLiteral("erp"), received + 1000);
                e.stage = QLatin1String(Stage::Exception);
            }
            m_orders << e;
        }
        QVERIFY(j.commit().ok());
        m_reader = std::make_unique<JournalReader>(m_path);
        m_reader->start(0);
        m_model = std::make_unique<OrdersModel>(m_reader.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!m_model->isLoading());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_reader.reset();
    }

    void opensNewestFirst()
    {
        apply({});
        QCOMPARE(m_model->totalCount(), qint64(m_orders.size()));
        QCOMPARE(m_model->rowCount(), int(m_orders.size()));
        QCOMPARE(loadAll(), expectedKeys([](const Expected &) { return true; }));
        QCOMPARE(m_model->data(m_model->index(0, OrdersModel::Number)).toString(), QStringLiteral("300")); // 60 s old
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const char *names[] = {"number", "store", "status", "stage", "email", "total", "received", "erp_ref"};
        for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
            QTest::addRow("%s asc", names[c]) << c << int(Qt::AscendingOrder);
            QTest::addRow("%s desc", names[c]) << c << int(Qt::DescendingOrder);
        }
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        apply({});
        m_model->sort(column, Qt::SortOrder(order));
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(loadAll(), expectedKeys([](const Expected &) { return true; }, column, Qt::SortOrder(order)));
        m_model->sort(OrdersModel::Received, Qt::DescendingOrder);
        QTRY_VERIFY(!m_model->isLoading());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("store");
        QTest::addRow("number prefix") << QStringLiteral("12") << QString() << QString() << QString();
        QTest::addRow("number with #") << QStringLiteral("#300") << QString() << QString() << QString();
        QTest::addRow("e-mail any case") << QStringLiteral("USER7@example") << QString() << QString() << QString();
        QTest::addRow("sku") << QStringLiteral("SKU-3") << QString() << QString() << QString();
        QTest::addRow("stage") << QString() << QStringLiteral("posted") << QString() << QString();
        QTest::addRow("exception stage") << QString() << QStringLiteral("exception") << QString() << QString();
        QTest::addRow("status") << QString() << QString() << QStringLiteral("on-hold") << QString();
        QTest::addRow("store") << QString() << QString() << QString() << QStringLiteral("second");
        QTest::addRow("store+stage+sku") << QStringLiteral("SKU-1") << QStringLiteral("posted") << QString()
                                         << QStringLiteral("second");
        QTest::addRow("nothing") << QStringLiteral("nobody@") << QString() << QString() << QString();
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QString, stage);
        QFETCH(QString, status);
        QFETCH(QString, store);
        OrderFilter f;
        f.search = search;
        f.stage = stage;
        f.status = status;
        f.store = store;
        apply(f);
        QCOMPARE(m_model->filter(), f);
        QString s = search.startsWith(QLatin1Char('#')) ? search.mid(1) : search;
        const QList<qint64> expected = expectedKeys([&](const Expected &e) {
            const int i = e.number.toInt();
            const bool skuMatch = QStringLiteral("SKU-%1").arg(i % 7).startsWith(s) || QStringLiteral("COMMON").startsWith(s);
            const bool searchOk = s.isEmpty() || e.number.startsWith(s) || e.email.toLower().startsWith(s.toLower()) || skuMatch;
            return searchOk && (stage.isEmpty() || e.stage == stage) && (status.isEmpty() || e.status == status)
                && (store.isEmpty() || e.store == store);
        });
        QCOMPARE(m_model->totalCount(), qint64(expected.size()));
        QCOMPARE(loadAll(), expected);
    }

    void agingDrillDownListsExactlyTheBucket()
    {
        QSignalSpy snap(m_reader.get(), &JournalReader::snapshotReady);
        m_reader->refreshNow();
        QVERIFY(snap.wait(10000));
        const ConsoleSnapshot s = snap.takeLast().at(0).value<ConsoleSnapshot>();
        QCOMPARE(s.aging.size(), 12);
        int nonEmpty = 0;
        for (const AgingCell &cell : s.aging) {
            OrderFilter f;
            f.stage = cell.stage;
            f.minAgeS = cell.fromAgeS;
            f.maxAgeS = cell.toAgeS;
            apply(f);
            const QList<qint64> expected = expectedKeys([&](const Expected &e) {
                const qint64 age = (m_now - e.receivedMs) / 1000;
                return e.stage == cell.stage && age >= cell.fromAgeS && (cell.toAgeS == 0 || age < cell.toAgeS);
            });
            QCOMPARE(cell.count, int(expected.size()));
            QCOMPARE(m_model->totalCount(), qint64(cell.count));
            QCOMPARE(loadAll(), expected);
            nonEmpty += cell.count > 0 ? 1 : 0;
        }
        QCOMPARE(nonEmpty, 12); // the fixture fills every stage × bucket
    }

    void keysetMatchesOffset()
    {
        Journal j;
        QVERIFY(j.open(m_path, SqliteDb::Mode::ReadOnly).ok());
        JournalQueries q(j);
        for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
            for (bool desc : {false, true}) {
                OrderQuery query;
                query.sortKey = OrderSortKey(c);
                query.descending = desc;
                const QList<OrderRow> all = q.orders(query, m_now, 0, 1000);
                QList<OrderRow> paged = q.orders(query, m_now, 0, 37);
                while (paged.size() < all.size()) {
                    const QList<OrderRow> next = q.orders(query, m_now, paged.size(), 37, paged.constLast());
                    QVERIFY(!next.isEmpty());
                    paged += next;
                }
                QCOMPARE(paged.size(), all.size());
                for (int i = 0; i < all.size(); ++i)
                    QCOMPARE(paged.at(i).key, all.at(i).key);
            }
        }
    }

    void refreshKeepsTheViewAndAddsNewOrders()
    {
        apply({});
        const qint64 before = m_model->totalCount();
        {
            Journal j;
            QVERIFY(j.open(m_path).ok());
            TestOrder t;
            t.id = 1000;
            t.email = QStringLiteral("new@example.com");
            t.skus = {QStringLiteral("NEW")};
            const qint64 key = record(j, t, nowMs());
            m_orders << Expected{key, QStringLiteral("1000"), t.store, t.status, QLatin1String(Stage::Received), t.email, {},
                                 10.0, nowMs()};
        }
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy total(m_model.get(), &OrdersModel::totalChanged);
        m_model->refresh();
        QTRY_COMPARE(total.size(), 1);
        QCOMPARE(m_model->totalCount(), before + 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(m_model->data(m_model->index(0, OrdersModel::Number)).toString(), QStringLiteral("1000"));
    }

    void placeholderBeforeThePageArrives()
    {
        apply({});
        const int last = m_model->rowCount() - 1;
        // the first page is cached after a filter change; the last row is on another page
        const QModelIndex idx = m_model->index(last, OrdersModel::Number);
        if (!m_model->data(idx, OrdersModel::LoadedRole).toBool()) {
            QCOMPARE(m_model->data(idx, OrdersModel::OrderKeyRole).toLongLong(), qint64(0));
            QVERIFY(!m_model->data(idx).toString().isEmpty());
        }
        QTRY_VERIFY(m_model->data(idx, OrdersModel::LoadedRole).toBool());
        QVERIFY(m_model->data(idx, OrdersModel::OrderKeyRole).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
