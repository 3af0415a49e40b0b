#include "sync/engine/commandexecutor.h"

#include "sync/engine/mappingcommands.h"

#include <QJsonArray>

namespace backroom {

namespace {
SyncError commandError(const QString &message)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("command");
    e.message = message;
    return e;
}

QString describe(const ExceptionRecord &e)
{
    return QStringLiteral("exception %1 (%2, order #%3): %4").arg(e.id).arg(e.category, e.number, e.state);
}
} // namespace

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user;
}

CommandExecutor::CommandExecutor(Journal *journal, ConnectionResume onResume)
    : m_journal(journal), m_onResume(std::move(onResume))
{
}

int CommandExecutor::executeQueued(qint64 nowMs)
{
    const QList<CommandRecord> queued = m_journal->queuedCommands();
    for (const CommandRecord &c : queued) {
        if (m_async && m_async(c))
            continue;
        execute(c, nowMs);
    }
    return int(queued.size());
}

QString CommandExecutor::execute(const CommandRecord &c, qint64 nowMs)
{
    Result<QString> r = commandError(QStringLiteral("unknown command \"%1\"").arg(c.kind));
    if (c.kind == QLatin1String("retry"))
        r = retry(c, nowMs);
    else if (c.kind == QLatin1String("resolve"))
        r = resolve(c, nowMs);
    else if (c.kind == QLatin1String("skip"))
        r = skip(c, nowMs);
    else if (c.kind == QLatin1String("snooze"))
        r = snooze(c, nowMs);
    else if (c.kind == QLatin1String("assign"))
        r = assign(c, nowMs);
    else if (c.kind == QLatin1String("note"))
        r = note(c, nowMs);
    else if (c.kind == QLatin1String("edit_retry"))
        r = editRetry(c, nowMs);
    else if (c.kind == QLatin1String("preview_retry"))
        r = previewOffline(c);
    else if (c.kind == QLatin1String("mapping"))
        r = executeMappingCommand(*m_journal, c, nowMs);
    const QString text = r.ok() ? r.value() : r.error().message;
    (void)m_journal->finishCommand(c.id, r.ok(), text, nowMs);
    return text;
}

Result<ExceptionRecord> CommandExecutor::openException(const QJsonObject &args)
{
    const qint64 id = qint64(args.value(QStringLiteral("id")).toDouble());
    const auto e = m_journal->exception(id);
    if (!e)
        return commandError(QStringLiteral("there is no exception %1").arg(id));
    if (e->state != QLatin1String("open"))
        return commandError(QStringLiteral("exception %1 is %2, not open").arg(id).arg(e->state));
    return *e;
}

Result<QString> CommandExecutor::retry(const CommandRecord &c, qint64 nowMs)
{
    QList<ExceptionRecord> targets;
    if (c.args.value(QStringLiteral("all")).toBool()) {
        targets = m_journal->exceptions(true, {}, 1000000);
    } else if (c.args.contains(QStringLiteral("filter"))) {
        Result<QList<ExceptionRecord>> all = targetsOf(c.args, true);
        if (!all)
            return all.error();
        targets = all.value();
    } else if (c.args.contains(QStringLiteral("category"))) {
        targets = m_journal->exceptions(true, c.args.value(QStringLiteral("category")).toString(), 1000000);
    } else {
        for (const QJsonValue &v : c.args.value(QStringLiteral("ids")).toArray()) {
            QJsonObject one{{QStringLiteral("id"), v}};
            Result<ExceptionRecord> e = openException(one);
            if (!e)
                return e.error();
            targets << e.value();
        }
    }
    for (const ExceptionRecord &e : targets) {
        if (Status s = m_journal->retryException(e, nowMs); !s)
            return s.error();
        if (e.orderKey == 0 && m_onResume)
            m_onResume(e.groupKey);
        (void)m_journal->audit(c.actor, QStringLiteral("retry"), QStringLiteral("exception:%1").arg(e.id), describe(e),
                               QStringLiteral("retried"), nowMs);
    }
    return QStringLiteral("%1 exception(s) queued for retry").arg(targets.size());
}

Result<QString> CommandExecutor::resolve(const CommandRecord &c, qint64 nowMs)
{
    Result<ExceptionRecord> e = openException(c.args);
    if (!e)
        return e.error();
    const QString note = c.args.value(QStringLiteral("note")).toString();
    const QString ref = c.args.value(QStringLiteral("erp_ref")).toString();
    if (note.trimmed().isEmpty())
        return commandError(QStringLiteral("resolve needs a note that says what was done"));
    if (Status s = m_journal->resolveException(e.value(), note, ref, nowMs); !s)
        return s.error();
    (void)m_journal->audit(c.actor, QStringLiteral("resolve"), QStringLiteral("exception:%1").arg(e.value().id),
                           describe(e.value()),
                           QStringLiteral("resolved: %1%2").arg(note, ref.isEmpty() ? QString() : QStringLiteral(" (ERP %1)").arg(ref)),
                           nowMs);
    return QStringLiteral("exception %1 resolved").arg(e.value().id);
}

Result<QString> CommandExecutor::skip(const CommandRecord &c, qint64 nowMs)
{
    Result<ExceptionRecord> e = openException(c.args);
    if (!e)
        return e.error();
    const QString reason = c.args.value(QStringLiteral("reason")).toString();
    if (reason.trimmed().isEmpty())
        return commandError(QStringLiteral("skip needs a reason"));
    if (Status s = m_journal->skipException(e.value(), reason, nowMs); !s)
        return s.error();
    (void)m_journal->audit(c.actor, QStringLiteral("skip"), QStringLiteral("exception:%1").arg(e.value().id),
                           describe(e.value()), QStringLiteral("skipped: %1").arg(reason), nowMs);
    return QStringLiteral("exception %1 skipped").arg(e.value().id);
}

} // namespace backroom
