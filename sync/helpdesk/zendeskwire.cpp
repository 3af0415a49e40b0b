#include "sync/helpdesk/zendeskwire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace backroom::zendesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ZendeskAdapter", text);
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    u.setQuery(QString());
    return u;
}

QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return v.isDouble() ? QString::number(v.toInteger()) : QString();
}

bool isClosedStatus(const QString &status)
{
    return status == QLatin1String("solved") || status == QLatin1String("closed");
}

// "description: cannot be blank; requester: is invalid" from {"details":{"field":[{"description":...}]}}
QString detailsText(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &v : list) {
            const QString d = v.toObject().value(QLatin1String("description")).toString();
            if (!d.isEmpty())
                parts << d;
        }
        if (list.isEmpty())
            parts << it.key();
    }
    return parts.join(QStringLiteral("; "));
}

QString firstDetailCode(const QJsonObject &details)
{
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const QJsonArray list = it.value().toArray();
        const QString code = list.isEmpty() ? QString() : list.first().toObject().value(QLatin1String("error")).toString();
        if (!code.isEmpty())
            return code;
    }
    return {};
}

} // namespace

QByteArray authorization(const QString &email, const QString &apiToken)
{
    return "Basic " + QString(email + QStringLiteral("/token:") + apiToken).toUtf8().toBase64();
}

QUrl ticketsUrl(const QUrl &base)
{
    return withPath(base, QStringLiteral("/api/v2/tickets.json"));
}

QUrl ticketsByExternalIdUrl(const QUrl &base, const QString &externalId)
{
    QUrl u = ticketsUrl(base);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("external_id"), QString::fromUtf8(QUrl::toPercentEncoding(externalId)));
    u.setQuery(q);
    return u;
}

QUrl ticketUrl(const QUrl &base, const QString &ticketId)
{
    return withPath(base, QStringLiteral("/api/v2/tickets/%1.json").arg(ticketId));
}

QUrl incrementalUrl(const QUrl &base, const QString &cursor, qint64 startTimeS)
{
    QUrl u = withPath(base, QStringLiteral("/api/v2/incremental/tickets/cursor.json"));
    QUrlQuery q;
    if (cursor.isEmpty())
        q.addQueryItem(QStringLiteral("start_time"), QString::number(startTimeS));
    else
        q.addQueryItem(QStringLiteral("cursor"), QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
    u.setQuery(q);
    return u;
}

QString agentUrl(const QUrl &base, const QString &ticketId)
{
    return withPath(base, QStringLiteral("/agent/tickets/%1").arg(ticketId)).toString();
}

QByteArray createBody(const TicketDraft &draft)
{
    QJsonObject comment{{QStringLiteral("body"), draft.body}, {QStringLiteral("public"), draft.publicBody}};
    QJsonObject t{{QStringLiteral("subject"), draft.subject},
                  {QStringLiteral("comment"), comment},
                  {QStringLiteral("external_id"), draft.externalId},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(draft.tags)}};
    if (!draft.priority.isEmpty())
        t.insert(QStringLiteral("priority"), draft.priority);
    if (!draft.requesterEmail.isEmpty()) {
        QJsonObject requester{{QStringLiteral("email"), draft.requesterEmail}};
        requester.insert(QStringLiteral("name"), draft.requesterName.isEmpty() ? draft.requesterEmail : draft.requesterName);
        t.insert(QStringLiteral("requester"), requester);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("ticket"), t}}).toJson(QJsonDocument::Compact);
}

QByteArray commentBody(const QString &text, bool isPublic, const QString &status)
{
    QJsonObject t{{QStringLiteral("comment"),
                   QJsonObject{{QStringLiteral("body"), text}, {QStringLiteral("public"), isPublic}}}};
    if (!status.isEmpty())
        t.insert(QStringLiteral("status"), status);
    return QJsonDocument(QJsonObject{{QStringLiteral("ticket"), t}}).toJson(QJsonDocument::Compact);
}

TicketRef ticketRef(const QJsonObject &ticket)
{
    TicketRef r;
    r.id = idText(ticket.value(QLatin1String("id")));
    r.status = ticket.value(QLatin1String("status")).toString();
    r.closed = isClosedStatus(r.status);
    return r;
}

