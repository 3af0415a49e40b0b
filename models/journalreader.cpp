#include "models/journalreader.h"

#include "models/passportmodel.h"
#include "models/readerworker.h"

#include <QAtomicInteger>
#include <QMetaObject>

namespace backroom {

namespace {
void registerTypes()
{
    qRegisterMetaType<ConsoleSnapshot>();
    qRegisterMetaType<OrdersPage>();
    qRegisterMetaType<OrderPassport>();
    qRegisterMetaType<QList<ExceptionRecord>>();
    qRegisterMetaType<QList<ExceptionGroup>>();
    qRegisterMetaType<QList<SavedFilter>>();
}

// Owns the reader thread: quits and joins it when destroyed (the worker deletes itself when
// the thread finishes).
struct ThreadHolder {
    QThread thread;
    explicit ThreadHolder(const QString &name) { thread.setObjectName(name); }
    ~ThreadHolder()
    {
        thread.quit();
        thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ThreadHolder)
};
} // namespace

// Two threads, each with its own read-only connection: the snapshot (one read over the whole
// journal, ~100-200 ms at 1,000,000 orders) must not hold up a page of the orders view.
struct JournalReader::Private {
    QString path;
    ThreadHolder holder{QStringLiteral("backroom-reader")};
    ThreadHolder snapshotHolder{QStringLiteral("backroom-snapshot")};
    ReaderWorker *worker = nullptr;         // queries and commands; lives on holder.thread
    ReaderWorker *snapshotWorker = nullptr; // snapshots; lives on snapshotHolder.thread
    QAtomicInteger<quint64> nextRequest{0};
    bool started = false;

    quint64 newRequest() { return ++nextRequest; }
    template <typename F>
    void post(F &&f) { QMetaObject::invokeMethod(worker, std::forward<F>(f), Qt::QueuedConnection); }
    template <typename F>
    void postSnapshot(F &&f) { QMetaObject::invokeMethod(snapshotWorker, std::forward<F>(f), Qt::QueuedConnection); }
};

JournalReader::JournalReader(QString journalPath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    registerTypes();
    d->path = std::move(journalPath);
    d->worker = new ReaderWorker(d->path, this);
    d->worker->moveToThread(&d->holder.thread);
    connect(&d->holder.thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->snapshotWorker = new ReaderWorker(d->path, this);
    d->snapshotWorker->moveToThread(&d->snapshotHolder.thread);
    connect(&d->snapshotHolder.thread, &QThread::finished, d->snapshotWorker, &QObject::deleteLater);
}

JournalReader::~JournalReader()
{
    if (!d->started) {
        delete d->worker; // never moved into a running thread
        d->worker = nullptr;
        delete d->snapshotWorker;
        d->snapshotWorker = nullptr;
    }
}

void JournalReader::start(int intervalMs)
{
    if (d->started)
        return;
    d->started = true;
    d->holder.thread.start();
    d->snapshotHolder.thread.start();
    ReaderWorker *w = d->worker;
    d->post([w] { w->start(0, false); });
    ReaderWorker *s = d->snapshotWorker;
    d->postSnapshot([s, intervalMs] { s->start(intervalMs, true); });
}

QString JournalReader::journalPath() const { return d->path; }

void JournalReader::setSeriesRange(qint64 rangeMs)
{
    ReaderWorker *w = d->snapshotWorker;
    d->postSnapshot([w, rangeMs] {
        w->setSeriesRange(rangeMs);
        w->snapshot();
    });
}

void JournalReader::refreshNow()
{
    ReaderWorker *w = d->snapshotWorker;
    d->postSnapshot([w] { w->snapshot(); });
}

void JournalReader::sendCommand(const QString &kind, const QJsonObject &args)
{
    ReaderWorker *w = d->worker;
    d->post([w, kind, args] { w->sendCommand(kind, args); });
}

quint64 JournalReader::sendCommandTracked(const QString &kind, const QJsonObject &args)
{
    const quint64 id = d->newRequest();
    ReaderWorker *w = d->worker;
    d->post([w, id, kind, args] { w->sendCommand(kind, args, id); });
    return id;
}

quint64 JournalReader::fetchWorkbench(const ExceptionFilter &filter, int limit)
{
    const quint64 id = d->newRequest();
    ReaderWorker *w = d->worker;
    d->post([w, id, filter, limit] { w->fetchWorkbench(id, filter, limit); });
    return id;
}

quint64 JournalReader::fetchPayload(qint64 orderKey)
{
    const quint64 id = d->newRequest();
    ReaderWorker *w = d->worker;
    d->post([w, id, orderKey] { w->fetchPayload(id, orderKey); });
    return id;
}

quint64 JournalReader::fetchSavedFilters()
{
    const quint64 id = d->newRequest();
    ReaderWorker *w = d->worker;
    d->post([w, id] { w->fetchSavedFilters(id); });
    return id;
}

void JournalReader::saveFilter(const QString &name, const ExceptionFilter &filter)
{
    ReaderWorker *w = d->worker;
    d->post([w, name, filter] { w->saveFilter(name, filter); });
}

void JournalReader::deleteFilter(const QString &name)
{
    ReaderWorker *w = d->worker;
    d->post([w, name] { w->deleteFilter(name); });
}

OrderQuery JournalReader::toQuery(const OrderFilter &filter, int sortColumn, Qt::SortOrder order)
{
    OrderQuery q;
    q.search = filter.search;
    q.stage = filter.stage;
    q.status = filter.status;
    q.store = filter.store;
    q.minAgeS = filter.minAgeS;
    q.maxAgeS = filter.maxAgeS;
    q.sortKey = OrderSortKey(std::clamp(sortColumn, 0, int(OrderSortKey::ErpRef)));
    q.descending = order == Qt::DescendingOrder;
    return q;
}

quint64 JournalReader::fetchOrders(const OrderFilter &filter, int sortColumn, Qt::SortOrder order, qint64 offset,
                                   int limit, bool withCount, const std::optional<OrderRow> &after)
{
    const quint64 id = d->newRequest();
    const OrderQuery q = toQuery(filter, sortColumn, order);
    ReaderWorker *w = d->worker;
    d->post([w, id, q, offset, limit, withCount, after] { w->fetchOrders(id, q, offset, limit, withCount, after); });
    return id;
}

quint64 JournalReader::fetchExceptions(const QString &category, bool openOnly, int limit)
{
    const quint64 id = d->newRequest();
    ReaderWorker *w = d->worker;
    d->post([w, id, category, openOnly, limit] { w->fetchExceptions(id, category, openOnly, limit); });
    return id;
}

quint64 JournalReader::fetchPassport(qint64 orderKey)
{
    const quint64 id = d->newRequest();
    ReaderWorker *w = d->worker;
    d->post([w, id, orderKey] { w->fetchPassport(id, orderKey); });
    return id;
}

} // namespace backroom
