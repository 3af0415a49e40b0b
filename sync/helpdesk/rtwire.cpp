#include "sync/helpdesk/rtwire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace backroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RtAdapter", text);
}

QString jsonId(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

// RT's {"message": "..."} without the Perl source location it sometimes appends.
QString rtMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString m;
    if (doc.isObject())
        m = doc.object().value(QLatin1String("message")).toString();
    else if (doc.isArray())
        m = doc.array().at(0).toString();
    static const QRegularExpression perlAt(QStringLiteral("\\s+at \\S+ line \\d+\\.?\\s*$"));
    return m.remove(perlAt).trimmed();
}

} // namespace

QUrl rtRestUrl(const QUrl &base, const QString &path, const QString &encodedQuery)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + QStringLiteral("/REST/2.0/") + path);
    u.setQuery(encodedQuery.isEmpty() ? QString() : encodedQuery, QUrl::StrictMode);
    return u;
}

QByteArray rtAuthorization(const RtConnection &conn)
{
    if (!conn.token.isEmpty())
        return "token " + conn.token.toUtf8();
    return "Basic " + QByteArray(conn.username.toUtf8() + ':' + conn.password.toUtf8()).toBase64();
}

QString ticketSqlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString rtFindQuery(const QString &field, const QString &externalId)
{
    return QStringLiteral("'CF.{%1}' = %2").arg(field, ticketSqlString(externalId));
}

QString rtSinceQuery(const QString &field, qint64 seconds)
{
    // An absolute date in TicketSQL is read in the API user's time zone (an explicit zone is
    // ignored); "now - N seconds" is relative to the server's clock and needs no zone. Not
    // "N seconds ago": Time::ParseDate takes a 4- or 6-digit N for a time of day.
    return QStringLiteral("LastUpdated > 'now - %1 seconds' AND ('CF.{%2}' IS NOT NULL"
                          " OR Subject LIKE 'order' OR Subject LIKE '#')")
        .arg(QString::number(qMax<qint64>(seconds, 1)), field);
}

QString rtSearchParams(const QString &ticketSql, const QString &fields, int perPage, int page)
{
    // Every value fully percent-encoded: TicketSQL holds '#', '+', '&' and quotes.
    const QList<QPair<QString, QString>> items{
        {QStringLiteral("query"), ticketSql},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("orderby"), QStringLiteral("LastUpdated")},
        {QStringLiteral("order"), QStringLiteral("ASC")},
        {QStringLiteral("orderby"), QStringLiteral("id")},
        {QStringLiteral("order"), QStringLiteral("ASC")},
        {QStringLiteral("per_page"), QString::number(perPage)},
        {QStringLiteral("page"), QString::number(page)},
    };
    QStringList parts;
    for (const auto &[key, value] : items)
        parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.join(QLatin1Char('&'));
}

int rtPriority(const QString &priority)
{
    const QString p = priority.trimmed().toLower();
    if (p == QLatin1String("low"))
        return 0;
    if (p == QLatin1String("normal"))
        return 50;
    if (p == QLatin1String("high"))
        return 75;
    if (p == QLatin1String("urgent"))
        return 100;
    return -1;
}

QJsonObject rtCreateBody(const TicketDraft &draft, const RtConnection &conn)
{
    QJsonObject o{
        {QStringLiteral("Queue"), conn.queue},
        {QStringLiteral("Subject"), draft.subject},
    };
    if (draft.publicBody && !draft.body.isEmpty()) {
        o.insert(QStringLiteral("Content"), draft.body);
        o.insert(QStringLiteral("ContentType"), QStringLiteral("text/plain"));
    }
    if (!draft.requesterEmail.trimmed().isEmpty())
        o.insert(QStringLiteral("Requestor"), draft.requesterEmail.trimmed());
    if (const int p = rtPriority(draft.priority); p >= 0)
        o.insert(QStringLiteral("Priority"), p);
    if (!draft.externalId.isEmpty())
        o.insert(QStringLiteral("CustomFields"), QJsonObject{{conn.externalIdField, draft.externalId}});
    return o;
}

QJsonObject rtCommentBody(const QString &text, const QString &status)
{
    QJsonObject o{
        {QStringLiteral("Content"), text},
        {QStringLiteral("ContentType"), QStringLiteral("text/plain")},
    };
    if (!status.isEmpty())
        o.insert(QStringLiteral("Status"), status);
    return o;
}

std::optional<QString> rtCreatedId(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString id = doc.isObject() ? jsonId(doc.object().value(QLatin1String("id"))) : QString();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

bool rtStatusClosed(const QString &status)
{
    const QString s = status.toLower();
    return s == QLatin1String("resolved") || s == QLatin1String("rejected") || s == QLatin1String("deleted");
}

std::optional<RtSearchPage> rtParseSearch(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("items")).isArray())
        return std::nullopt;
    const QJsonObject o = doc.object();
    RtSearchPage page;
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        if (!v.isObject() || jsonId(v.toObject().value(QLatin1String("id"))).isEmpty())
            return std::nullopt;
        page.items.append(v.toObject());
    }
    page.page = o.value(QLatin1String("page")).toInt(1);
    page.pages = int(o.value(QLatin1String("pages")).toDouble(0)); // RT writes 0.0 for none
    return page;
}

