#include "sync/engine/ticketpolicy.h"

#include "sync/journal/journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace backroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketFlow", text);
}

QString slug(QString s)
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9_.]+"));
    s = s.toLower().replace(bad, QStringLiteral("_"));
    return s.isEmpty() ? QStringLiteral("unknown") : s;
}

QString shortText(const QString &s, int max)
{
    const QString one = s.simplified();
    return one.size() <= max ? one : QString(one.left(max - 1) + QChar(0x2026));
}

} // namespace

TicketDecision decideTicket(const QString &category, const QString &code, const QString &exceptionKind)
{
    TicketDecision d;
    if (exceptionKind.startsWith(QLatin1String("ticket")) || exceptionKind == QLatin1String("connection"))
        return d;
    if (category == QLatin1String("mapping") || category == QLatin1String("validation")) {
        d.wanted = true;
        d.priority = QStringLiteral("normal");
    } else if (category == QLatin1String("business")) {
        d.wanted = true;
        d.touchesCustomer = code == QLatin1String("backorder");
        d.priority = d.touchesCustomer ? QStringLiteral("high") : QStringLiteral("normal");
    } else if (category == QLatin1String("conflict")) {
        d.wanted = true;
        d.priority = QStringLiteral("high");
    }
    if (d.wanted)
        d.cause = slug(category) + QLatin1Char('-') + slug(code);
    return d;
}

QString ticketExternalId(const QString &storeId, qint64 wooId, const QString &cause)
{
    return QStringLiteral("backroom:%1:%2:%3").arg(storeId).arg(wooId).arg(cause);
}

bool parseTicketExternalId(const QString &externalId, QString *storeId, qint64 *wooId)
{
    const QStringList parts = externalId.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.first() != QLatin1String("backroom"))
        return false;
    bool ok = false;
    const qint64 id = parts.at(2).toLongLong(&ok);
    if (!ok)
        return false;
    *storeId = parts.at(1);
    *wooId = id;
    return true;
}

TicketDraft ticketDraft(const TicketSourceException &e, const TicketDecision &d)
{
    TicketDraft t;
    t.externalId = ticketExternalId(e.storeId, e.wooId, d.cause);
    const QString number = e.number.isEmpty() ? QString::number(e.wooId) : e.number;
    t.subject = e.code == QLatin1String("backorder")
        ? tr("Order #%1 (%2): on backorder").arg(number, e.storeId)
        : tr("Order #%1 (%2): %3").arg(number, e.storeId, shortText(e.message, 100));
    t.body = tr("Backroom cannot finish order #%1 of store %2.\n\nProblem (%3, %4): %5\nWhat to do: %6\n\n"
                "Backroom exception %7. Backroom adds notes here as the order moves on and solves this "
                "ticket when the order goes through or the exception is resolved or skipped.")
                 .arg(number, e.storeId, e.category, e.code, e.message, e.hint.isEmpty() ? tr("see the exception in Backroom") : e.hint)
                 .arg(e.id);
    t.publicBody = false;
    t.tags = {QStringLiteral("backroom"), slug(e.category)};
    t.priority = d.priority;
    if (d.touchesCustomer && e.email.contains(QLatin1Char('@')))
        t.requesterEmail = e.email;
    return t;
}

QJsonObject draftToJson(const TicketDraft &d)
{
    QJsonObject o{{QStringLiteral("subject"), d.subject}, {QStringLiteral("body"), d.body},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)}, {QStringLiteral("priority"), d.priority}};
    if (!d.requesterEmail.isEmpty())
        o.insert(QStringLiteral("requester_email"), d.requesterEmail);
    return o;
}

TicketDraft draftFromJson(const QJsonObject &o, const QString &externalId)
{
    TicketDraft d;
    d.externalId = externalId;
    d.subject = o.value(QStringLiteral("subject")).toString();
    d.body = o.value(QStringLiteral("body")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("tags")).toArray())
        d.tags << v.toString();
    d.priority = o.value(QStringLiteral("priority")).toString();
    d.requesterEmail = o.value(QStringLiteral("requester_email")).toString();
    return d;
}

QString retriedComment(const TicketSourceException &e)
{
    return tr("Exception %1 was retried: Backroom sends the order to the ERP again.").arg(e.id);
}

QString stillFailingComment(const TicketSourceException &e, bool wasSolved)
{
    return (wasSolved ? tr("The problem is back (exception %1): %2") : tr("Still failing (exception %1): %2")).arg(e.id).arg(e.message);
}

QString closedComment(const TicketSourceException &e)
{
    const QString why = e.resolution.isEmpty() ? tr("no note") : e.resolution;
    return e.state == QLatin1String("skipped") ? tr("Exception %1 was skipped in Backroom: %2").arg(e.id).arg(why)
                                               : tr("Exception %1 was resolved in Backroom: %2").arg(e.id).arg(why);
}

QString deliveredComment(const QString &erpRef)
{
    return erpRef.isEmpty() ? tr("The order went through to the ERP.") : tr("The order went through to the ERP as %1.").arg(erpRef);
}

QString supersededComment(const QString &newCause)
{
    return tr("The cause changed (now %1); a separate ticket follows it.").arg(newCause);
}

} // namespace backroom
