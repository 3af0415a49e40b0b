// The workbench's commands: snooze, assign, note, edit_retry, and preview_retry when no engine
// can ask the ERP. Each audits who did what to which exception, before and after.
#include "sync/engine/commandexecutor.h"
#include "sync/engine/payloaddiff.h"
#include "sync/engine/retrypreview.h"
#include "sync/woo/wooorderparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace backroom {

namespace {
SyncError workbenchError(const QString &message)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("command");
    e.message = message;
    return e;
}

QString target(const ExceptionRecord &e) { return QStringLiteral("exception:%1").arg(e.id); }

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("now");
}
} // namespace

Result<QList<ExceptionRecord>> CommandExecutor::targetsOf(const QJsonObject &args, bool openOnly)
{
    QList<ExceptionRecord> out;
    if (args.contains(QStringLiteral("filter"))) {
        ExceptionFilter f = ExceptionFilter::fromJson(args.value(QStringLiteral("filter")).toObject());
        if (openOnly && f.state != QLatin1String("open") && f.state != QLatin1String("snoozed"))
            f.state = QStringLiteral("open");
        out = m_journal->workbenchExceptions(f, QDateTime::currentMSecsSinceEpoch(), 1000000);
        if (out.isEmpty())
            return workbenchError(QStringLiteral("no exception matches the filter"));
        return out;
    }
    QJsonArray ids = args.value(QStringLiteral("ids")).toArray();
    if (args.contains(QStringLiteral("id")))
        ids.append(args.value(QStringLiteral("id")));
    if (ids.isEmpty())
        return workbenchError(QStringLiteral("name the exceptions: ids or a filter"));
    for (const QJsonValue &v : ids) {
        const auto e = m_journal->workbenchException(v.toInteger());
        if (!e)
            return workbenchError(QStringLiteral("there is no exception %1").arg(v.toInteger()));
        if (openOnly && e->state != QLatin1String("open"))
            return workbenchError(QStringLiteral("exception %1 is %2, not open").arg(e->id).arg(e->state));
        out << *e;
    }
    return out;
}

Result<QString> CommandExecutor::snooze(const CommandRecord &c, qint64 nowMs)
{
    const qint64 until = c.args.value(QStringLiteral("until_ms")).toInteger();
    if (until != 0 && until <= nowMs)
        return workbenchError(QStringLiteral("snooze needs a time in the future (or 0 to wake the exception now)"));
    Result<QList<ExceptionRecord>> targets = targetsOf(c.args, true);
    if (!targets)
        return targets.error();
    for (const ExceptionRecord &e : targets.value()) {
        const qint64 before = e.snoozedUntilMs;
        if (Status s = m_journal->snoozeException(e.id, until, nowMs); !s)
            return s.error();
        (void)m_journal->audit(c.actor, QStringLiteral("snooze"), target(e),
                               before > 0 ? QStringLiteral("snoozed until %1").arg(timeText(before)) : QStringLiteral("open"),
                               until > 0 ? QStringLiteral("snoozed until %1").arg(timeText(until)) : QStringLiteral("open"), nowMs);
    }
    return until > 0 ? QStringLiteral("%1 exception(s) snoozed until %2").arg(targets.value().size()).arg(timeText(until))
                     : QStringLiteral("%1 exception(s) back in the open queue").arg(targets.value().size());
}

Result<QString> CommandExecutor::assign(const CommandRecord &c, qint64 nowMs)
{
    const QString who = c.args.value(QStringLiteral("assignee")).toString().trimmed();
    Result<QList<ExceptionRecord>> targets = targetsOf(c.args, false);
    if (!targets)
        return targets.error();
    for (const ExceptionRecord &e : targets.value()) {
        const QString before = e.assignee;
        if (Status s = m_journal->assignException(e.id, who, nowMs); !s)
            return s.error();
        (void)m_journal->audit(c.actor, QStringLiteral("assign"), target(e),
                               before.isEmpty() ? QStringLiteral("unassigned") : QStringLiteral("assigned to %1").arg(before),
                               who.isEmpty() ? QStringLiteral("unassigned") : QStringLiteral("assigned to %1").arg(who), nowMs);
    }
    return who.isEmpty() ? QStringLiteral("%1 exception(s) unassigned").arg(targets.value().size())
                         : QStringLiteral("%1 exception(s) assigned to %2").arg(targets.value().size()).arg(who);
}

