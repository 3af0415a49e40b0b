#pragma once

#include "sync/core/syncerror.h"
#include "sync/helpdesk/rtconnection.h"
#include "sync/model/ticket.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

// Request building and answer parsing for Request Tracker's REST2 API (/REST/2.0/), kept free
// of I/O so it can be tested without a server. See docs/rt-wire.md for the wire facts.

namespace backroom {

// base + "/REST/2.0/" + path (path segments are percent-encoded by the caller's QUrl rules).
QUrl rtRestUrl(const QUrl &base, const QString &path, const QString &encodedQuery = {});
// "token <t>" when a token is set, else "Basic base64(user:password)".
QByteArray rtAuthorization(const RtConnection &conn);
// A TicketSQL string literal in single quotes; quotes and backslashes inside get a backslash.
QString ticketSqlString(const QString &value);

// TicketSQL for the ticket whose external id custom field equals `externalId`.
QString rtFindQuery(const QString &field, const QString &externalId);
// TicketSQL for tickets updated in the last `seconds` seconds that carry our external id or
// whose subject mentions an order ("order", "#").
QString rtSinceQuery(const QString &field, qint64 seconds);
// The percent-encoded query string of GET /tickets for a search (oldest update first).
QString rtSearchParams(const QString &ticketSql, const QString &fields, int perPage, int page);

// POST /ticket body. The body goes in Content only when it is public (`publicBody`); an
// internal body is added as a comment afterwards (rtCommentBody).
QJsonObject rtCreateBody(const TicketDraft &draft, const RtConnection &conn);
// POST /ticket/:id/comment or /correspond body; a non-empty status changes it in the same step.
QJsonObject rtCommentBody(const QString &text, const QString &status = {});
// RT's default lifecycle: low 0, normal 50, high 75, urgent 100; -1 for empty or unknown.
int rtPriority(const QString &priority);

// The id of a create answer {"id":"12",...} (string or number); nullopt if absent.
std::optional<QString> rtCreatedId(const QByteArray &body);
// True for the inactive statuses of RT's default lifecycle (resolved, rejected, deleted).
bool rtStatusClosed(const QString &status);

struct RtSearchPage {
    QList<QJsonObject> items;
    int page = 1;
    int pages = 0;
};
// A /tickets answer; nullopt if it is not one.
std::optional<RtSearchPage> rtParseSearch(const QByteArray &body);
// One search item (fields Subject,Status,LastUpdated,CustomFields) as a mention.
TicketMention rtMention(const QJsonObject &item, const QString &field, const QUrl &base);
// The order number a ticket mentions: the order id of our external id
// ("backroom:<store>:<order>:<cause>"), else "order 123" / "order #123" / "#123" in the subject.
QString rtOrderReference(const QString &externalId, const QString &subject);

// ticketsSince cursor: the newest LastUpdated seen (UTC, seconds) and the ids updated in that
// very second, so a ticket updated later in the same second is not lost and none is repeated.
struct RtCursor {
    QDateTime updated;      // invalid: no cursor
    QSet<QString> idsAtUpdated;
};
std::optional<RtCursor> rtParseCursor(const QString &cursor); // nullopt if malformed
QString rtFormatCursor(const RtCursor &cursor);
// Whether a ticket updated at `updated` is news after `cursor`.
bool rtIsAfter(const RtCursor &cursor, const QString &id, const QDateTime &updated);

// What the adapter was doing when RT failed; 404 and 403 mean different things per call.
enum class RtContext { Queue, Search, Create, Update };
// Maps a failed exchange onto the taxonomy with RT's own message ({"message": ...}) and a
// sentence for a person. `transport` is the HTTP client's error (used for 5xx, 429, no answer).
SyncError mapRtError(int httpStatus, const QByteArray &body, RtContext context,
                     const std::optional<SyncError> &transport = std::nullopt);

} // namespace backroom
