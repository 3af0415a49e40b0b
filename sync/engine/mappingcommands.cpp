#include "sync/engine/mappingcommands.h"

#include "sync/engine/commandexecutor.h"
#include "sync/mapping/statusmap.h"

#include <QJsonDocument>
#include <QSet>

namespace backroom {

namespace {

SyncError commandError(const QString &message, const QString &hint = {})
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("mapping_command");
    e.message = message;
    e.hint = hint;
    return e;
}

// "2 added, 1 changed, 0 removed" and the first changes, one a line.
QString describeChanges(const QList<MappingChange> &changes)
{
    int counts[3] = {0, 0, 0};
    for (const MappingChange &c : changes)
        ++counts[int(c.kind)];
    QString text = QStringLiteral("%1 added, %2 changed, %3 removed").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    constexpr int kShown = 20;
    for (qsizetype i = 0; i < changes.size() && i < kShown; ++i) {
        const MappingChange &c = changes.at(i);
        text += QStringLiteral("\n%1 %2.%3: %4 -> %5")
                    .arg(mappingChangeKindName(c.kind), c.table, c.key, c.before.isEmpty() ? QStringLiteral("-") : c.before,
                         c.after.isEmpty() ? QStringLiteral("-") : c.after);
    }
    if (changes.size() > kShown)
        text += QStringLiteral("\n... and %1 more").arg(changes.size() - kShown);
    return text;
}

} // namespace

Result<Mappings> mappingsAtVersion(Journal &journal, int version)
{
    if (version == 0)
        version = journal.latestMappingVersion();
    if (version == 0)
        return Mappings{};
    const auto v = journal.mappingVersion(version);
    if (!v)
        return commandError(QStringLiteral("there is no mapping version %1").arg(version),
                            QStringLiteral("List the versions with `backroom mappings versions`."));
    // The tables only: a version saved before a rule got stricter must stay readable (the
    // engine starts with it); saving and rollback check the status map (statusMapErrors).
    return mappingTablesFromJson(v->json);
}

Result<VersionedMappings> currentMappings(Journal &journal, const QString &mappingsFile, qint64 nowMs)
{
    int version = journal.latestMappingVersion();
    if (version == 0 && !mappingsFile.isEmpty()) {
        const Result<Mappings> seed = loadMappings(mappingsFile);
        if (!seed)
            return seed.error();
        const Result<int> added = journal.addMappingVersion(currentActor(), QStringLiteral("seeded from %1").arg(mappingsFile),
                                                            mappingsToJson(seed.value()), nowMs);
        if (!added)
            return added.error();
        (void)journal.audit(currentActor(), QStringLiteral("mapping"), QStringLiteral("mappings:v1"), QString(),
                            QStringLiteral("seeded from %1").arg(mappingsFile), nowMs);
        return VersionedMappings{seed.value(), added.value()};
    }
    const Result<Mappings> m = mappingsAtVersion(journal, version);
    if (!m)
        return m.error();
    return VersionedMappings{m.value(), version};
}

QJsonObject mappingCommandArgs(const Mappings &mappings, const QString &note, int baseVersion)
{
    return QJsonObject{{QStringLiteral("json"), mappingsToJsonObject(mappings)},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("base"), baseVersion}};
}

Result<QString> executeMappingCommand(Journal &journal, const CommandRecord &c, qint64 nowMs)
{
    const int latest = journal.latestMappingVersion();
    const Result<Mappings> before = mappingsAtVersion(journal, latest);
    if (!before)
        return before.error();
    Mappings after;
    QString note = c.args.value(QStringLiteral("note")).toString();
    if (c.args.contains(QStringLiteral("rollback"))) {
        const int target = c.args.value(QStringLiteral("rollback")).toInt();
        if (target <= 0 || target > latest)
            return commandError(QStringLiteral("there is no mapping version %1 (latest: %2)").arg(target).arg(latest));
        const Result<Mappings> old = mappingsAtVersion(journal, target);
        if (!old)
            return old.error();
        after = old.value();
        if (const QList<StatusMapProblem> problems = statusMapErrors(after); !problems.isEmpty())
            return commandError(QStringLiteral("version %1 cannot be restored: %2").arg(target).arg(problems.first().line()),
                                QStringLiteral("Correct the entry and save it as a new version instead."));
        note = note.isEmpty() ? QStringLiteral("rollback to version %1").arg(target)
                              : QStringLiteral("rollback to version %1: %2").arg(target).arg(note);
    } else {
        if (!c.args.value(QStringLiteral("json")).isObject())
            return commandError(QStringLiteral("a mapping command needs \"json\" (every table) or \"rollback\""));
        if (c.args.contains(QStringLiteral("base"))) {
            const int base = c.args.value(QStringLiteral("base")).toInt();
            if (base != latest)
                return commandError(QStringLiteral("the mappings changed meanwhile (version %1 was saved after version %2)")
                                        .arg(latest).arg(base),
                                    QStringLiteral("Reload the mappings, apply your change again and save."));
        }
        const Result<Mappings> parsed = mappingsFromJson(c.args.value(QStringLiteral("json")).toObject());
        if (!parsed)
            return parsed.error();
        after = parsed.value();
    }
    const QList<MappingChange> changes = mappingChanges(before.value(), after);
    if (changes.isEmpty() && latest > 0)
        return QStringLiteral("no change: the mappings already equal version %1").arg(latest);
    const Result<int> added = journal.addMappingVersion(c.actor, note, mappingsToJson(after), nowMs);
    if (!added)
        return added.error();
    const QString target = QStringLiteral("mappings:v%1").arg(added.value());
    (void)journal.audit(c.actor, QStringLiteral("mapping"), target,
                        latest == 0 ? QStringLiteral("no version") : QStringLiteral("version %1").arg(latest),
                        QString(note + QLatin1Char('\n') + describeChanges(changes)).trimmed(), nowMs);
    return QStringLiteral("mapping version %1 saved (%2)").arg(added.value()).arg(describeChanges(changes).section(QLatin1Char('\n'), 0, 0));
}

QList<ExceptionRecord> exceptionsFixedBy(Journal &journal, const QList<MappingChange> &changes)
{
    QSet<QString> keys;
    for (const MappingChange &c : changes) {
        if (c.table == QLatin1String("payment") && c.kind != MappingChange::Kind::Removed) {
            // An unnamed method (payment:<method>), or a mode ERPNext did not have.
            keys.insert(QStringLiteral("payment:") + c.key);
            if (!c.before.isEmpty())
                keys.insert(QStringLiteral("Mode of Payment:") + c.before);
            continue;
        }
        if (c.table != QLatin1String("sku") || c.kind == MappingChange::Kind::Removed)
            continue;
        keys.insert(c.key);
        keys.insert(QStringLiteral("Item:") + c.key);
        if (!c.before.isEmpty()) { // the item code ERPNext refused was the old target
            keys.insert(c.before);
            keys.insert(QStringLiteral("Item:") + c.before);
        }
    }
    QList<ExceptionRecord> out;
    if (keys.isEmpty())
        return out;
    for (const ExceptionRecord &e : journal.exceptions(true, QStringLiteral("mapping"), 1000000)) {
        if (keys.contains(e.groupKey))
            out << e;
    }
    return out;
}

} // namespace backroom
