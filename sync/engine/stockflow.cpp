#include "sync/engine/stockflow.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/stockplan.h"
#include "sync/engine/writebatch.h"
#include "sync/erp/erpadapter.h"
#include "sync/journal/journal.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <cmath>

Q_LOGGING_CATEGORY(lcStock, "backroom.sync.stock")

namespace backroom {

namespace {

constexpr int kPageSize = 100;
constexpr int kBatchLimit = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("StockFlow", text);
}

SyncError stockError(ErrorCategory category, const QString &code, const QString &message, const QString &hint)
{
    SyncError e;
    e.category = category;
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

SyncError unmanagedError(const CatalogueItem &item, std::optional<double> available)
{
    return stockError(ErrorCategory::Validation, QStringLiteral("stock_not_managed"),
                      tr("WooCommerce does not manage the stock of \"%1\" (SKU %2), so it ignores the quantity "
                         "Backroom sends; the ERP has %3 available.")
                          .arg(item.name, item.sku, available ? QString::number(*available) : tr("a quantity")),
                      tr("Turn on \"Manage stock?\" for this product in WooCommerce (Inventory tab), or leave it out "
                         "of the stock sync by skipping this exception."));
}

} // namespace

struct StockFlow::Sweep {
    QList<CatalogueItem> items;          // with a SKU, variable parents left out
    QList<qint64> variableIds;
    int variableIndex = 0;
    int variationPage = 1;
    QHash<QString, double> available;    // ERP item code -> available
    struct Batch {
        qint64 parentId = 0;
        QList<StoreClient::StockUpdate> updates;
    };
    QList<Batch> batches;
    QHash<qint64, CatalogueItem> byId;   // items being written
    QHash<qint64, qint64> targets;       // item id -> target being written
    QSet<qint64> driftFixes;             // writes that correct drift
    qint64 readAtMs = 0;
    int writes = 0;
};

StockFlow::StockFlow(const StoreConfig &store, const Config::Stock &settings, const Mappings &mappings,
                     StoreClient *client, ErpAdapter *erp, Journal *journal, WriteBatch *batch,
                     ConnectionMonitor *monitor, Clock *clock, QObject *parent)
    : EngineFlow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_mappings(mappings)
    , m_client(client)
    , m_erp(erp)
    , m_journal(journal)
    , m_batch(batch)
    , m_monitor(monitor)
    , m_clock(clock)
{
    m_timer.setInterval(std::chrono::seconds(std::max(1, settings.intervalS)));
    connect(&m_timer, &QTimer::timeout, this, &StockFlow::sweep);
}

StockFlow::~StockFlow() = default;

void StockFlow::start()
{
    m_timer.start();
    sweep();
}

void StockFlow::stop()
{
    m_timer.stop();
}

bool StockFlow::busy() const
{
    return m_sweep != nullptr || !m_firstDone;
}

void StockFlow::pump()
{
    if (m_sweep || !m_firstDone)
        return;
    if (m_journal->lastStockRetryMs(m_store.id) >= m_sweepStartedMs)
        sweep();
}

void StockFlow::sweep()
{
    if (m_sweep)
        return;
    m_sweepStartedMs = m_clock->nowMs() + 1;
    if (m_monitor->isPaused(m_client->connectionName()) || m_monitor->isPaused(m_erp->connectionName())) {
        m_firstDone = true; // paused for auth: the connection exception says why; nothing to wait for
        return;
    }
    m_sweep = std::make_unique<Sweep>();
    readProducts(1);
}

void StockFlow::readProducts(int page)
{
    QPointer<StockFlow> guard(this);
    m_client->listProducts(page, kPageSize, [this, guard, page](const Result<CataloguePage> &r) {
        if (!guard || !m_sweep)
            return;
        if (!r) {
            m_monitor->failure(m_client->connectionName(), r.error());
            return finish(r.error().summary());
        }
        m_monitor->success(m_client->connectionName());
        for (const CatalogueItem &item : r.value().items) {
            if (!item.variationIds.isEmpty())
                m_sweep->variableIds << item.id;
            if (item.sku.isEmpty() || (item.type == QLatin1String("variable") && !item.manageStock))
                continue;
            m_sweep->items << item;
        }
        const int pages = r.value().totalPages;
        const bool more = pages > 0 ? page < pages : r.value().items.size() == kPageSize;
        if (more)
            return readProducts(page + 1);
        readVariations();
    });
}

void StockFlow::readVariations()
{
    if (m_sweep->variableIndex >= m_sweep->variableIds.size())
        return readErp();
    const qint64 productId = m_sweep->variableIds.at(m_sweep->variableIndex);
    const int page = m_sweep->variationPage;
    QPointer<StockFlow> guard(this);
    m_client->listVariations(productId, page, kPageSize, [this, guard, page](const Result<CataloguePage> &r) {
        if (!guard || !m_sweep)
            return;
        if (!r) {
            m_monitor->failure(m_client->connectionName(), r.error());
            return finish(r.error().summary());
        }
        for (const CatalogueItem &item : r.value().items) {
            if (!item.sku.isEmpty())
                m_sweep->items << item;
        }
        const int pages = r.value().totalPages;
        if (pages > 0 ? page < pages : r.value().items.size() == kPageSize) {
            ++m_sweep->variationPage;
        } else {
            ++m_sweep->variableIndex;
            m_sweep->variationPage = 1;
        }
        readVariations();
    });
}

void StockFlow::readErp()
{
    QStringList codes;
    for (const CatalogueItem &item : std::as_const(m_sweep->items))
        codes << m_mappings.itemCodeFor(item.sku);
    codes.removeDuplicates();
    if (codes.isEmpty())
        return finish({});
    QPointer<StockFlow> guard(this);
    m_erp->stockLevels(codes, [this, guard](const Result<QList<StockLevel>> &r) {
        if (!guard || !m_sweep)
            return;
        if (!r) {
            // The connection's health shows the outage; items get no exception of their own.
            m_monitor->failure(m_erp->connectionName(), r.error());
            return finish(r.error().summary());
        }
        m_monitor->success(m_erp->connectionName());
        for (const StockLevel &l : r.value())
            m_sweep->available.insert(l.itemCode, m_sweep->available.value(l.itemCode) + l.available);
        m_sweep->readAtMs = m_clock->nowMs();
        plan();
    });
}

void StockFlow::plan()
{
    if (!m_batch->open())
        return finish(tr("the journal cannot be written"));
    const qint64 now = m_clock->nowMs();
    QMap<qint64, QList<StoreClient::StockUpdate>> writes; // parent id (0: products) -> updates
    for (const CatalogueItem &item : std::as_const(m_sweep->items)) {
        const QString code = m_mappings.itemCodeFor(item.sku);
        StockInputs in;
        in.item = item;
        if (m_sweep->available.contains(code))
            in.available = m_sweep->available.value(code);
        in.record = m_journal->stockRecord(m_store.id, item.sku);
        in.safetyBuffer = m_settings.safetyBuffer;
        in.correctDrift = m_settings.correctDrift;
        if (in.record && item.stockQuantity
            && ((in.record->writtenValue && qint64(std::llround(*item.stockQuantity)) != *in.record->writtenValue)
                || in.record->driftValue)) {
            in.unpostedOrders = m_journal->unpostedOrdersWithSku(m_store.id, item.sku);
            if (const auto latest = m_journal->latestStockException(QLatin1String(StockExceptionKind::Drift), m_store.id, item.sku))
                in.latestDriftState = latest->second;
        }
        const StockDecision d = decideStock(in);

        StockRecord rec = in.record.value_or(StockRecord{});
        rec.storeId = m_store.id;
        rec.sku = item.sku;
        rec.itemCode = code;
        rec.wooId = item.id;
        rec.parentId = item.parentId;
        rec.manageStock = item.manageStock;
        rec.erpValue = in.available;
        rec.readAtMs = now;
        if (item.stockQuantity)
            rec.storeValue = qint64(std::llround(*item.stockQuantity));
        else
            rec.storeValue.reset();
        const qint64 store = rec.storeValue.value_or(-1);

        switch (d.action) {
        case StockDecision::Action::Unmanaged:
            raise(QLatin1String(StockExceptionKind::Stock), item, unmanagedError(item, in.available),
                  QStringLiteral("stock:%1:%2").arg(m_store.id, item.sku));
            break;
        case StockDecision::Action::MissingInErp:
            raise(QLatin1String(StockExceptionKind::Stock), item,
                  stockError(ErrorCategory::Mapping, QStringLiteral("erp_item_missing"),
                             tr("The ERP has no stock for item %1, the ERP item of SKU %2 (\"%3\"), whose stock "
                                "WooCommerce manages.").arg(code, item.sku, item.name),
                             tr("Create the item (or its stock) in the ERP, or map SKU %1 to the right item code in "
                                "the SKU crosswalk; the next stock poll picks it up.").arg(item.sku)),
                  QStringLiteral("SKU:%1").arg(item.sku));
            break;
        case StockDecision::Action::ReportDrift:
            rec.driftValue = store;
            raise(QLatin1String(StockExceptionKind::Drift), item,
                  stockError(ErrorCategory::Conflict, QStringLiteral("stock_drift"),
                             tr("The stock of SKU %1 (\"%2\") was changed in WooCommerce to %3; Backroom last wrote %4 "
                                "and the ERP has not changed since.").arg(item.sku, item.name).arg(store).arg(*rec.writtenValue),
                             tr("Retry writes the ERP value (%1) to WooCommerce; resolve or skip to keep the store's value.")
                                 .arg(d.target)),
                  QStringLiteral("stock:%1:%2").arg(m_store.id, item.sku));
            break;
        case StockDecision::Action::AcceptDrift:
            rec.writtenValue = store; // a person kept the store's value (drift_value remembers it)
            break;
        case StockDecision::Action::None:
            if (!rec.writtenValue && item.manageStock && in.available)
                rec.writtenValue = store; // found in sync: the baseline for drift
            (void)m_journal->closeStockExceptions(QLatin1String(StockExceptionKind::Stock), m_store.id, item.sku,
                                                  tr("the store shows the ERP's stock"), now);
            break;
        case StockDecision::Action::Write:
            writes[item.parentId].append(StoreClient::StockUpdate{item.id, d.target});
            m_sweep->byId.insert(item.id, item);
            m_sweep->targets.insert(item.id, d.target);
            if (d.drift)
                m_sweep->driftFixes.insert(item.id);
            break;
        }
        if (d.action != StockDecision::Action::MissingInErp && d.action != StockDecision::Action::Unmanaged)
            rec.target = d.target;
        (void)m_journal->saveStockRecord(rec);
    }
    for (auto it = writes.cbegin(); it != writes.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); i += kBatchLimit)
            m_sweep->batches.append(Sweep::Batch{it.key(), it.value().mid(i, kBatchLimit)});
    }
    (void)m_batch->flush();
    sendNextBatch();
}

