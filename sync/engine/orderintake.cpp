#include "sync/engine/orderintake.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/ordercache.h"
#include "sync/engine/writebatch.h"
#include "sync/journal/journal.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIntake, "backroom.sync.intake")

namespace backroom {

QString shiftNaiveUtc(const QString &stamp, int seconds)
{
    QDateTime t = QDateTime::fromString(stamp, Qt::ISODate);
    if (!t.isValid())
        return stamp;
    t.setTimeSpec(Qt::UTC);
    return t.addSecs(seconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

OrderIntake::OrderIntake(StoreConfig store, StoreClient *client, Journal *journal, WriteBatch *batch,
                         ConnectionMonitor *monitor, Clock *clock, QObject *parent, ParsedOrderCache *parsed)
    : QObject(parent)
    , m_store(std::move(store))
    , m_client(client)
    , m_journal(journal)
    , m_batch(batch)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_parsed(parsed)
{
}

void OrderIntake::poll() { start(Mode::Incremental); }

bool OrderIntake::isSyncStatus(const QString &status) const
{
    const auto mapped = m_statusMap.constFind(status);
    if (mapped != m_statusMap.constEnd())
        return *mapped == QLatin1String("sync");
    return m_store.orderStatuses.contains(status);
}

QStringList OrderIntake::listedStatuses() const
{
    QStringList out;
    for (const QString &s : m_store.orderStatuses) {
        if (isSyncStatus(s))
            out << s;
    }
    if (m_store.orderStatuses.isEmpty())
        return out; // any status already
    for (auto it = m_statusMap.constBegin(); it != m_statusMap.constEnd(); ++it) {
        if (it.value() == QLatin1String("sync") && !out.contains(it.key()))
            out << it.key();
    }
    for (const QString &s : m_followed) {
        if (!out.contains(s))
            out << s;
    }
    return out;
}
void OrderIntake::reconcile() { start(Mode::Sweep); }

void OrderIntake::start(Mode mode)
{
    if (m_busy || m_monitor->isPaused(m_client->connectionName()))
        return;
    m_busy = true;
    m_mode = mode;
    m_page = 1;
    m_lastTotal = -1;
    m_steppedBack = false;
    m_wholePages = false;
    m_window.clear();
    if (mode == Mode::Incremental) {
        const QString cursor = m_journal->cursor(m_store.id, QStringLiteral("orders.modified"));
        if (!cursor.isEmpty())
            m_window = shiftNaiveUtc(cursor, -m_store.overlapS);
    }
    fetch();
}

void OrderIntake::fetch()
{
    OrderListQuery q;
    q.perPage = kPerPage;
    q.page = m_page;
    if (m_mode == Mode::Incremental) {
        q.modifiedAfterGmt = m_window;
        q.orderBy = QStringLiteral("modified");
    } else {
        q.orderBy = QStringLiteral("id");
    }
    q.order = QStringLiteral("asc");
    q.statuses = listedStatuses();
    m_pageIsWhole = m_mode == Mode::Sweep || m_wholePages;
    if (!m_pageIsWhole)
        q.fields = QStringList{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("date_modified_gmt")};
    qCDebug(lcIntake) << m_store.id << (m_mode == Mode::Incremental ? "poll" : "sweep") << "after" << m_window << "page" << m_page;
    m_client->listOrders(q, [this](const Result<OrderPage> &page) { onPage(page); });
}

int OrderIntake::record(const QJsonArray &orders, QString *maxModified)
{
    int enqueued = 0;
    const qint64 now = m_clock->nowMs();
    for (const QJsonValue &v : orders) {
        const QJsonObject json = v.toObject();
        const WooCanonical canonical = canonicalWooOrder(json);
        Result<Order> parsed = parseWooOrder(json, m_store.id);
        if (parsed && parsed.value().dateModifiedGmt.isEmpty()) {
            SyncError e;
            e.category = ErrorCategory::Validation;
            e.code = QStringLiteral("bad_order_shape");
            e.message = QStringLiteral("WooCommerce order %1: field date_modified_gmt is missing").arg(parsed.value().sourceId);
            parsed = e;
        }
        Order order;
        if (parsed) {
            order = parsed.value();
            order.contentHash = canonical.hash;
        } else {
            // Keep what can be kept: the delivery re-parses the raw revision and turns the
            // problem into a validation exception with the parser's sentence.
            order.storeId = m_store.id;
            order.sourceId = qint64(json.value(QStringLiteral("id")).toDouble());
            if (order.sourceId <= 0) {
                qCWarning(lcIntake) << m_store.id << "skipped a listed order without an id";
                continue;
            }
            order.number = json.value(QStringLiteral("number")).toString(QString::number(order.sourceId));
            order.status = json.value(QStringLiteral("status")).toString(QStringLiteral("unknown"));
            order.dateModifiedGmt = json.value(QStringLiteral("date_modified_gmt")).toString();
            order.contentHash = canonical.hash;
        }
        const bool syncable = isSyncStatus(order.status) || !parsed;
        if (!syncable && m_followed.contains(order.status) && !m_store.orderStatuses.isEmpty()
            && !m_journal->orderKeyFor(m_store.id, order.sourceId))
            continue; // listed for the flows after posting, never seen before: not ours
        Result<IntakeOutcome> r = m_journal->recordOrder(order, canonical.json, syncable, now);
        if (!r) {
            qCCritical(lcIntake) << "journal write failed:" << r.error().message;
            continue;
        }
        if (m_parsed) {
            // Keep the cache equal to the latest revision: a new one replaces the entry.
            const qint64 key = r.value().orderKey;
            if (!parsed)
                m_parsed->drop(key);
            else if (r.value().kind != IntakeOutcome::Kind::Unchanged && (r.value().enqueued || m_parsed->contains(key)))
                m_parsed->put(key, order);
        }
        if (r.value().enqueued)
            ++enqueued;
        if (!order.dateModifiedGmt.isEmpty() && order.dateModifiedGmt > *maxModified)
            *maxModified = order.dateModifiedGmt;
    }
    return enqueued;
}

void OrderIntake::onPage(const Result<OrderPage> &result)
{
    const QString connection = m_client->connectionName();
    if (!result) {
        qCWarning(lcIntake) << connection << "listing orders failed:" << result.error().summary();
        m_monitor->failure(connection, result.error());
        finish(false);
        return;
    }
    m_monitor->success(connection);
    const OrderPage &page = result.value();

    // Rows leaving the result set while we page shift later rows onto earlier pages: when
    // the total drops, read the previous page again (de-duplication makes that cheap).
    if (m_page > 1 && m_lastTotal >= 0 && page.total >= 0 && page.total < m_lastTotal && !m_steppedBack) {
        m_steppedBack = true;
        m_lastTotal = page.total;
        --m_page;
        fetch();
        return;
    }
    m_steppedBack = false;
    m_lastTotal = page.total;

    if (!m_batch->open()) {
        finish(false);
        return;
    }
    if (m_mode == Mode::Sweep) {
        QString unused;
        advance(page.orders, record(page.orders, &unused));
        return;
    }
    // The incremental listing carries only id, status and modified date: fetch the whole
    // orders only for those whose modified date the journal does not know yet. Orders our
    // own write-back touched are known (WriteBack records the date the store answered).
    QList<qint64> ids;
    for (const QJsonValue &v : page.orders)
        ids << qint64(v.toObject().value(QStringLiteral("id")).toDouble());
    const QHash<qint64, QString> known = m_journal->knownModified(m_store.id, ids);
    QList<qint64> changed;
    for (const QJsonValue &v : page.orders) {
        const QJsonObject o = v.toObject();
        const qint64 id = qint64(o.value(QStringLiteral("id")).toDouble());
        const auto it = known.constFind(id);
        if (it == known.cend() || *it != o.value(QStringLiteral("date_modified_gmt")).toString())
            changed << id;
    }
    qCDebug(lcIntake) << m_store.id << "listed" << page.orders.size() << "changed" << changed.size()
                      << (m_pageIsWhole ? "(whole orders)" : "");
    // Mostly new orders: a backlog, list the next page with whole orders (one request a page
    // instead of two); mostly known ones: back to the light listing.
    m_wholePages = !page.orders.isEmpty() && changed.size() * 10 >= page.orders.size() * 9;
    if (changed.isEmpty()) {
        advance(page.orders, 0);
        return;
    }
    if (m_pageIsWhole) {
        QJsonArray fresh;
        for (const QJsonValue &v : page.orders) {
            if (changed.contains(qint64(v.toObject().value(QStringLiteral("id")).toDouble())))
                fresh.append(v);
        }
        QString unused;
        advance(page.orders, record(fresh, &unused));
        return;
    }
    m_listed = page.orders;
    OrderListQuery q;
    q.include = changed;
    q.perPage = kPerPage;
    q.orderBy = QStringLiteral("id");
    q.statuses = listedStatuses();
    m_client->listOrders(q, [this](const Result<OrderPage> &full) {
        if (!full) {
            m_monitor->failure(m_client->connectionName(), full.error());
            finish(false);
            return;
        }
        if (!m_batch->open()) {
            finish(false);
            return;
        }
        QString unused;
        const int enqueued = record(full.value().orders, &unused);
        advance(std::exchange(m_listed, {}), enqueued);
    });
}

void OrderIntake::advance(const QJsonArray &listed, int enqueued)
{
    if (m_mode == Mode::Incremental) {
        // The cursor moves only after the orders of this page are recorded (same batch).
        QString maxModified = m_journal->cursor(m_store.id, QStringLiteral("orders.modified"));
        const QString before = maxModified;
        for (const QJsonValue &v : listed) {
            const QString m = v.toObject().value(QStringLiteral("date_modified_gmt")).toString();
            if (m > maxModified)
                maxModified = m;
        }
        if (maxModified != before)
            (void)m_journal->setCursor(m_store.id, QStringLiteral("orders.modified"), maxModified, m_clock->nowMs());
    }
    // No commit of its own: the page and its cursor go with the engine's next one (the claim
    // that sends these orders commits them first). A crash before that loses the page and
    // the cursor together, and the next poll reads the page again.
    if (enqueued > 0)
        Q_EMIT ordersEnqueued(enqueued);
    const OrderPage page{listed, -1, -1};

    if (page.orders.size() < kPerPage) {
        finish(true);
        return;
    }
    if (m_mode == Mode::Incremental) {
        // Keyset step: continue after the last modified second seen (minus one, since the
        // filter is exclusive and that second may hold more rows). If that does not move
        // the window (a burst of >100 orders in one second), page within it.
        const QString last = page.orders.last().toObject().value(QStringLiteral("date_modified_gmt")).toString();
        const QString next = shiftNaiveUtc(last, -1);
        if (!last.isEmpty() && next > m_window) {
            m_window = next;
            m_page = 1;
            m_lastTotal = -1;
        } else {
            ++m_page;
        }
    } else {
        ++m_page;
    }
    fetch();
}

void OrderIntake::finish(bool ok)
{
    m_busy = false;
    if (ok)
        ++m_completedScans;
    Q_EMIT scanFinished(ok);
}

} // namespace backroom
