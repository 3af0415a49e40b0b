#include "app/clicommands.h"
#include "app/clioutput.h"

#include "sync/engine/commandexecutor.h"
#include "sync/engine/engine.h"
#include "sync/journal/journal.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

namespace backroom::app {

namespace {



// Parses the options common to every sub-command plus the given ones. Returns false and
// prints one clear line when the arguments are wrong.
bool parse(QCommandLineParser &p, const QStringList &args, const QList<QCommandLineOption> &extra, QString *error)
{
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    p.addOptions(extra);
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    return true;
}

QString dataDirOf(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : defaultDataDir();
}

// Opens the journal. Read-only for reading commands; read-write for command writers.
std::unique_ptr<Journal> openJournal(const QString &dataDir, bool write, QString *error)
{
    const QString path = Engine::journalPath(dataDir);
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("no journal in %1 (run the engine with --data-dir %1 first)").arg(dataDir);
        return nullptr;
    }
    auto j = std::make_unique<Journal>();
    Status s = j->open(path, write ? SqliteDb::Mode::ReadWrite : SqliteDb::Mode::ReadOnly);
    if (!s) {
        *error = s.error().message;
        return nullptr;
    }
    return j;
}

// Queues a command in the journal. A running engine executes it (and audits it); with no
// engine alive the command is executed here, through the same executor.
int submit(const QString &dataDir, const QString &kind, const QJsonObject &args)
{
    QString error;
    auto j = openJournal(dataDir, true, &error);
    if (!j)
        return fail(error);
    Result<qint64> id = j->enqueueCommand(kind, args, currentActor(), nowMs());
    if (!id)
        return fail(id.error().message, 1);
    const auto beat = j->engineHeartbeatMs();
    const bool engineAlive = beat && nowMs() - *beat < 5000;
    if (engineAlive) {
        // Wait for the engine to pick it up (it polls its queue every 250 ms).
        for (int i = 0; i < 100; ++i) {
            const auto c = j->command(id.value());
            if (c && c->state != QLatin1String("queued")) {
                out(c->result);
                return c->state == QLatin1String("done") ? 0 : 1;
            }
            QThread::msleep(100);
        }
        out(QStringLiteral("command %1 queued; the engine has not executed it yet").arg(id.value()));
        return 0;
    }
    if (!j->begin())
        return fail(QStringLiteral("the journal is busy"), 1);
    CommandExecutor exec(j.get());
    const auto c = j->command(id.value());
    const QString result = exec.execute(*c, nowMs());
    if (!j->commit())
        return fail(QStringLiteral("could not commit the command"), 1);
    const auto done = j->command(id.value());
    out(result);
    return done && done->state == QLatin1String("done") ? 0 : 1;
}

} // namespace

std::unique_ptr<Journal> openJournalAt(const QString &dataDir, bool write, QString *error)
{
    return openJournal(dataDir, write, error);
}

int submitCommand(const QString &dataDir, const QString &kind, const QJsonObject &args)
{
    return submit(dataDir, kind, args);
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int runStatus(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args, {{QStringLiteral("json"), QStringLiteral("Print JSON.")}}, &error))
        return fail(error);
    auto j = openJournal(dataDirOf(p), false, &error);
    if (!j)
        return fail(error);
    const QJsonObject status = j->statusJson(nowMs());
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    const QJsonObject orders = status.value(QStringLiteral("orders")).toObject();
    const QJsonObject stages = orders.value(QStringLiteral("by_stage")).toObject();
    QStringList parts;
    for (auto it = stages.begin(); it != stages.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInteger());
    out(QStringLiteral("orders: %1 (%2)").arg(orders.value(QStringLiteral("total")).toInteger()).arg(parts.join(QStringLiteral(", "))));
    out(QStringLiteral("open exceptions: %1").arg(status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger()));
    out(QStringLiteral("outbox pending: %1").arg(status.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger()));
    for (const QJsonValue &c : status.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject o = c.toObject();
        out(QStringLiteral("%1: %2%3").arg(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("state")).toString(),
                                          o.value(QStringLiteral("last_error")).isString()
                                              ? QStringLiteral(" (") + o.value(QStringLiteral("last_error")).toString() + QLatin1Char(')')
                                              : QString()));
    }
    return 0;
}

