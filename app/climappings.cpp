// backroom mappings ... and backroom audit (DESIGN.md §7, docs/mappings.md).
#include "app/clicommands.h"
#include "app/clioutput.h"

#include "sync/engine/auditexport.h"
#include "sync/engine/mappingcommands.h"
#include "sync/journal/journal.h"
#include "sync/mapping/skucsv.h"
#include "sync/mapping/statusmap.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace backroom::app {

namespace {



QString dataDirOf(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : defaultDataDir();
}

bool isCsv(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

void printChanges(const QList<MappingChange> &changes)
{
    for (const MappingChange &c : changes) {
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(mappingChangeKindName(c.kind), c.table, c.key, c.before.isEmpty() ? QStringLiteral("-") : c.before,
                     c.after.isEmpty() ? QStringLiteral("-") : c.after));
    }
}

int show(Journal &j, int version, const QString &file)
{
    const Result<Mappings> m = mappingsAtVersion(j, version);
    if (!m)
        return fail(m.error().message, 1);
    if (j.latestMappingVersion() == 0 && file.isEmpty())
        std::fputs("backroom: no mapping versions yet (the engine saves the mappings_file as version 1 when it starts)\n", stderr);
    const QByteArray data = isCsv(file) ? skuCsv(m.value().sku) : mappingsToJson(m.value());
    if (file.isEmpty()) {
        std::fputs(data.constData(), stdout);
        return 0;
    }
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return fail(QStringLiteral("cannot write %1 (%2)").arg(file, f.errorString()), 1);
    out(QStringLiteral("wrote %1").arg(file));
    return 0;
}

int import(const QString &dataDir, Journal &j, const QString &file, bool dryRun, const QString &note, bool retryGroup)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1 (%2)").arg(file, f.errorString()), 1);
    const QByteArray data = f.readAll();
    const int base = j.latestMappingVersion();
    const Result<Mappings> current = mappingsAtVersion(j, base);
    if (!current)
        return fail(current.error().message, 1);
    Mappings next = current.value();
    if (isCsv(file)) {
        const SkuCsvImport csv = parseSkuCsv(data);
        if (!csv.ok()) {
            for (const CsvLineError &e : csv.errors)
                std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(e.message));
            return fail(QStringLiteral("%1 bad line(s); nothing imported").arg(csv.errors.size()), 1);
        }
        next.sku = csv.rows;
    } else {
        const Result<Mappings> parsed = mappingsFromJson(data);
        if (!parsed)
            return fail(QStringLiteral("%1: %2; nothing imported").arg(file, parsed.error().message), 1);
        next = parsed.value();
        for (const StatusMapProblem &w : statusMapWarnings(next))
            std::fprintf(stderr, "%s: warning: %s\n", qPrintable(file), qPrintable(w.line()));
    }
    const QList<MappingChange> changes = mappingChanges(current.value(), next);
    printChanges(changes);
    const QList<ExceptionRecord> fixed = exceptionsFixedBy(j, changes);
    out(QStringLiteral("%1 change(s); %2 open mapping exception(s) wait on the changed SKUs").arg(changes.size()).arg(fixed.size()));
    if (dryRun)
        return 0;
    if (changes.isEmpty() && base > 0)
        return 0;
    const QString what = note.isEmpty() ? QStringLiteral("import %1").arg(file) : note;
    if (const int rc = submitCommand(dataDir, QStringLiteral("mapping"), mappingCommandArgs(next, what, base)); rc != 0)
        return rc;
    if (retryGroup && !fixed.isEmpty()) {
        QJsonArray ids;
        for (const ExceptionRecord &e : fixed)
            ids.append(e.id);
        return submitCommand(dataDir, QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), ids}});
    }
    return 0;
}

