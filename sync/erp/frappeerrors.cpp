#include "sync/erp/frappeerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace backroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FrappeErrors", text);
}

void addMessage(FrappeErrorBody &out, const QJsonValue &entry)
{
    // Frappe v13+: each entry is itself a JSON string of {message, title, indicator, ...};
    // older versions send plain strings.
    QJsonObject obj;
    if (entry.isObject()) {
        obj = entry.toObject();
    } else if (entry.isString()) {
        const QString s = entry.toString();
        const QJsonDocument inner = QJsonDocument::fromJson(s.toUtf8());
        if (inner.isObject())
            obj = inner.object();
        else if (!s.trimmed().isEmpty())
            out.messages.append(stripHtml(s).trimmed());
    }
    if (obj.isEmpty())
        return;
    const QString msg = stripHtml(obj.value(QLatin1String("message")).toVariant().toString()).trimmed();
    if (!msg.isEmpty())
        out.messages.append(msg);
    if (out.title.isEmpty())
        out.title = stripHtml(obj.value(QLatin1String("title")).toString()).trimmed();
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString FrappeErrorBody::message() const
{
    if (!messages.isEmpty())
        return messages.join(QLatin1Char(' '));
    if (!exception.isEmpty()) {
        const int colon = exception.indexOf(QLatin1String(": "));
        return colon >= 0 ? exception.mid(colon + 2).trimmed() : exception.trimmed();
    }
    return {};
}

QString stripHtml(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = text;
    s.remove(tags);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

FrappeErrorBody parseFrappeErrorBody(const QByteArray &body)
{
    FrappeErrorBody out;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    out.isJson = true;
    const QJsonObject o = doc.object();
    out.excType = o.value(QLatin1String("exc_type")).toString();
    out.exception = stripHtml(o.value(QLatin1String("exception")).toString());

    const QJsonValue sm = o.value(QLatin1String("_server_messages"));
    QJsonArray list;
    if (sm.isString())
        list = QJsonDocument::fromJson(sm.toString().toUtf8()).array();
    else if (sm.isArray())
        list = sm.toArray();
    for (const QJsonValue &v : std::as_const(list))
        addMessage(out, v);

    // API v2 (Frappe 15+): {"errors": [{"type": ..., "message": ..., "exception": ...}]}
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        if (out.excType.isEmpty())
            out.excType = e.value(QLatin1String("type")).toString();
        addMessage(out, e);
    }
    if (out.messages.isEmpty()) {
        const QString em = o.value(QLatin1String("_error_message")).toString();
        if (!em.isEmpty())
            out.messages.append(stripHtml(em).trimmed());
    }
    if (out.excType.isEmpty() && !out.exception.isEmpty()) {
        // "frappe.exceptions.LinkValidationError: ..." -> "LinkValidationError"
        const QString head = out.exception.section(QLatin1Char(':'), 0, 0).trimmed();
        out.excType = head.section(QLatin1Char('.'), -1);
    }
    return out;
}

QStringList unknownItemCodes(const QString &message)
{
    // Frappe joins every broken link of the document: "Row #1: Item Code: A, Row #3: Item Code: B".
    static const QRegularExpression re(
        QStringLiteral("Row #\\d+: Item Code: (.+?)(?=, Row #\\d+: |, [A-Z][\\w ]*: |$)"));
    QStringList codes;
    auto it = re.globalMatch(message.trimmed());
    while (it.hasNext()) {
        const QString code = it.next().captured(1).trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}

SyncError mapFrappeError(int httpStatus, const QByteArray &body, FrappeContext context,
                         const std::optional<SyncError> &transport)
{
    SyncError e;
    e.httpStatus = httpStatus;
    if (transport) {
        e.requestId = transport->requestId;
        e.retryAfterMs = transport->retryAfterMs;
    }
    if (httpStatus == 0) {
        if (transport)
            e = *transport;
        else
            e.category = ErrorCategory::TransientNetwork;
        if (e.message.isEmpty())
            e.message = tr("No answer from ERPNext");
        e.hint = tr("Backroom could not reach ERPNext and retries by itself; if this persists, "
                    "check erp.url, the network and ERPNext's web server.");
        return e;
    }

    const FrappeErrorBody fb = parseFrappeErrorBody(body);
    const QString exc = fb.excType;
    QString msg = fb.message();
    e.code = exc.isEmpty() ? QStringLiteral("http_%1").arg(httpStatus) : exc;
    if (msg.isEmpty())
        msg = fb.isJson || body.isEmpty()
            ? tr("ERPNext answered HTTP %1").arg(httpStatus)
            : tr("ERPNext answered HTTP %1 with a non-JSON page").arg(httpStatus);
    e.message = msg;

    auto set = [&e](ErrorCategory c, const QString &hint) {
        e.category = c;
        e.hint = hint;
        return e;
    };

    if (httpStatus == 401 || exc == QLatin1String("AuthenticationError")
        || exc == QLatin1String("SessionExpired") || exc == QLatin1String("InvalidAuthorizationToken"))
        return set(ErrorCategory::Auth,
                   tr("ERPNext refused the API key and secret: generate keys for the API user in "
                      "ERPNext (User, API Access) and update erp.api_key and erp.api_secret; the "
                      "connection stays paused until then."));
    if (httpStatus == 403 || exc == QLatin1String("PermissionError"))
        return set(ErrorCategory::Auth,
                   tr("The ERPNext API user lacks a permission: give it roles that may read and "
                      "create Customers and create and submit Sales Orders, then resume the connection."));
    if (httpStatus == 429 || httpStatus == 503)
        return set(ErrorCategory::TransientThrottled,
                   tr("ERPNext or a proxy in front of it is throttling requests; Backroom waits as "
                      "told and retries by itself."));
    if (httpStatus >= 500 || (!fb.isJson && httpStatus != 400))
        return set(ErrorCategory::TransientRemote,
                   tr("ERPNext failed with a server error; Backroom retries by itself. If it "
                      "persists, check ERPNext's Error Log and that erp.url points at the site."));

    if (httpStatus == 409 || exc == QLatin1String("DuplicateEntryError") || exc == QLatin1String("NameError"))
        return set(ErrorCategory::Conflict,
                   tr("ERPNext already holds a document with this name: look it up there and, if "
                      "it is this order, resolve the exception with its document name."));

    if (httpStatus == 404 || exc == QLatin1String("DoesNotExistError")) {
        if (context == FrappeContext::Lookup)
            return set(ErrorCategory::Conflict,
                       tr("A document Backroom expected in ERPNext is gone (deleted or renamed): "
                          "check it in ERPNext and resolve the order by hand."));
        // "Price List Standard Selling not found" during validation of a new document.
        // DocType names hold spaces, so the split needs to know them; longest first.
        static const QStringList doctypes{
            QStringLiteral("Sales Taxes and Charges Template"), QStringLiteral("Customer Group"),
            QStringLiteral("Mode of Payment"), QStringLiteral("Accounting Period"), QStringLiteral("Fiscal Year"),
            QStringLiteral("Price List"), QStringLiteral("Cost Center"), QStringLiteral("Item Group"),
            QStringLiteral("Sales Order"), QStringLiteral("Territory"), QStringLiteral("Warehouse"),
            QStringLiteral("Currency"), QStringLiteral("Customer"), QStringLiteral("Company"),
            QStringLiteral("Account"), QStringLiteral("DocType"), QStringLiteral("Item"), QStringLiteral("UOM")};
        e.groupKey = msg;
        if (msg.endsWith(QLatin1String(" not found"))) {
            const QString head = msg.chopped(10);
            for (const QString &dt : doctypes) {
                if (head.startsWith(dt + QLatin1Char(' '))) {
                    e.groupKey = dt + QLatin1Char(':') + head.mid(dt.size() + 1);
                    break;
                }
            }
        }
        return set(ErrorCategory::Mapping,
                   tr("ERPNext lacks a record this order refers to: create it in ERPNext or "
                      "correct the Backroom ERP settings, then retry the orders waiting on it."));
    }

    if (exc == QLatin1String("LinkValidationError")) {
        const QStringList items = unknownItemCodes(msg);
        if (!items.isEmpty()) {
            e.groupKey = items.first();
            return set(ErrorCategory::Mapping,
                       tr("ERPNext has no item %1: create it in ERPNext or map the SKU to an "
                          "existing item code, then retry every order waiting on it.")
                           .arg(items.join(QLatin1String(", "))));
        }
        // "Could not find Customer: Jane Doe" / "Could not find Warehouse: Stores - X"
        static const QRegularExpression link(QStringLiteral("Could not find (?:Row #\\d+: )?([^:,]+): ([^,]+)"));
        const auto m = link.match(msg);
        e.groupKey = m.hasMatch() ? QString(m.captured(1).trimmed() + QLatin1Char(':') + m.captured(2).trimmed())
                                : msg;
        return set(ErrorCategory::Mapping,
                   tr("ERPNext has no %1 named in this order: create it there or correct the "
                      "Backroom ERP settings, then retry.")
                       .arg(m.hasMatch() ? m.captured(1).trimmed() : tr("record")));
    }
    if (exc == QLatin1String("MandatoryError") || exc == QLatin1String("DataError")
        || exc == QLatin1String("CharacterLengthExceededError")
        || exc == QLatin1String("InvalidEmailAddressError") || httpStatus == 400)
        return set(ErrorCategory::Validation,
                   tr("ERPNext refused the shape of the document (a required field is empty or a "
                      "value does not fit): correct the order data or the ERPNext field settings, "
                      "then retry."));
    if (exc == QLatin1String("CancelledLinkError")
        || containsAny(msg, {"disabled", "end of life", "closed", "frozen", "fiscal year",
                             "accounting period", "credit limit", "on hold", "not a sales item"}))
        return set(ErrorCategory::Business,
                   tr("ERPNext rejected the order by its own rules: fix the cause it names in "
                      "ERPNext (enable the item, open the period, raise the credit limit, ...), "
                      "then retry."));
    return set(ErrorCategory::Business,
               tr("ERPNext rejected the order: fix the cause it names, in ERPNext or in the "
                  "order, then retry."));
}

} // namespace backroom
