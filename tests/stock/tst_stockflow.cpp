// StockFlow in process with a scripted store and ERP: what the answer of a write says (an item
// WooCommerce did not apply, an item missing from the answer, a failed batch) and batching.
#include "sync/engine/connectionmonitor.h"
#include "sync/engine/stockflow.h"
#include "sync/engine/writebatch.h"
#include "sync/erp/erpadapter.h"
#include "sync/journal/journal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {

class ScriptedStore final : public StoreClient {
public:
    QList<CatalogueItem> products;
    // How the store answers a write: by default applied as sent.
    std::function<Result<QList<StockWriteResult>>(qint64, const QList<StockUpdate> &)> answer;
    QList<QPair<qint64, int>> batches; // parent id, size

    QString connectionName() const override { return QStringLiteral("woocommerce:main"); }
    void listOrders(const OrderListQuery &, Callback<OrderPage>) override {}
    void getOrder(qint64, Callback<QJsonObject>) override {}
    void updateOrders(const QList<OrderUpdate> &, Callback<QList<BatchItemResult>>) override {}
    void listOrderNotes(qint64, Callback<QStringList>) override {}
    void addOrderNote(qint64, const QString &, bool, Callback<qint64>) override {}
    void listProducts(int page, int perPage, Callback<CataloguePage> done) override
    {
        CataloguePage p;
        p.items = products.mid((page - 1) * perPage, perPage);
        p.total = int(products.size());
        p.totalPages = int((products.size() + perPage - 1) / perPage);
        QMetaObject::invokeMethod(this, [done, p] { done(p); }, Qt::QueuedConnection);
    }
    void listVariations(qint64, int, int, Callback<CataloguePage> done) override
    {
        QMetaObject::invokeMethod(this, [done] { done(CataloguePage{}); }, Qt::QueuedConnection);
    }
    void updateStock(qint64 parentId, const QList<StockUpdate> &updates, Callback<QList<StockWriteResult>> done) override
    {
        batches.append({parentId, int(updates.size())});
        Result<QList<StockWriteResult>> r = QList<StockWriteResult>{};
        if (answer) {
            r = answer(parentId, updates);
        } else {
            QList<StockWriteResult> out;
            for (const StockUpdate &u : updates)
                out.append(StockWriteResult{u.id, std::nullopt, true, double(u.quantity)});
            r = out;
        }
        QMetaObject::invokeMethod(this, [done, r] { done(r); }, Qt::QueuedConnection);
    }
};

class ScriptedErp final : public ErpAdapter {
public:
    QHash<QString, double> levels;
    QString connectionName() const override { return QStringLiteral("erp:test"); }
    void findSalesOrder(const QString &, LookupCallback) override {}
    void ensureCustomer(const Customer &, NameCallback) override {}
    void createSalesOrder(const SalesOrderDraft &, NameCallback) override {}
    void stockLevels(const QStringList &codes, Callback<QList<StockLevel>> done) override
    {
        QList<StockLevel> out;
        for (const QString &c : codes)
            if (levels.contains(c))
                out.append(StockLevel{c, levels.value(c)});
        QMetaObject::invokeMethod(this, [done, out] { done(out); }, Qt::QueuedConnection);
    }
};

CatalogueItem product(qint64 id, const QString &sku, double stock)
{
    CatalogueItem i;
    i.id = id;
    i.sku = sku;
    i.name = sku;
    i.type = QStringLiteral("simple");
    i.manageStock = true;
    i.stockQuantity = stock;
    return i;
}

} // namespace