int runExceptions(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args,
               {{QStringLiteral("json"), QStringLiteral("Print JSON.")},
                {QStringLiteral("category"), QStringLiteral("Only this category."), QStringLiteral("C")},
                {QStringLiteral("open"), QStringLiteral("Only open exceptions.")},
                {QStringLiteral("group"), QStringLiteral("Open exceptions grouped by cause.")}},
               &error))
        return fail(error);
    if (p.isSet(QStringLiteral("group")))
        return printExceptionGroups(dataDirOf(p), p.value(QStringLiteral("category")), p.isSet(QStringLiteral("json")));
    auto j = openJournal(dataDirOf(p), false, &error);
    if (!j)
        return fail(error);
    const QList<ExceptionRecord> list = j->exceptions(p.isSet(QStringLiteral("open")), p.value(QStringLiteral("category")), 100000);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ExceptionRecord &e : list) {
            arr.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("store"), e.storeId},
                                   {QStringLiteral("order_id"), e.wooId},
                                   {QStringLiteral("order_number"), e.number},
                                   {QStringLiteral("category"), e.category},
                                   {QStringLiteral("code"), e.code},
                                   {QStringLiteral("message"), e.message},
                                   {QStringLiteral("hint"), e.hint},
                                   {QStringLiteral("system"), e.system},
                                   {QStringLiteral("group_key"), e.groupKey},
                                   {QStringLiteral("state"), e.state},
                                   {QStringLiteral("attempts"), e.attempts},
                                   {QStringLiteral("correlation_id"), e.correlationId},
                                   {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODate)}});
        }
        out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const ExceptionRecord &e : list) {
        out(QStringLiteral("%1\t%2\t%3\torder #%4\t%5 %6").arg(e.id).arg(e.state, e.category,
                                                              e.number.isEmpty() ? e.groupKey : e.number, e.message, e.hint));
    }
    if (list.isEmpty())
        out(QStringLiteral("no exceptions"));
    return 0;
}

int runRetry(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args,
               {{QStringLiteral("category"), QStringLiteral("Retry a whole category."), QStringLiteral("C")},
                {QStringLiteral("all"), QStringLiteral("Retry every open exception.")}},
               &error))
        return fail(error);
    QJsonObject a;
    if (p.isSet(QStringLiteral("all"))) {
        a.insert(QStringLiteral("all"), true);
    } else if (p.isSet(QStringLiteral("category"))) {
        a.insert(QStringLiteral("category"), p.value(QStringLiteral("category")));
    } else {
        QJsonArray ids;
        for (const QString &s : p.positionalArguments()) {
            bool ok = false;
            const qint64 id = s.toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(QStringLiteral("retry: \"%1\" is not an exception id").arg(s));
            ids.append(id);
        }
        if (ids.isEmpty())
            return fail(QStringLiteral("retry: give exception ids, --category C or --all"));
        a.insert(QStringLiteral("ids"), ids);
    }
    return submit(dataDirOf(p), QStringLiteral("retry"), a);
}

int runResolve(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args,
               {{QStringLiteral("note"), QStringLiteral("What was done."), QStringLiteral("TEXT")},
                {QStringLiteral("erp-ref"), QStringLiteral("The ERP document created by hand."), QStringLiteral("DOC")}},
               &error))
        return fail(error);
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 id = pos.value(0).toLongLong(&ok);
    if (pos.size() != 1 || !ok)
        return fail(QStringLiteral("resolve: give exactly one exception id"));
    if (p.value(QStringLiteral("note")).trimmed().isEmpty())
        return fail(QStringLiteral("resolve: --note TEXT is required (say what was done)"));
    QJsonObject a{{QStringLiteral("id"), id}, {QStringLiteral("note"), p.value(QStringLiteral("note"))}};
    if (p.isSet(QStringLiteral("erp-ref")))
        a.insert(QStringLiteral("erp_ref"), p.value(QStringLiteral("erp-ref")));
    return submit(dataDirOf(p), QStringLiteral("resolve"), a);
}

int runSkip(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args, {{QStringLiteral("reason"), QStringLiteral("Why it is skipped."), QStringLiteral("TEXT")}}, &error))
        return fail(error);
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 id = pos.value(0).toLongLong(&ok);
    if (pos.size() != 1 || !ok)
        return fail(QStringLiteral("skip: give exactly one exception id"));
    if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(QStringLiteral("skip: --reason TEXT is required"));
    return submit(dataDirOf(p), QStringLiteral("skip"),
                  QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), p.value(QStringLiteral("reason"))}});
}

} // namespace backroom::app
