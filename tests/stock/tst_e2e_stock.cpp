// End-to-end: the real `backroom` binary (headless, --until-idle: one stock sweep per run)
// against the WooCommerce and ERPNext simulators. Each run is one stock poll; the simulators
// keep their state between runs, the data directory keeps the journal.
#include "tests/e2e/e2eutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backroom::sim;

class TestE2eStock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void erpStockLandsInProductsAndVariations();
    void unchangedStockCausesNoWrite();
    void perItemErrorIsAnExceptionForThatSkuOnly();
    void safetyBufferIsApplied();
    void handChangedStockIsFoundAndFixedOnRequest();
    void keepingTheStoreValueIsRemembered();
    void driftIsCorrectedWhenConfigured();
    void erpDownWritesNothingAndRecovers();

private:
    e2e::ProcResult runOnce(const QJsonObject &stock = {});
    int stockOf(const QString &sku) const;
    int idOf(const QString &sku) const;
    QList<QStringList> stockExceptions(const char *where = "1=1");

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<SimCluster> m_cluster;
};

void TestE2eStock::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    SimCluster::Options o;
    o.orders = 0; // the stock flow alone: no order traffic
    m_cluster = std::make_unique<SimCluster>(o);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
}

void TestE2eStock::cleanup()
{
    m_cluster.reset();
    m_tmp.reset();
}

e2e::ProcResult TestE2eStock::runOnce(const QJsonObject &stock)
{
    QJsonObject config = m_cluster->makeConfig();
    config.remove(QStringLiteral("helpdesk"));
    QJsonObject s = stock;
    if (!s.contains(QStringLiteral("enabled")))
        s.insert(QStringLiteral("enabled"), true);
    config.insert(QStringLiteral("stock"), s);
    e2e::tuneConfig(config, 2, 50, 200, 3);
    const QString path = m_tmp->filePath(QStringLiteral("config.json"));
    e2e::writeJsonFile(path, config);
    return e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), path, QStringLiteral("--data-dir"),
                     m_tmp->filePath(QStringLiteral("data")), QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"),
                     QStringLiteral("60")},
                    90000);
}

int TestE2eStock::stockOf(const QString &sku) const
{
    const auto item = m_cluster->woo()->stockItem(sku);
    return item && item->manageStock ? item->stock : -1;
}

int TestE2eStock::idOf(const QString &sku) const
{
    const auto item = m_cluster->woo()->stockItem(sku);
    return item ? item->id : 0;
}

QList<QStringList> TestE2eStock::stockExceptions(const char *where)
{
    e2e::JournalReader j(m_tmp->filePath(QStringLiteral("data")));
    if (!j.ok())
        return {};
    const QByteArray sql = "SELECT sku, kind, code, state, category, group_key, store FROM exceptions "
                           "WHERE kind LIKE 'stock%' AND " + QByteArray(where) + " ORDER BY id";
    return j.rows(sql.constData(), 7);
}

void TestE2eStock::erpStockLandsInProductsAndVariations()
{
    ErpNextSim *erp = m_cluster->erp();
    erp->setStock(QStringLiteral("MUG-CER-01"), 42);
    erp->setStock(QStringLiteral("APR-BLK"), 13, {}, 3);       // variation: 13 on hand, 3 reserved
    erp->setStock(QStringLiteral("APR-OLV"), 7.9);             // fractions round down
    const e2e::ProcResult r = runOnce();
    QVERIFY2(r.ok(), qPrintable(r.describe()));

    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), 42);
    QCOMPARE(stockOf(QStringLiteral("APR-BLK")), 10);
    QCOMPARE(stockOf(QStringLiteral("APR-OLV")), 7);
    // Every managed item the ERP stocks now shows the ERP's sellable quantity.
    for (const WooSim::StockItem &item : m_cluster->woo()->stockItems()) {
        if (!item.manageStock || item.sku.isEmpty() || m_cluster->woo()->erpUnknownSkus().contains(item.sku))
            continue;
        QCOMPARE_GE(erp->available(item.sku), 0.0);
        QCOMPARE(item.stock, int(erp->available(item.sku)));
    }
    QVERIFY(m_cluster->woo()->stats().stockBatches >= 2); // products and the apron's variations apart

    // The unmanaged product the ERP stocks is reported, not silently "written".
    const auto unmanaged = stockExceptions("code='stock_not_managed' AND state='open'");
    QStringList skus;
    for (const QStringList &row : unmanaged)
        skus << row[0];
    QVERIFY2(skus.contains(QStringLiteral("ACC-FILT-100")), qPrintable(skus.join(u',')));
    QVERIFY(stockOf(QStringLiteral("ACC-FILT-100")) == -1);
    // A managed SKU the ERP does not know: a mapping exception grouped by the SKU.
    const auto missing = stockExceptions("code='erp_item_missing'");
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0][0], QStringLiteral("GRD-BURR-SET"));
    QCOMPARE(missing[0][4], QStringLiteral("mapping"));
    QCOMPARE(missing[0][5], QStringLiteral("SKU:GRD-BURR-SET"));

    // The console's exception list and status --json show them; status has the freshness.
    const QJsonArray listed = e2e::exceptionsJson(m_tmp->filePath(QStringLiteral("data")), true);
    int stockListed = 0;
    for (const QJsonValue &v : listed)
        stockListed += v.toObject().value(QStringLiteral("group_key")).toString().contains(QStringLiteral("GRD-BURR-SET")) ? 1 : 0;
    QCOMPARE(stockListed, 1);
    const QJsonObject status = e2e::statusJson(m_tmp->filePath(QStringLiteral("data")));
    const QJsonObject fresh = status.value(QStringLiteral("stock")).toObject().value(QStringLiteral("main")).toObject();
    QVERIFY2(fresh.value(QStringLiteral("last_read")).isString(), qPrintable(QString::fromUtf8(QJsonDocument(status).toJson())));
    QVERIFY(fresh.value(QStringLiteral("last_written")).isString());
    QVERIFY(fresh.value(QStringLiteral("last_error")).isNull());

    // A second run raises nothing new (one open exception per SKU and problem).
    const int before = int(stockExceptions().size());
    QVERIFY(runOnce().ok());
    QCOMPARE(int(stockExceptions().size()), before);
}