class TestStockFlow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    ManualClock m_clock;
    ScriptedStore m_store;
    ScriptedErp m_erp;

    void runSweep(StockFlow &flow)
    {
        const int before = flow.sweeps();
        flow.sweep();
        QTRY_COMPARE(flow.sweeps(), before + 1);
    }
    QList<ExceptionRecord> stockExceptions()
    {
        QList<ExceptionRecord> out;
        for (const ExceptionRecord &e : m_journal->exceptions(true))
            if (e.orderKey == 0)
                out << e;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir.filePath(QStringLiteral("j%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))));
        m_store.products.clear();
        m_store.batches.clear();
        m_store.answer = nullptr;
        m_erp.levels.clear();
    }

    void batchesOfAtMostOneHundred()
    {
        for (int i = 0; i < 250; ++i) {
            m_store.products << product(1000 + i, QStringLiteral("SKU-%1").arg(i), 0);
            m_erp.levels.insert(QStringLiteral("SKU-%1").arg(i), 5 + i);
        }
        WriteBatch batch(m_journal.get(), std::chrono::milliseconds(5));
        ConnectionMonitor monitor(m_journal.get(), &m_clock, std::chrono::seconds(30));
        StockFlow flow(StoreConfig{QStringLiteral("main")}, Config::Stock{true, 0, {}, 60, false}, Mappings{}, &m_store, &m_erp,
                       m_journal.get(), &batch, &monitor, &m_clock);
        runSweep(flow);
        QCOMPARE(m_store.batches.size(), 3);
        QCOMPARE(m_store.batches[0].second, 100);
        QCOMPARE(m_store.batches[2].second, 50);
        QCOMPARE(m_journal->stockRecord(QStringLiteral("main"), QStringLiteral("SKU-7"))->writtenValue.value_or(-1), 12);
    }

    void answerSaysNotAppliedOrMissing()
    {
        m_store.products << product(1, QStringLiteral("A"), 1) << product(2, QStringLiteral("B"), 1) << product(3, QStringLiteral("C"), 1);
        m_erp.levels = {{QStringLiteral("A"), 10}, {QStringLiteral("B"), 20}, {QStringLiteral("C"), 30}};
        // A: applied. B: WooCommerce answered 200 with manage_stock false (turned off meanwhile).
        // C: not in the answer at all.
        m_store.answer = [](qint64, const QList<StoreClient::StockUpdate> &) {
            return Result<QList<StoreClient::StockWriteResult>>(QList<StoreClient::StockWriteResult>{
                {1, std::nullopt, true, 10.0}, {2, std::nullopt, false, std::nullopt}});
        };
        WriteBatch batch(m_journal.get(), std::chrono::milliseconds(5));
        ConnectionMonitor monitor(m_journal.get(), &m_clock, std::chrono::seconds(30));
        StockFlow flow(StoreConfig{QStringLiteral("main")}, Config::Stock{true, 0, {}, 60, false}, Mappings{}, &m_store, &m_erp,
                       m_journal.get(), &batch, &monitor, &m_clock);
        runSweep(flow);
        const QList<ExceptionRecord> ex = stockExceptions();
        QCOMPARE(ex.size(), 2);
        QVERIFY(ex[0].groupKey.endsWith(QLatin1String(":B")));
        QCOMPARE(ex[0].code, QStringLiteral("stock_not_managed"));
        QVERIFY(ex[0].hint.contains(QLatin1String("Manage stock?")));
        QVERIFY(ex[1].groupKey.endsWith(QLatin1String(":C")));
        QCOMPARE(ex[1].code, QStringLiteral("stock_no_answer"));
        QCOMPARE(m_journal->stockRecord(QStringLiteral("main"), QStringLiteral("A"))->writtenValue.value_or(-1), 10);
        QVERIFY(!m_journal->stockRecord(QStringLiteral("main"), QStringLiteral("B"))->writtenValue.has_value());
    }

    void failedBatchRaisesNothingPerItem()
    {
        m_store.products << product(1, QStringLiteral("A"), 1) << product(2, QStringLiteral("B"), 1);
        m_erp.levels = {{QStringLiteral("A"), 10}, {QStringLiteral("B"), 20}};
        m_store.answer = [](qint64, const QList<StoreClient::StockUpdate> &) {
            SyncError e;
            e.category = ErrorCategory::TransientRemote;
            e.code = QStringLiteral("http_503");
            e.message = QStringLiteral("Service Unavailable");
            return Result<QList<StoreClient::StockWriteResult>>(e);
        };
        WriteBatch batch(m_journal.get(), std::chrono::milliseconds(5));
        ConnectionMonitor monitor(m_journal.get(), &m_clock, std::chrono::seconds(30));
        StockFlow flow(StoreConfig{QStringLiteral("main")}, Config::Stock{true, 0, {}, 60, false}, Mappings{}, &m_store, &m_erp,
                       m_journal.get(), &batch, &monitor, &m_clock);
        runSweep(flow);
        QCOMPARE(stockExceptions().size(), 0);
        QVERIFY(!flow.busy());
        const QJsonObject s = m_journal->statusJson(m_clock.nowMs()).value(QStringLiteral("stock")).toObject()
                                  .value(QStringLiteral("main")).toObject();
        QVERIFY(s.value(QStringLiteral("last_error")).toString().contains(QLatin1String("Service Unavailable"))
                || s.value(QStringLiteral("last_error")).toString().contains(QLatin1String("503")));
        QVERIFY(s.value(QStringLiteral("last_written")).isNull());
        // Next sweep with the store back: both written.
        m_store.answer = nullptr;
        runSweep(flow);
        QCOMPARE(m_journal->stockRecord(QStringLiteral("main"), QStringLiteral("B"))->writtenValue.value_or(-1), 20);
    }
};

QTEST_GUILESS_MAIN(TestStockFlow)
#include "tst_stockflow.moc"