QString rtOrderReference(const QString &externalId, const QString &subject)
{
    const QStringList parts = externalId.split(QLatin1Char(':'));
    if (parts.size() >= 4 && parts.first() == QLatin1String("backroom") && !parts.at(2).isEmpty())
        return parts.at(2);
    static const QRegularExpression order(QStringLiteral("\\border\\s*(?:no\\.?|number)?\\s*#?\\s*(\\d+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hash(QStringLiteral("#(\\d+)\\b"));
    if (const auto m = order.match(subject); m.hasMatch())
        return m.captured(1);
    if (const auto m = hash.match(subject); m.hasMatch())
        return m.captured(1);
    return {};
}

TicketMention rtMention(const QJsonObject &item, const QString &field, const QUrl &base)
{
    TicketMention t;
    t.id = jsonId(item.value(QLatin1String("id")));
    t.subject = item.value(QLatin1String("Subject")).toString();
    t.status = item.value(QLatin1String("Status")).toString();
    t.updated = item.value(QLatin1String("LastUpdated")).toString();
    for (const QJsonValue &cf : item.value(QLatin1String("CustomFields")).toArray()) {
        const QJsonObject c = cf.toObject();
        if (c.value(QLatin1String("name")).toString() == field) {
            t.externalId = c.value(QLatin1String("values")).toArray().at(0).toString();
            break;
        }
    }
    t.orderReference = rtOrderReference(t.externalId, t.subject);
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + QStringLiteral("/Ticket/Display.html"));
    u.setQuery(QStringLiteral("id=") + t.id);
    t.url = u.toString();
    return t;
}

std::optional<RtCursor> rtParseCursor(const QString &cursor)
{
    RtCursor c;
    if (cursor.isEmpty())
        return c;
    const qsizetype bar = cursor.indexOf(QLatin1Char('|'));
    c.updated = QDateTime::fromString(cursor.left(bar), Qt::ISODate);
    if (!c.updated.isValid())
        return std::nullopt;
    c.updated = c.updated.toUTC();
    if (bar >= 0) {
        for (const QString &id : cursor.mid(bar + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.idsAtUpdated.insert(id);
    }
    return c;
}

QString rtFormatCursor(const RtCursor &cursor)
{
    if (!cursor.updated.isValid())
        return {};
    QStringList ids(cursor.idsAtUpdated.begin(), cursor.idsAtUpdated.end());
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    return cursor.updated.toUTC().toString(Qt::ISODate) + QLatin1Char('|') + ids.join(QLatin1Char(','));
}

bool rtIsAfter(const RtCursor &cursor, const QString &id, const QDateTime &updated)
{
    if (!cursor.updated.isValid())
        return true;
    if (updated > cursor.updated)
        return true;
    return updated == cursor.updated && !cursor.idsAtUpdated.contains(id);
}

SyncError mapRtError(int httpStatus, const QByteArray &body, RtContext context,
                     const std::optional<SyncError> &transport)
{
    SyncError e = transport.value_or(SyncError{});
    e.httpStatus = httpStatus;
    const QString said = rtMessage(body);
    if (httpStatus == 0) {
        if (e.hint.isEmpty())
            e.hint = tr("Check helpdesk.url and that Request Tracker is reachable from this machine.");
        return e;
    }
    if (!said.isEmpty())
        e.message = tr("Request Tracker answered %1: %2").arg(httpStatus).arg(said);
    else if (e.message.isEmpty())
        e.message = tr("Request Tracker answered %1").arg(httpStatus);
    switch (httpStatus) {
    case 401:
        e.category = ErrorCategory::Auth;
        e.code = QStringLiteral("rt_unauthorized");
        e.hint = tr("Check helpdesk.token (or helpdesk.username and helpdesk.password): Request Tracker did not accept them.");
        return e;
    case 403:
        e.category = ErrorCategory::Auth;
        e.code = QStringLiteral("rt_forbidden");
        e.hint = context == RtContext::Create
                     ? tr("Check that helpdesk.queue names an existing queue and that the RT user has the CreateTicket right on it.")
                     : tr("Give the RT user the rights it needs on the queue (ShowTicket, ModifyTicket, CommentOnTicket, ReplyToTicket).");
        return e;
    case 400:
        e.category = ErrorCategory::Validation;
        e.code = QStringLiteral("rt_bad_request");
        e.hint = context == RtContext::Search
                     ? tr("Check helpdesk.external_id_field: it must name a ticket custom field of Request Tracker.")
                     : tr("Request Tracker rejected the request; fix what its message names and retry.");
        return e;
    case 404:
        e.category = ErrorCategory::Validation;
        if (context == RtContext::Queue) {
            e.code = QStringLiteral("rt_queue_not_found");
            e.hint = tr("Create the queue in Request Tracker or fix helpdesk.queue (the RT user needs SeeQueue on it).");
        } else if (context == RtContext::Update) {
            e.code = QStringLiteral("rt_ticket_not_found");
            e.hint = tr("The ticket was deleted or the RT user cannot see it; check it in Request Tracker.");
        } else {
            e.code = QStringLiteral("rt_not_found");
            e.hint = tr("Check helpdesk.url: it must be Request Tracker's web root (REST2 answers at /REST/2.0/).");
        }
        return e;
    default:
        break;
    }
    if (!transport) {
        e.category = httpStatus >= 500 ? ErrorCategory::TransientRemote : ErrorCategory::Validation;
        e.code = QStringLiteral("rt_http_%1").arg(httpStatus);
    }
    if (e.hint.isEmpty() || isTransient(e.category))
        e.hint = isTransient(e.category) ? tr("Request Tracker is busy or failing; Backroom retries later.")
                                         : tr("Check the request against Request Tracker's message and retry.");
    return e;
}

} // namespace backroom