void TestE2eStock::unchangedStockCausesNoWrite()
{
    QVERIFY(runOnce().ok());
    const int batches = m_cluster->woo()->stats().stockBatches;
    const int written = m_cluster->woo()->stats().stockItemsWritten;
    QVERIFY(batches > 0);
    QVERIFY(runOnce().ok());
    QCOMPARE(m_cluster->woo()->stats().stockBatches, batches);
    QCOMPARE(m_cluster->woo()->stats().stockItemsWritten, written);

    // One ERP change: one product batch with one item.
    m_cluster->erp()->setStock(QStringLiteral("MOKA-6"), 3);
    QVERIFY(runOnce().ok());
    QCOMPARE(m_cluster->woo()->stats().stockBatches, batches + 1);
    QCOMPARE(m_cluster->woo()->stats().stockItemsWritten, written + 1);
    QCOMPARE(stockOf(QStringLiteral("MOKA-6")), 3);
}

void TestE2eStock::perItemErrorIsAnExceptionForThatSkuOnly()
{
    m_cluster->woo()->failStockWrites(idOf(QStringLiteral("MUG-CER-01")), true);
    m_cluster->erp()->setStock(QStringLiteral("MUG-CER-01"), 61);
    m_cluster->erp()->setStock(QStringLiteral("COF-ESP-1KG"), 62);
    const int mugBefore = stockOf(QStringLiteral("MUG-CER-01"));
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("COF-ESP-1KG")), 62);          // same batch, written
    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), mugBefore);    // refused
    const auto failed = stockExceptions("state='open' AND code='woocommerce_rest_product_not_updated'");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed[0][0], QStringLiteral("MUG-CER-01"));
    QCOMPARE(failed[0][6], QStringLiteral("main"));
    QCOMPARE(int(stockExceptions("sku='COF-ESP-1KG'").size()), 0);

    // The store accepts it again: the next poll writes it and closes the exception.
    m_cluster->woo()->failStockWrites(idOf(QStringLiteral("MUG-CER-01")), false);
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), 61);
    QCOMPARE(int(stockExceptions("state='open' AND code='woocommerce_rest_product_not_updated'").size()), 0);
}

void TestE2eStock::safetyBufferIsApplied()
{
    m_cluster->erp()->setStock(QStringLiteral("MOKA-6"), 20);
    m_cluster->erp()->setStock(QStringLiteral("KET-GOOSE"), 3);
    m_cluster->erp()->setStock(QStringLiteral("APR-NVY"), 9.5);
    QVERIFY(runOnce(QJsonObject{{QStringLiteral("safety_buffer"), 5}}).ok());
    QCOMPARE(stockOf(QStringLiteral("MOKA-6")), 15);
    QCOMPARE(stockOf(QStringLiteral("KET-GOOSE")), 0);   // never below zero
    QCOMPARE(stockOf(QStringLiteral("APR-NVY")), 4);     // floor(9.5) - 5
}