void StockFlow::sendNextBatch()
{
    if (m_sweep->batches.isEmpty())
        return finish({});
    const Sweep::Batch b = m_sweep->batches.takeFirst();
    QPointer<StockFlow> guard(this);
    m_client->updateStock(b.parentId, b.updates, [this, guard, b](const Result<QList<StoreClient::StockWriteResult>> &r) {
        if (guard && m_sweep)
            onBatch(b.parentId, b.updates, r);
    });
}

void StockFlow::onBatch(qint64 parentId, const QList<StoreClient::StockUpdate> &sent,
                        const Result<QList<StoreClient::StockWriteResult>> &result)
{
    if (!result) {
        // The whole request failed (network, throttling, auth): the connection's health says so;
        // the items are written on the next sweep.
        qCWarning(lcStock) << m_client->connectionName() << "stock batch failed:" << result.error().summary();
        m_monitor->failure(m_client->connectionName(), result.error());
        return finish(result.error().summary());
    }
    m_monitor->success(m_client->connectionName());
    if (!m_batch->open())
        return finish(tr("the journal cannot be written"));
    const qint64 now = m_clock->nowMs();
    QHash<qint64, StoreClient::StockWriteResult> answers;
    for (const StoreClient::StockWriteResult &a : result.value())
        answers.insert(a.id, a);
    for (const StoreClient::StockUpdate &u : sent) {
        const CatalogueItem item = m_sweep->byId.value(u.id);
        const auto a = answers.constFind(u.id);
        const QString group = QStringLiteral("stock:%1:%2").arg(m_store.id, item.sku);
        if (a == answers.constEnd()) {
            raise(QLatin1String(StockExceptionKind::Stock), item,
                  stockError(ErrorCategory::TransientRemote, QStringLiteral("stock_no_answer"),
                             tr("WooCommerce did not answer for SKU %1 in a stock batch.").arg(item.sku),
                             tr("Backroom writes it again on the next stock poll; if it persists, check the product "
                                "in WooCommerce.")),
                  group);
            continue;
        }
        if (a->error) {
            SyncError e = *a->error;
            e.message = tr("Writing the stock of SKU %1 (\"%2\") failed: %3").arg(item.sku, item.name, e.message);
            if (e.hint.isEmpty())
                e.hint = tr("Check the product in WooCommerce; Backroom writes it again on the next stock poll.");
            raise(QLatin1String(StockExceptionKind::Stock), item, e, group);
            continue;
        }
        if (!a->manageStock || !a->stockQuantity) {
            // WooCommerce answered 200 and dropped the value (manage_stock off).
            raise(QLatin1String(StockExceptionKind::Stock), item, unmanagedError(item, std::nullopt), group);
            continue;
        }
        std::optional<StockRecord> rec = m_journal->stockRecord(m_store.id, item.sku);
        if (!rec)
            continue;
        rec->writtenValue = u.quantity;
        rec->storeValue = qint64(std::llround(*a->stockQuantity));
        rec->writtenAtMs = now;
        rec->driftValue.reset();
        (void)m_journal->saveStockRecord(*rec);
        ++m_sweep->writes;
        (void)m_journal->closeStockExceptions(QLatin1String(StockExceptionKind::Stock), m_store.id, item.sku,
                                              tr("stock written"), now);
        const bool fix = m_sweep->driftFixes.contains(u.id);
        const auto latest = m_journal->latestStockException(QLatin1String(StockExceptionKind::Drift), m_store.id, item.sku);
        const bool fixRequested = latest && latest->second == QLatin1String("retried");
        if (fix && !fixRequested) {
            // Corrected automatically (stock.drift "correct"): a trace of the finding, closed at once.
            const SyncError finding = stockError(ErrorCategory::Conflict, QStringLiteral("stock_drift"),
                                                 tr("The stock of SKU %1 (\"%2\") had been changed in WooCommerce; "
                                                    "Backroom wrote the ERP value %3 again.").arg(item.sku, item.name).arg(u.quantity),
                                                 tr("Nothing to do."));
            (void)m_journal->raiseStockException(QLatin1String(StockExceptionKind::Drift), m_store.id, item.sku, finding, group, now);
            (void)m_journal->audit(QStringLiteral("engine"), QStringLiteral("stock_drift_corrected"),
                                   QStringLiteral("stock:%1:%2").arg(m_store.id, item.sku), QString(),
                                   QString::number(u.quantity), now);
        }
        (void)m_journal->closeStockExceptions(QLatin1String(StockExceptionKind::Drift), m_store.id, item.sku,
                                              fix ? tr("the ERP value was written") : tr("superseded by a new ERP value"), now);
    }
    (void)m_batch->flush();
    Q_UNUSED(parentId);
    sendNextBatch();
}

void StockFlow::raise(const QString &kind, const CatalogueItem &item, const SyncError &error, const QString &groupKey)
{
    if (!m_batch->open())
        return;
    const Result<bool> opened = m_journal->raiseStockException(kind, m_store.id, item.sku, error, groupKey, m_clock->nowMs());
    if (opened && opened.value())
        qCInfo(lcStock) << m_client->connectionName() << "stock exception for" << item.sku << error.code;
}

void StockFlow::finish(const QString &error)
{
    const int items = m_sweep ? int(m_sweep->items.size()) : 0;
    const int writes = m_sweep ? m_sweep->writes : 0;
    const qint64 readAt = m_sweep ? m_sweep->readAtMs : 0;
    if (m_batch->open()) {
        (void)m_journal->noteStockSweep(m_store.id, readAt, items, writes, error, m_clock->nowMs());
        // A series for the console's charts; freshness itself is in status --json "stock".
        (void)m_journal->addMetric(QStringLiteral("stock.written.%1").arg(m_store.id), writes, m_clock->nowMs());
        (void)m_batch->flush();
    }
    m_sweep.reset();
    m_firstDone = true;
    ++m_sweeps;
    Q_EMIT progressed();
}

} // namespace backroom
