// The orders view stays fast at 1,000,000 orders only if SQLite answers each of its queries from
// an index. These tests read SQLite's own plan (EXPLAIN QUERY PLAN) of every sort key, in both
// directions, first page and the keyset page after it, of every filter with the default sort
// (newest first), and of the count under each filter. A dropped index or a query rewritten
// past its index fails here, with the plan in the message.
#include "sync/journal/journal.h"
#include "sync/journal/journalqueries.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {

constexpr qint64 kNow = 1763800000000;

OrderRow someRow()
{
    OrderRow r;
    r.key = 500;
    r.store = QStringLiteral("main");
    r.wooId = 500;
    r.number = QStringLiteral("500");
    r.status = QStringLiteral("processing");
    r.stage = QStringLiteral("posted");
    r.email = QStringLiteral("a@example.com");
    r.total = QStringLiteral("10.00");
    r.receivedMs = kNow - 1000;
    r.erpRef = QStringLiteral("SAL-ORD-500");
    return r;
}

// A full scan of the table, or a sort of rows the index did not deliver in order.
QString badStep(const QStringList &plan, bool allowSort)
{
    for (const QString &step : plan) {
        const bool fullScan = step.startsWith(QLatin1String("SCAN ")) && !step.contains(QLatin1String("INDEX"));
        const bool sort = step.contains(QLatin1String("TEMP B-TREE"));
        if (fullScan || (sort && !allowSort))
            return step;
    }
    return {};
}

} // namespace

class TestOrderQueryPlans : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Journal m_journal;
    std::unique_ptr<JournalQueries> m_queries;

    void expectIndexed(const OrderQuery &q, const std::optional<OrderRow> &after, bool count, bool allowSort = false)
    {
        const QStringList plan = m_queries->ordersPlan(q, kNow, after, count);
        QVERIFY2(!plan.isEmpty(), "no plan");
        const QString bad = badStep(plan, allowSort);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("\"%1\" in the plan: %2").arg(bad, plan.join(QStringLiteral(" | ")))));
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("INDEX")), qPrintable(plan.join(QStringLiteral(" | "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        m_queries = std::make_unique<JournalQueries>(m_journal);
    }

    void everySortUsesAnIndex_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("keyset");
        const char *names[] = {"number", "store", "status", "stage", "email", "total", "received", "erp_ref"};
        for (int k = 0; k <= int(OrderSortKey::ErpRef); ++k) {
            for (bool desc : {false, true}) {
                for (bool keyset : {false, true})
                    QTest::addRow("%s %s%s", names[k], desc ? "desc" : "asc", keyset ? " after a row" : "") << k << desc << keyset;
            }
        }
    }

    void everySortUsesAnIndex()
    {
        QFETCH(int, key);
        QFETCH(bool, descending);
        QFETCH(bool, keyset);
        OrderQuery q;
        q.sortKey = OrderSortKey(key);
        q.descending = descending;
        expectIndexed(q, keyset ? std::optional<OrderRow>(someRow()) : std::nullopt, false);
    }

    void everyFilterUsesAnIndex_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("store");
        QTest::addColumn<qint64>("minAgeS");
        QTest::addColumn<qint64>("maxAgeS");
        QTest::newRow("stage") << QStringLiteral("received") << QString() << QString() << qint64(0) << qint64(0);
        QTest::newRow("status") << QString() << QStringLiteral("processing") << QString() << qint64(0) << qint64(0);
        QTest::newRow("store") << QString() << QString() << QStringLiteral("main") << qint64(0) << qint64(0);
        QTest::newRow("older than") << QString() << QString() << QString() << qint64(3600) << qint64(0);
        QTest::newRow("younger than") << QString() << QString() << QString() << qint64(0) << qint64(300);
        // A click on an aging bar: a stage and an age bucket.
        QTest::newRow("aging bar") << QStringLiteral("exception") << QString() << QString() << qint64(300) << qint64(3600);
        QTest::newRow("store and stage") << QStringLiteral("posted") << QString() << QStringLiteral("main") << qint64(0) << qint64(0);
    }

    void everyFilterUsesAnIndex()
    {
        QFETCH(QString, stage);
        QFETCH(QString, status);
        QFETCH(QString, store);
        QFETCH(qint64, minAgeS);
        QFETCH(qint64, maxAgeS);
        OrderQuery q; // default sort: newest first
        q.stage = stage;
        q.status = status;
        q.store = store;
        q.minAgeS = minAgeS;
        q.maxAgeS = maxAgeS;
        expectIndexed(q, std::nullopt, false);
        expectIndexed(q, someRow(), false);
        expectIndexed(q, std::nullopt, true);
    }

    // Search: a union of three index ranges (number, e-mail, SKU); the few matches are then sorted.
    void searchUsesItsIndexes()
    {
        OrderQuery q;
        q.search = QStringLiteral("1001");
        expectIndexed(q, std::nullopt, false, true);
        expectIndexed(q, std::nullopt, true, true);
        const QString plan = m_queries->ordersPlan(q, kNow, std::nullopt, false).join(QLatin1Char(' '));
        for (const char *index : {"orders_number", "orders_email", "order_skus"})
            QVERIFY2(plan.contains(QLatin1String(index)), qPrintable(plan));
    }

    // The check itself: a sort SQLite has no index for is reported.
    void aMissingIndexIsReported()
    {
        OrderQuery q;
        q.store = QStringLiteral("main");
        QVERIFY(m_journal.db().exec("DROP INDEX orders_store_received").ok());
        Journal fresh; // a new connection: no statement planned before the drop
        QVERIFY(fresh.open(m_dir.filePath(QStringLiteral("journal.sqlite")), SqliteDb::Mode::ReadOnly).ok());
        JournalQueries queries(fresh);
        const QStringList plan = queries.ordersPlan(q, kNow, std::nullopt, false);
        QVERIFY2(!badStep(plan, false).isEmpty(), qPrintable(plan.join(QStringLiteral(" | "))));
    }
};

QTEST_MAIN(TestOrderQueryPlans)
#include "tst_orderqueryplans.moc"