void TestE2eStock::handChangedStockIsFoundAndFixedOnRequest()
{
    m_cluster->erp()->setStock(QStringLiteral("MUG-CER-01"), 30);
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), 30);
    QVERIFY(m_cluster->woo()->setStockByHand(idOf(QStringLiteral("MUG-CER-01")), 999));
    const int batches = m_cluster->woo()->stats().stockBatches;

    // Report mode (the default): found, reported, not overwritten.
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), 999);
    QCOMPARE(m_cluster->woo()->stats().stockBatches, batches);
    auto drift = stockExceptions("kind='stock_drift' AND state='open'");
    QCOMPARE(drift.size(), 1);
    QCOMPARE(drift[0][0], QStringLiteral("MUG-CER-01"));
    QCOMPARE(drift[0][4], QStringLiteral("conflict"));

    // The one-click fix: retry the finding; the next poll writes the ERP value.
    const QJsonArray open = e2e::exceptionsJson(m_tmp->filePath(QStringLiteral("data")), true);
    QString id;
    for (const QJsonValue &v : open)
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("stock_drift"))
            id = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(!id.isEmpty());
    const e2e::ProcResult retry = e2e::run({QStringLiteral("retry"), QStringLiteral("--data-dir"), m_tmp->filePath(QStringLiteral("data")), id});
    QVERIFY2(retry.ok(), qPrintable(retry.describe()));
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), 30);
    QCOMPARE(int(stockExceptions("kind='stock_drift' AND state IN ('open','retried')").size()), 0);
    QCOMPARE(int(stockExceptions("kind='stock_drift' AND state='resolved'").size()), 1);
}

void TestE2eStock::keepingTheStoreValueIsRemembered()
{
    m_cluster->erp()->setStock(QStringLiteral("KET-GOOSE"), 40);
    QVERIFY(runOnce().ok());
    QVERIFY(m_cluster->woo()->setStockByHand(idOf(QStringLiteral("KET-GOOSE")), 12));
    QVERIFY(runOnce().ok());
    const QJsonArray open = e2e::exceptionsJson(m_tmp->filePath(QStringLiteral("data")), true);
    QString id;
    for (const QJsonValue &v : open)
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("stock_drift"))
            id = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(!id.isEmpty());
    // Skip: a person keeps the store's value.
    const e2e::ProcResult skip = e2e::run({QStringLiteral("skip"), QStringLiteral("--data-dir"), m_tmp->filePath(QStringLiteral("data")),
                                           id, QStringLiteral("--reason"), QStringLiteral("counted by hand")});
    QVERIFY2(skip.ok(), qPrintable(skip.describe()));
    QVERIFY(runOnce().ok());
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("KET-GOOSE")), 12);
    QCOMPARE(int(stockExceptions("kind='stock_drift'").size()), 1); // not raised again
    // The ERP moves later: its value is written as usual.
    m_cluster->erp()->setStock(QStringLiteral("KET-GOOSE"), 41);
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("KET-GOOSE")), 41);
}

void TestE2eStock::driftIsCorrectedWhenConfigured()
{
    const QJsonObject correct{{QStringLiteral("drift"), QStringLiteral("correct")}};
    m_cluster->erp()->setStock(QStringLiteral("CB-BOTTLE"), 25);
    QVERIFY(runOnce(correct).ok());
    QCOMPARE(stockOf(QStringLiteral("CB-BOTTLE")), 25);
    QVERIFY(m_cluster->woo()->setStockByHand(idOf(QStringLiteral("CB-BOTTLE")), 2));
    QVERIFY(runOnce(correct).ok());
    QCOMPARE(stockOf(QStringLiteral("CB-BOTTLE")), 25);
    // The finding is kept (closed), so the correction can be seen later.
    const auto drift = stockExceptions("kind='stock_drift'");
    QCOMPARE(drift.size(), 1);
    QCOMPARE(drift[0][3], QStringLiteral("resolved"));
}

void TestE2eStock::erpDownWritesNothingAndRecovers()
{
    QVERIFY(runOnce().ok());
    const int batches = m_cluster->woo()->stats().stockBatches;
    const int exceptionsBefore = int(stockExceptions().size());
    m_cluster->erp()->setStock(QStringLiteral("MUG-CER-01"), 77);
    const auto down = FaultSpec::parse(QStringLiteral("rate=1,kinds=503"));
    QVERIFY(down);
    m_cluster->erp()->setFaults(*down);
    const e2e::ProcResult r = runOnce();
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(m_cluster->woo()->stats().stockBatches, batches);
    QVERIFY(stockOf(QStringLiteral("MUG-CER-01")) != 77);
    QCOMPARE(int(stockExceptions().size()), exceptionsBefore); // no exception storm
    const QJsonObject status = e2e::statusJson(m_tmp->filePath(QStringLiteral("data")));
    const QJsonObject fresh = status.value(QStringLiteral("stock")).toObject().value(QStringLiteral("main")).toObject();
    QVERIFY(fresh.value(QStringLiteral("last_error")).isString());

    m_cluster->erp()->setFaults(FaultSpec{});
    QVERIFY(runOnce().ok());
    QCOMPARE(stockOf(QStringLiteral("MUG-CER-01")), 77);
    QCOMPARE(int(stockExceptions().size()), exceptionsBefore);
}

QTEST_GUILESS_MAIN(TestE2eStock)
#include "tst_e2e_stock.moc"