Result<QString> CommandExecutor::note(const CommandRecord &c, qint64 nowMs)
{
    const QString text = c.args.value(QStringLiteral("text")).toString().trimmed();
    if (text.isEmpty())
        return workbenchError(QStringLiteral("a note needs text"));
    Result<QList<ExceptionRecord>> targets = targetsOf(c.args, false);
    if (!targets)
        return targets.error();
    for (const ExceptionRecord &e : targets.value()) {
        if (Status s = m_journal->addExceptionNote(e.id, c.actor, text, nowMs); !s)
            return s.error();
        (void)m_journal->audit(c.actor, QStringLiteral("note"), target(e), QString(), text, nowMs);
    }
    return QStringLiteral("note added to %1 exception(s)").arg(targets.value().size());
}

Result<QString> CommandExecutor::editRetry(const CommandRecord &c, qint64 nowMs)
{
    Result<ExceptionRecord> e = openException(c.args);
    if (!e)
        return e.error();
    if (e.value().orderKey == 0)
        return workbenchError(QStringLiteral("exception %1 belongs to a connection, not an order: there is no payload to edit").arg(e.value().id));
    const QJsonValue payload = c.args.value(QStringLiteral("payload"));
    if (!payload.isObject())
        return workbenchError(QStringLiteral("the edited payload must be a JSON object (the order)"));
    const QJsonObject edited = payload.toObject();
    if (edited.value(QStringLiteral("id")).toInteger() != e.value().wooId)
        return workbenchError(QStringLiteral("the edited payload is order %1, not order %2: keep the \"id\" field")
                                  .arg(edited.value(QStringLiteral("id")).toInteger()).arg(e.value().wooId));
    if (Result<Order> parsed = parseWooOrder(edited, e.value().storeId); !parsed)
        return workbenchError(QStringLiteral("the edited payload is not a valid order: %1").arg(parsed.error().message));
    const QJsonObject original = QJsonDocument::fromJson(m_journal->effectivePayload(e.value().orderKey)).object();
    const QList<FieldChange> changes = jsonFieldDiff(original, edited);
    if (changes.isEmpty())
        return workbenchError(QStringLiteral("the edited payload is the same as the original: use retry"));
    if (Status s = m_journal->recordPayloadEdit(e.value().orderKey, QJsonDocument(edited).toJson(QJsonDocument::Compact), c.actor, nowMs); !s)
        return s.error();
    if (Status s = m_journal->retryException(e.value(), nowMs); !s)
        return s.error();
    (void)m_journal->audit(c.actor, QStringLiteral("edit_retry"), target(e.value()), changesBeforeJson(changes),
                           changesAfterJson(changes), nowMs);
    return QStringLiteral("exception %1: payload edited (%2 field(s)) and queued for retry").arg(e.value().id).arg(changes.size());
}

Result<QString> CommandExecutor::previewOffline(const CommandRecord &c)
{
    Result<QList<ExceptionRecord>> targets = targetsOf(c.args, false);
    if (!targets)
        return targets.error();
    QList<RetryPreviewItem> items;
    for (const ExceptionRecord &e : targets.value()) {
        RetryPreviewItem item;
        item.exceptionId = e.id;
        item.number = e.orderKey ? e.number : e.groupKey;
        const QString linked = e.orderKey ? m_journal->orderErpRef(e.orderKey) : QString();
        if (e.orderKey == 0) {
            item.action = QStringLiteral("none");
        } else if (!linked.isEmpty()) {
            item.action = QStringLiteral("link");
            item.existing = linked;
        } else {
            item.action = QStringLiteral("unknown");
            item.note = QStringLiteral("no engine is running to ask the ERP; it looks the order up before creating anything");
        }
        items << item;
    }
    return retryPreviewJson(items);
}

} // namespace backroom
