#pragma once

#include "sync/core/syncerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace backroom {

// What the ERP was asked to do when it failed; 404 and link errors mean different things.
enum class FrappeContext {
    Lookup,           // GET list / GET one (a missing document is not an error there)
    CreateCustomer,   // POST /api/resource/Customer
    CreateSalesOrder, // POST /api/resource/Sales Order
};

// The parts of a Frappe (v1 REST) error body the engine uses. See docs/erpnext-wire.md.
struct FrappeErrorBody {
    bool isJson = false;      // false for HTML pages from proxies or Frappe's own error pages
    QString excType;          // "LinkValidationError", from exc_type (or derived from exception)
    QString exception;        // "frappe.exceptions.LinkValidationError: Could not find ..."
    QStringList messages;     // _server_messages[].message, HTML tags removed
    QString title;            // first _server_messages[].title, if any

    QString message() const;  // the messages joined, else the text after "Error: " in exception
};

// Parses a response body; never fails (an unreadable body gives isJson = false).
FrappeErrorBody parseFrappeErrorBody(const QByteArray &body);

// "<a href=...>X</a> &amp; y" -> "X & y"
QString stripHtml(const QString &text);

// Item codes named by "Could not find Row #1: Item Code: X, Row #2: Item Code: Y".
QStringList unknownItemCodes(const QString &message);

// Maps one failed exchange with ERPNext onto the taxonomy (DESIGN.md §6), keeping the ERP's
// own words in `message` and a sentence for a person in `hint`. `httpStatus` 0 means no
// response; then `transport` (the HTTP client's error) is returned with an ERP hint.
SyncError mapFrappeError(int httpStatus, const QByteArray &body, FrappeContext context,
                         const std::optional<SyncError> &transport = std::nullopt);

} // namespace backroom
