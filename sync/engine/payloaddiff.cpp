#include "sync/engine/payloaddiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backroom {

namespace {
QString escapeToken(QString key)
{
    return key.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
}

void diffInto(const QString &path, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> &out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        for (auto it = oa.begin(); it != oa.end(); ++it)
            diffInto(path + QLatin1Char('/') + escapeToken(it.key()), it.value(), ob.value(it.key()), out);
        for (auto it = ob.begin(); it != ob.end(); ++it) {
            if (!oa.contains(it.key()))
                diffInto(path + QLatin1Char('/') + escapeToken(it.key()), QJsonValue::Undefined, it.value(), out);
        }
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray xa = a.toArray(), xb = b.toArray();
        for (qsizetype i = 0; i < std::max(xa.size(), xb.size()); ++i) {
            diffInto(path + QLatin1Char('/') + QString::number(i), i < xa.size() ? xa.at(i) : QJsonValue::Undefined,
                     i < xb.size() ? xb.at(i) : QJsonValue::Undefined, out);
        }
        return;
    }
    if (a != b)
        out << FieldChange{path, a, b};
}

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("(none)");
    if (v.isObject() || v.isArray()) {
        const QJsonDocument d = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
        return QString::fromUtf8(d.toJson(QJsonDocument::Compact));
    }
    const QJsonDocument d(QJsonArray{v}); // the scalar as JSON text: strings quoted
    const QString s = QString::fromUtf8(d.toJson(QJsonDocument::Compact));
    return s.mid(1, s.size() - 2);
}

QString side(const QList<FieldChange> &changes, bool before)
{
    QJsonObject o;
    for (const FieldChange &c : changes) {
        const QJsonValue v = before ? c.before : c.after;
        o.insert(c.path, v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QList<FieldChange> jsonFieldDiff(const QJsonValue &before, const QJsonValue &after)
{
    QList<FieldChange> out;
    diffInto(QString(), before, after, out);
    return out;
}

QString fieldChangeText(const FieldChange &change)
{
    const QString removed = change.after.isUndefined() ? QStringLiteral("(removed)") : valueText(change.after);
    return QStringLiteral("%1: %2 → %3").arg(change.path.isEmpty() ? QStringLiteral("/") : change.path,
                                            valueText(change.before), removed);
}

QString changesBeforeJson(const QList<FieldChange> &changes) { return side(changes, true); }
QString changesAfterJson(const QList<FieldChange> &changes) { return side(changes, false); }

} // namespace backroom