std::optional<TicketRef> parseTicket(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject t = doc.object().value(QLatin1String("ticket")).toObject();
    const TicketRef r = ticketRef(t);
    if (r.id.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<QList<TicketRef>> parseTicketList(const QByteArray &body, const QString &externalId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.object().value(QLatin1String("tickets")).isArray())
        return std::nullopt;
    QList<std::pair<qint64, TicketRef>> found;
    for (const QJsonValue &v : doc.object().value(QLatin1String("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        // The filter is the server's; check it anyway (a proxy or an old API may ignore it).
        if (t.value(QLatin1String("external_id")).toString() != externalId)
            continue;
        const TicketRef r = ticketRef(t);
        if (!r.id.isEmpty())
            found.append({r.id.toLongLong(), r});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<TicketRef> out;
    for (const auto &p : found)
        out << p.second;
    return out;
}

QString orderIdInExternalId(const QString &externalId)
{
    const QStringList parts = externalId.split(QLatin1Char(':'));
    if (parts.size() >= 4 && parts.first() == QLatin1String("backroom")) {
        bool ok = false;
        parts.at(2).toLongLong(&ok);
        if (ok)
            return parts.at(2);
    }
    return {};
}

QString orderReferenceIn(const QString &text)
{
    static const QRegularExpression named(
        QStringLiteral("\\b(?:order|bestellung|commande|pedido)\\s*(?:no\\.?|nr\\.?|number|num\\.?)?\\s*#?\\s*(\\d{1,12})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hash(QStringLiteral("(?:^|[^\\w&])#(\\d{2,12})\\b"));
    QRegularExpressionMatch m = named.match(text);
    if (m.hasMatch())
        return m.captured(1);
    m = hash.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<TicketPage> parseIncrementalPage(const QByteArray &body, const QUrl &base)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.value(QLatin1String("tickets")).isArray())
        return std::nullopt;
    TicketPage page;
    page.nextCursor = o.value(QLatin1String("after_cursor")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        TicketMention m;
        m.id = idText(t.value(QLatin1String("id")));
        m.subject = t.value(QLatin1String("subject")).toString();
        m.status = t.value(QLatin1String("status")).toString();
        m.externalId = t.value(QLatin1String("external_id")).toString();
        m.updated = t.value(QLatin1String("updated_at")).toString();
        m.url = agentUrl(base, m.id);
        m.orderReference = orderIdInExternalId(m.externalId);
        if (m.orderReference.isEmpty())
            m.orderReference = orderReferenceIn(m.subject);
        if (m.orderReference.isEmpty())
            m.orderReference = orderReferenceIn(t.value(QLatin1String("description")).toString());
        if (!m.id.isEmpty() && !m.orderReference.isEmpty() && m.status != QLatin1String("deleted"))
            page.tickets << m;
    }
    return page;
}

SyncError mapError(int httpStatus, const QByteArray &body, const std::optional<SyncError> &transport, const QString &what)
{
    SyncError e = transport.value_or(SyncError{});
    e.httpStatus = httpStatus;
    if (httpStatus == 0) {
        if (e.message.isEmpty())
            e.message = tr("Zendesk did not answer %1").arg(what);
        e.hint = tr("Backroom retries later; ticket work waits in the journal and nothing is created twice.");
        return e;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString error = o.value(QLatin1String("error")).isString() ? o.value(QLatin1String("error")).toString()
                                                                      : o.value(QLatin1String("error")).toObject().value(QLatin1String("title")).toString();
    const QString description = o.value(QLatin1String("description")).toString();
    const QString details = detailsText(o.value(QLatin1String("details")).toObject());
    QStringList words;
    for (const QString &w : {error, description, details})
        if (!w.isEmpty() && !words.contains(w))
            words << w;
    const QString zendeskWords = words.join(QStringLiteral(": "));

    if (httpStatus == 401 || httpStatus == 403) {
        e.category = ErrorCategory::Auth;
        e.code = error.isEmpty() ? QStringLiteral("zendesk_auth") : error;
        e.message = zendeskWords.isEmpty() ? tr("Zendesk refused the credentials (HTTP %1)").arg(httpStatus)
                                           : tr("Zendesk refused %1: %2").arg(what, zendeskWords);
        e.hint = httpStatus == 401
            ? tr("Check helpdesk.email and helpdesk.api_token (Admin Center > Apps and integrations > Zendesk API: token access on, token active).")
            : tr("Give the API user an agent or admin role with access to tickets, then retry the helpdesk connection.");
        return e;
    }
    if (httpStatus == 429 || (httpStatus == 503 && e.retryAfterMs)) {
        e.category = ErrorCategory::TransientThrottled;
        if (e.code.isEmpty())
            e.code = QStringLiteral("throttled");
        if (e.message.isEmpty())
            e.message = tr("Zendesk rate limit reached (HTTP %1)").arg(httpStatus);
        e.hint = tr("Backroom waits as Zendesk's Retry-After tells it, then sends the waiting ticket work.");
        return e;
    }
    if (httpStatus == 422 || httpStatus == 400) {
        e.category = ErrorCategory::Validation;
        const QString detailCode = firstDetailCode(o.value(QLatin1String("details")).toObject());
        e.code = detailCode.isEmpty() ? (error.isEmpty() ? QStringLiteral("invalid") : error) : detailCode;
        e.message = tr("Zendesk rejected %1: %2").arg(what, zendeskWords.isEmpty() ? QString::fromUtf8(body.left(200)) : zendeskWords);
        e.hint = tr("Fix what Zendesk names (a required ticket field, the requester's e-mail), then retry the exception.");
        return e;
    }
    if (httpStatus == 404) {
        e.category = ErrorCategory::Validation;
        e.code = error.isEmpty() ? QStringLiteral("RecordNotFound") : error;
        e.message = tr("Zendesk does not know %1 (HTTP 404%2)").arg(what, zendeskWords.isEmpty() ? QString() : QStringLiteral(": ") + zendeskWords);
        e.hint = tr("The ticket was deleted or merged in Zendesk, or helpdesk.url points at the wrong account.");
        return e;
    }
    if (!e.message.isEmpty() && !zendeskWords.isEmpty())
        e.message = tr("%1 (%2)").arg(e.message, zendeskWords);
    else if (e.message.isEmpty())
        e.message = tr("Zendesk answered %1 with HTTP %2").arg(what).arg(httpStatus);
    if (e.hint.isEmpty())
        e.hint = tr("Backroom retries later; ticket work waits in the journal.");
    return e;
}

} // namespace backroom::zendesk
