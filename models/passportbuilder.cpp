// PassportModel::buildPassport: an order's history as one timeline, with field-level diffs
// between revisions (nlohmann::json::diff). Runs on the reader thread.
#include "models/passportmodel.h"

#include <QDateTime>
#include <QJsonDocument>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace backroom {

namespace {
using nlohmann::json;

constexpr int kMaxValueChars = 200;

QString valueText(const json &v)
{
    QString s = v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
    if (s.size() > kMaxValueChars)
        s = s.left(kMaxValueChars) + QStringLiteral("…");
    return s;
}

// "/line_items/0/quantity: 1 → 2" for each changed field.
QStringList fieldDiff(const json &before, const json &after)
{
    QStringList lines;
    const json patch = json::diff(before, after);
    for (const json &op : patch) {
        const std::string path = op.value("path", std::string());
        const std::string kind = op.value("op", std::string());
        const QString p = QString::fromStdString(path);
        const json::json_pointer ptr(path);
        if (kind == "replace") {
            lines << PassportModel::tr("%1: %2 → %3").arg(p, valueText(before.at(ptr)), valueText(op.at("value")));
        } else if (kind == "add") {
            lines << PassportModel::tr("%1: (none) → %2").arg(p, valueText(op.at("value")));
        } else if (kind == "remove") {
            lines << PassportModel::tr("%1: %2 → (removed)").arg(p, valueText(before.at(ptr)));
        }
    }
    return lines;
}

QString systemOfKind(const QString &kind)
{
    return kind == QLatin1String(OutboxKind::WooWriteBack) ? QStringLiteral("woocommerce") : QStringLiteral("erp");
}
} // namespace

OrderPassport PassportModel::buildPassport(const OrderHistory &h)
{
    OrderPassport p;
    if (!h.order)
        return p;
    p.found = true;
    p.orderKey = h.order->key;
    p.number = h.order->number;
    p.store = h.order->store;
    p.erpRef = h.order->erpRef;

    json previous;
    for (int i = 0; i < h.revisions.size(); ++i) {
        const RevisionRecord &r = h.revisions.at(i);
        json current = json::parse(r.rawJson.constData(), r.rawJson.constData() + r.rawJson.size(), nullptr, false);
        PassportEntry e;
        e.atMs = r.receivedMs;
        e.system = QStringLiteral("woocommerce");
        e.kind = PassportEntry::Kind::Revision;
        if (i == 0 || current.is_discarded() || previous.is_discarded()) {
            e.summary = i == 0 ? tr("Order received from store %1").arg(p.store) : tr("Revision %1 received").arg(i + 1);
            e.detail = QString::fromUtf8(QJsonDocument::fromJson(r.rawJson).toJson(QJsonDocument::Indented));
        } else {
            const QStringList diff = fieldDiff(previous, current);
            e.summary = tr("Revision %1: %n field(s) changed", nullptr, int(diff.size())).arg(i + 1);
            e.detail = diff.join(QLatin1Char('\n'));
        }
        e.outcome = r.dateModifiedGmt.isEmpty() ? QString() : tr("modified %1 UTC").arg(r.dateModifiedGmt);
        p.entries << e;
        previous = std::move(current);
    }

    for (int i = 0; i < h.attempts.size(); ++i) {
        const AttemptRecord &a = h.attempts.at(i);
        const QString kind = h.attemptKinds.value(i);
        PassportEntry e;
        e.atMs = a.startedMs;
        e.system = systemOfKind(kind);
        e.kind = PassportEntry::Kind::Attempt;
        e.correlationId = a.correlationId;
        e.summary = kind == QLatin1String(OutboxKind::WooWriteBack) ? tr("Write-back to the store") : tr("Post to the ERP");
        if (a.httpStatus > 0)
            e.summary = tr("%1 (HTTP %2)").arg(e.summary).arg(a.httpStatus);
        e.outcome = a.outcome == QLatin1String("ok") ? tr("ok") : tr("failed: %1").arg(a.outcome);
        e.detail = tr("Correlation id: %1\nDuration: %2 ms\nRequest: %3\nResponse: %4")
                       .arg(a.correlationId).arg(a.finishedMs - a.startedMs).arg(a.request, a.response);
        p.entries << e;
    }

    for (const LinkRecord &l : h.links) {
        PassportEntry e;
        e.atMs = l.createdMs;
        e.system = l.system;
        e.kind = PassportEntry::Kind::Link;
        e.summary = tr("Linked to %1 document %2").arg(l.system, l.remoteId);
        e.detail = e.summary;
        p.entries << e;
    }

    for (const ExceptionRecord &x : h.exceptions) {
        PassportEntry e;
        e.atMs = x.createdMs;
        e.system = x.system;
        e.kind = PassportEntry::Kind::Exception;
        e.correlationId = x.correlationId;
        e.summary = tr("%1: %2").arg(x.category, x.message);
        e.outcome = x.state;
        e.detail = tr("Exception %1 (%2, code %3), %4 attempt(s)\n%5\nWhat to do: %6\nCorrelation id: %7")
                       .arg(x.id).arg(x.category, x.code).arg(x.attempts).arg(x.message, x.hint, x.correlationId);
        p.entries << e;
    }

    for (int i = 0; i < h.commands.size(); ++i) {
        const CommandRecord &c = h.commands.at(i);
        PassportEntry e;
        e.atMs = c.createdMs;
        e.system = QStringLiteral("backroom");
        e.kind = PassportEntry::Kind::Command;
        e.summary = tr("%1 by %2").arg(c.kind, c.actor);
        e.outcome = c.state;
        e.detail = tr("Arguments: %1\nResult: %2")
                       .arg(QString::fromUtf8(QJsonDocument(c.args).toJson(QJsonDocument::Compact)), c.result);
        p.entries << e;
    }

    for (const AuditRecord &a : h.audit) {
        PassportEntry e;
        e.atMs = a.atMs;
        e.system = QStringLiteral("backroom");
        e.kind = PassportEntry::Kind::Audit;
        e.summary = tr("%1 by %2 (%3)").arg(a.action, a.actor, a.target);
        e.outcome = a.after;
        e.detail = tr("Before: %1\nAfter: %2").arg(a.before, a.after);
        p.entries << e;
    }

    std::stable_sort(p.entries.begin(), p.entries.end(),
                     [](const PassportEntry &a, const PassportEntry &b) { return a.atMs < b.atMs; });
    return p;
}

} // namespace backroom