// Both directions of the status map of a version (DESIGN.md §7): what each WooCommerce status
// does with the ERP sales order, and which WooCommerce status each ERP state sets.
int statusMap(Journal &j, int version, bool json)
{
    const Result<Mappings> r = mappingsAtVersion(j, version);
    if (!r)
        return fail(r.error().message, 1);
    const Mappings &m = r.value();
    const QStringList cancels = cancelStatuses(m.status);
    QJsonArray woo;
    for (const QString &s : knownWooStatuses(m)) {
        const QString action = m.status.contains(s) ? m.status.value(s)
            : cancels.contains(s)                 ? QStringLiteral("cancel")
                                                  : QStringLiteral("default");
        woo.append(QJsonObject{{QStringLiteral("woo_status"), s}, {QStringLiteral("action"), action},
                               {QStringLiteral("mapped"), m.status.contains(s)}});
    }
    QJsonArray erp;
    for (auto it = m.erpStatus.constBegin(); it != m.erpStatus.constEnd(); ++it)
        erp.append(QJsonObject{{QStringLiteral("erp_state"), it.key()}, {QStringLiteral("woo_status"), it.value()}});
    QJsonArray warnings;
    for (const StatusMapProblem &w : statusMapWarnings(m))
        warnings.append(w.line());
    if (json) {
        const QJsonObject o{{QStringLiteral("woo_to_erp"), woo}, {QStringLiteral("erp_to_woo"), erp},
                            {QStringLiteral("warnings"), warnings}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    out(QStringLiteral("WooCommerce status -> ERP sales order (default: the store's order_statuses decide)"));
    for (const QJsonValue &v : woo)
        out(QStringLiteral("  %1\t%2").arg(v[QLatin1String("woo_status")].toString(), v[QLatin1String("action")].toString()));
    out(QStringLiteral("ERP state -> WooCommerce status (delivered and unmapped: order_flows.delivered_status)"));
    for (const QJsonValue &v : erp)
        out(QStringLiteral("  %1\t%2").arg(v[QLatin1String("erp_state")].toString(), v[QLatin1String("woo_status")].toString()));
    for (const QJsonValue &w : warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(w.toString()));
    return 0;
}

// Every refused entry of a mappings file, one line each ("FILE: mappings.x.y: problem"), and
// the warnings; exit 1 when anything is refused. Changes nothing.
int check(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1 (%2)").arg(file, f.errorString()), 1);
    const Result<Mappings> tables = mappingTablesFromJson(f.readAll());
    if (!tables) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(tables.error().message));
        return 1;
    }
    const QList<StatusMapProblem> errors = statusMapErrors(tables.value());
    for (const StatusMapProblem &e : errors)
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(e.line()));
    for (const StatusMapProblem &w : statusMapWarnings(tables.value()))
        std::fprintf(stderr, "%s: warning: %s\n", qPrintable(file), qPrintable(w.line()));
    if (!errors.isEmpty())
        return fail(QStringLiteral("%1 refused entr%2").arg(errors.size()).arg(errors.size() == 1 ? QLatin1String("y") : QLatin1String("ies")), 1);
    out(QStringLiteral("%1: ok").arg(file));
    return 0;
}

