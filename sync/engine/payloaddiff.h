#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace backroom {

// One changed field between two JSON documents, addressed by a JSON Pointer
// ("/line_items/0/sku"). A missing side is Undefined.
struct FieldChange {
    QString path;
    QJsonValue before;
    QJsonValue after;
};

// The fields that differ, depth first, objects by key and arrays by index.
QList<FieldChange> jsonFieldDiff(const QJsonValue &before, const QJsonValue &after);
// "/billing/email: "" → "a@b.example"" per change, for people.
QString fieldChangeText(const FieldChange &change);
// {"/billing/email": old, …} and {"/billing/email": new, …}, for the audit log.
QString changesBeforeJson(const QList<FieldChange> &changes);
QString changesAfterJson(const QList<FieldChange> &changes);

} // namespace backroom
