#include "models/mappingsreader.h"

#include "sync/engine/cataloguefetch.h"
#include "sync/engine/mappingcommands.h"

#include <QFileInfo>
#include <QMutex>

#include <algorithm>

namespace backroom {

struct MappingsReader::Private {
    QString path;
    QThread thread;
    QObject *worker = nullptr;            // lives on `thread`; parent of the fetch
    std::unique_ptr<Journal> journal;     // used on `thread` only
    Config config;                        // copied on the GUI thread, read on `thread`
    bool hasConfig = false;
    mutable QMutex mutex;
    CatalogueFetch *fetch = nullptr;
    Mappings validating;

    Journal *open(MappingsReader *q)
    {
        if (journal)
            return journal.get();
        if (!QFileInfo::exists(path)) {
            Q_EMIT q->failed(MappingsReader::tr("There is no journal at %1 yet.").arg(path));
            return nullptr;
        }
        auto j = std::make_unique<Journal>();
        if (Status s = j->open(path, SqliteDb::Mode::ReadOnly); !s) {
            Q_EMIT q->failed(s.error().message);
            return nullptr;
        }
        journal = std::move(j);
        return journal.get();
    }
};

namespace {
void registerTypes()
{
    qRegisterMetaType<Mappings>();
    qRegisterMetaType<QList<MappingVersion>>();
    qRegisterMetaType<QList<MappingChange>>();
    qRegisterMetaType<QList<PayloadPreview>>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<QList<ValidationFinding>>();
    qRegisterMetaType<QList<MappingsReader::WaitingGroup>>();
    qRegisterMetaType<CatalogueSnapshot>();
}
} // namespace

MappingsReader::MappingsReader(QString journalPath, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    registerTypes();
    d->path = std::move(journalPath);
    d->thread.setObjectName(QStringLiteral("backroom-mappings"));
    d->worker = new QObject;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

MappingsReader::~MappingsReader()
{
    QMetaObject::invokeMethod(d->worker, [this] { d->journal.reset(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

void MappingsReader::setConfig(const Config &config)
{
    QMutexLocker lock(&d->mutex);
    d->config = config;
    d->hasConfig = true;
}

bool MappingsReader::hasConfig() const
{
    QMutexLocker lock(&d->mutex);
    return d->hasConfig;
}

void MappingsReader::loadLatest()
{
    QMetaObject::invokeMethod(d->worker, [this] {
        Journal *j = d->open(this);
        if (!j)
            return;
        const int v = j->latestMappingVersion();
        const Result<Mappings> m = mappingsAtVersion(*j, v);
        if (!m)
            return Q_EMIT failed(m.error().message);
        Q_EMIT latestLoaded(v, m.value());
    });
}

void MappingsReader::loadVersions()
{
    QMetaObject::invokeMethod(d->worker, [this] {
        if (Journal *j = d->open(this))
            Q_EMIT versionsLoaded(j->mappingVersions());
    });
}

void MappingsReader::diff(int from, int to)
{
    QMetaObject::invokeMethod(d->worker, [this, from, to] {
        Journal *j = d->open(this);
        if (!j)
            return;
        const auto a = j->mappingVersion(from);
        const auto b = j->mappingVersion(to);
        if (!a || !b)
            return Q_EMIT failed(tr("There is no mapping version %1.").arg(!a ? from : to));
        // The tables as stored: a version saved before today's status-map checks still shows.
        const Result<Mappings> ma = mappingTablesFromJson(a->json);
        const Result<Mappings> mb = mappingTablesFromJson(b->json);
        if (!ma || !mb)
            return Q_EMIT failed(tr("A stored mapping version cannot be read."));
        Q_EMIT diffReady(from, to, mappingChanges(ma.value(), mb.value()), mappingsJsonPatch(a->json, b->json));
    });
}

void MappingsReader::preview(const Mappings &mappings, int limit)
{
    QMetaObject::invokeMethod(d->worker, [this, mappings, limit] {
        Journal *j = d->open(this);
        if (!j)
            return;
        Config config;
        {
            QMutexLocker lock(&d->mutex);
            config = d->config;
        }
        Q_EMIT previewReady(previewRecentOrders(*j, mappings, config, limit));
    });
}

void MappingsReader::waitingGroups()
{
    QMetaObject::invokeMethod(d->worker, [this] {
        Journal *j = d->open(this);
        if (!j)
            return;
        QList<WaitingGroup> groups;
        QHash<QString, qsizetype> index;
        for (const ExceptionRecord &e : j->exceptions(true, QStringLiteral("mapping"), 1000000)) {
            if (e.groupKey.isEmpty())
                continue;
            auto it = index.find(e.groupKey);
            if (it == index.end()) {
                it = index.insert(e.groupKey, groups.size());
                groups << WaitingGroup{e.groupKey, {}, e.message};
            }
            groups[*it].exceptionIds << e.id;
        }
        std::sort(groups.begin(), groups.end(), [](const WaitingGroup &a, const WaitingGroup &b) {
            return a.exceptionIds.size() != b.exceptionIds.size() ? a.exceptionIds.size() > b.exceptionIds.size() : a.key < b.key;
        });
        Q_EMIT waitingGroupsLoaded(groups);
    });
}

void MappingsReader::fixedBy(const QList<MappingChange> &changes)
{
    QMetaObject::invokeMethod(d->worker, [this, changes] {
        Journal *j = d->open(this);
        if (!j)
            return;
        QList<qint64> ids;
        for (const ExceptionRecord &e : exceptionsFixedBy(*j, changes))
            ids << e.id;
        Q_EMIT fixedByLoaded(ids);
    });
}

void MappingsReader::audit(qint64 sinceMs, const QString &action, const QString &text)
{
    QMetaObject::invokeMethod(d->worker, [this, sinceMs, action, text] {
        if (Journal *j = d->open(this))
            Q_EMIT auditLoaded(j->auditEntries(sinceMs, action, text, 20000), j->auditActions());
    });
}

void MappingsReader::validate(const Mappings &mappings)
{
    QMetaObject::invokeMethod(d->worker, [this, mappings] {
        Journal *j = d->open(this);
        if (!j)
            return;
        Config config;
        {
            QMutexLocker lock(&d->mutex);
            if (!d->hasConfig)
                return Q_EMIT validated({}, {tr("No configuration: the catalogues cannot be read.")});
            config = d->config;
        }
        d->validating = mappings;
        delete d->fetch;
        d->fetch = new CatalogueFetch(config, d->worker);
        connect(d->fetch, &CatalogueFetch::finished, d->worker, [this](const CatalogueSnapshot &snapshot, const QStringList &errors) {
            Q_EMIT validated(validateMappings(d->validating, snapshot), errors);
        });
        d->fetch->run(j->soldSkuCounts());
    });
}

} // namespace backroom