int versions(Journal &j, bool json)
{
    const QList<MappingVersion> list = j.mappingVersions();
    QJsonArray arr;
    for (const MappingVersion &v : list) {
        const QString at = QDateTime::fromMSecsSinceEpoch(v.createdMs, Qt::UTC).toString(Qt::ISODate);
        if (json)
            arr.append(QJsonObject{{QStringLiteral("version"), v.version}, {QStringLiteral("at"), at},
                                   {QStringLiteral("actor"), v.actor}, {QStringLiteral("note"), v.note}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(v.version).arg(at, v.actor, v.note));
    }
    if (json)
        std::fputs(QJsonDocument(arr).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

int diff(Journal &j, int a, int b)
{
    const auto va = j.mappingVersion(a);
    const auto vb = j.mappingVersion(b);
    if (!va || !vb)
        return fail(QStringLiteral("there is no mapping version %1").arg(!va ? a : b), 1);
    const Result<Mappings> ma = mappingTablesFromJson(va->json);
    const Result<Mappings> mb = mappingTablesFromJson(vb->json);
    if (!ma || !mb)
        return fail(QStringLiteral("a stored version is unreadable"), 1);
    printChanges(mappingChanges(ma.value(), mb.value()));
    out(QStringLiteral("JSON patch (RFC 6902) from version %1 to %2:").arg(a).arg(b));
    std::fputs(mappingsJsonPatch(va->json, vb->json).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace

int runMappings(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show|export|import|check|status|versions|diff|rollback"));
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("version"), QStringLiteral("Version to show or export (default: latest)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("Show the changes an import would make; change nothing.")});
    p.addOption({QStringLiteral("note"), QStringLiteral("What the change is for (kept with the version)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("retry-group"), QStringLiteral("After the import, retry the open mapping exceptions it fixes.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output (versions, status).")});
    if (!p.parse(args))
        return fail(p.errorText());
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const int version = p.value(QStringLiteral("version")).toInt();
    const QString dataDir = dataDirOf(p);
    if (action == QLatin1String("check") && pos.size() == 2)
        return check(pos.at(1)); // a file only: no journal needed
    const bool writes = action == QLatin1String("import") || action == QLatin1String("rollback");
    QString error;
    auto j = openJournalAt(dataDir, writes && !p.isSet(QStringLiteral("dry-run")), &error);
    if (!j)
        return fail(error);
    if (action == QLatin1String("show") && pos.size() == 1)
        return show(*j, version, {});
    if (action == QLatin1String("export") && pos.size() == 2)
        return show(*j, version, pos.at(1));
    if (action == QLatin1String("import") && pos.size() == 2)
        return import(dataDir, *j, pos.at(1), p.isSet(QStringLiteral("dry-run")), p.value(QStringLiteral("note")),
                      p.isSet(QStringLiteral("retry-group")));
    if (action == QLatin1String("status") && pos.size() == 1)
        return statusMap(*j, version, p.isSet(QStringLiteral("json")));
    if (action == QLatin1String("versions") && pos.size() == 1)
        return versions(*j, p.isSet(QStringLiteral("json")));
    if (action == QLatin1String("diff") && pos.size() == 3)
        return diff(*j, pos.at(1).toInt(), pos.at(2).toInt());
    if (action == QLatin1String("rollback") && pos.size() == 2) {
        const int n = pos.at(1).toInt();
        if (n <= 0)
            return fail(QStringLiteral("rollback needs a version number"));
        return submitCommand(dataDir, QStringLiteral("mapping"),
                             QJsonObject{{QStringLiteral("rollback"), n}, {QStringLiteral("note"), p.value(QStringLiteral("note"))}});
    }
    return fail(QStringLiteral("usage: backroom mappings show|export FILE|import FILE [--dry-run]|check FILE|status [--json]|versions|diff A B|rollback N"));
}

int runAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.addOption({QStringLiteral("since"), QStringLiteral("Only entries since WHEN (ISO time, or 90m, 24h, 7d)."), QStringLiteral("WHEN")});
    p.addOption({QStringLiteral("action"), QStringLiteral("Only this action (retry, resolve, skip, mapping, ...)."), QStringLiteral("A")});
    p.addOption({QStringLiteral("text"), QStringLiteral("Only entries whose actor, target or change contain TEXT."), QStringLiteral("T")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("Write the entries to FILE as CSV."), QStringLiteral("FILE")});
    if (!p.parse(args))
        return fail(p.errorText());
    qint64 since = 0;
    if (p.isSet(QStringLiteral("since"))) {
        const auto s = parseSince(p.value(QStringLiteral("since")), nowMs());
        if (!s)
            return fail(QStringLiteral("--since: \"%1\" is not a time (use 2026-11-22T10:00:00Z, 90m, 24h or 7d)")
                            .arg(p.value(QStringLiteral("since"))));
        since = *s;
    }
    QString error;
    auto j = openJournalAt(dataDirOf(p), false, &error);
    if (!j)
        return fail(error);
    const QList<AuditEntry> entries = j->auditEntries(since, p.value(QStringLiteral("action")), p.value(QStringLiteral("text")), 1000000);
    if (p.isSet(QStringLiteral("csv"))) {
        QFile f(p.value(QStringLiteral("csv")));
        const QByteArray data = auditCsv(entries);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return fail(QStringLiteral("cannot write %1 (%2)").arg(f.fileName(), f.errorString()), 1);
        out(QStringLiteral("wrote %1 audit entries to %2").arg(entries.size()).arg(f.fileName()));
        return 0;
    }
    if (p.isSet(QStringLiteral("json"))) {
        std::fputs(QJsonDocument(auditJson(entries)).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    for (const AuditEntry &e : entries) {
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate), e.actor, e.action, e.target,
                     QString(e.after).replace(QLatin1Char('\n'), QLatin1String(" | "))));
    }
    return 0;
}

} // namespace backroom::app
