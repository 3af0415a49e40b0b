#include "sync/mapping/mappingjson.h"

#include "sync/mapping/statusmap.h"

#include <QFile>
#include <QJsonDocument>

#include <nlohmann/json.hpp>

namespace backroom {

namespace {

SyncError mappingError(const QString &where, const QString &problem)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("mappings");
    e.message = QStringLiteral("%1: %2").arg(where, problem);
    e.hint = QStringLiteral("Correct the mapping and save it again (docs/mappings.md describes the format).");
    return e;
}

} // namespace

QStringList mappingTableNames()
{
    return {QStringLiteral("sku"), QStringLiteral("status"), QStringLiteral("erp_status"),
            QStringLiteral("payment"), QStringLiteral("shipping"), QStringLiteral("tax")};
}

QStringList statusActions()
{
    return {QStringLiteral("sync"), QStringLiteral("ignore"), QStringLiteral("cancel")};
}

QMap<QString, QString> *mappingTable(Mappings &m, const QString &name)
{
    if (name == QLatin1String("sku"))
        return &m.sku;
    if (name == QLatin1String("status"))
        return &m.status;
    if (name == QLatin1String("erp_status"))
        return &m.erpStatus;
    if (name == QLatin1String("payment"))
        return &m.payment;
    if (name == QLatin1String("shipping"))
        return &m.shipping;
    if (name == QLatin1String("tax"))
        return &m.tax;
    return nullptr;
}

const QMap<QString, QString> *mappingTable(const Mappings &m, const QString &name)
{
    return mappingTable(const_cast<Mappings &>(m), name);
}

namespace {
Result<Mappings> tablesFromJson(const QJsonObject &root);
Result<QJsonObject> jsonObjectOf(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return mappingError(QStringLiteral("mappings"),
                            QStringLiteral("not a valid JSON object (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset));
    return doc.object();
}
} // namespace

Result<Mappings> mappingsFromJson(const QJsonObject &root)
{
    Result<Mappings> m = tablesFromJson(root);
    if (!m)
        return m;
    // The status map in both directions: statuses WooCommerce knows, no state that cancels itself.
    if (const QList<StatusMapProblem> problems = statusMapErrors(m.value()); !problems.isEmpty())
        return mappingError(problems.first().where, problems.first().problem);
    return m;
}

Result<Mappings> mappingTablesFromJson(const QByteArray &json)
{
    const Result<QJsonObject> root = jsonObjectOf(json);
    if (!root)
        return root.error();
    return tablesFromJson(root.value());
}

namespace {
Result<Mappings> tablesFromJson(const QJsonObject &root)
{
    Mappings m;
    for (auto it = root.begin(); it != root.end(); ++it) {
        QMap<QString, QString> *table = mappingTable(m, it.key());
        const QString where = QStringLiteral("mappings.") + it.key();
        if (!table)
            return mappingError(where, QStringLiteral("unknown key (check the spelling; known: %1)")
                                           .arg(mappingTableNames().join(QLatin1String(", "))));
        if (!it.value().isObject())
            return mappingError(where, QStringLiteral("must be an object of \"from\": \"to\" pairs"));
        const QJsonObject rows = it.value().toObject();
        for (auto r = rows.begin(); r != rows.end(); ++r) {
            const QString rowWhere = where + QLatin1Char('.') + r.key();
            if (r.key().trimmed().isEmpty())
                return mappingError(where, QStringLiteral("a key is empty"));
            if (!r.value().isString() || r.value().toString().trimmed().isEmpty())
                return mappingError(rowWhere, it.key() == QLatin1String("sku")
                                                  ? QStringLiteral("must be a non-empty ERP item code")
                                                  : QStringLiteral("must be a non-empty text"));
            const QString value = r.value().toString();
            if (it.key() == QLatin1String("status") && !statusActions().contains(value))
                return mappingError(rowWhere, QStringLiteral("must be one of %1").arg(statusActions().join(QLatin1String(", "))));
            table->insert(r.key(), value);
        }
    }
    return m;
}
} // namespace

Result<Mappings> mappingsFromJson(const QByteArray &json)
{
    const Result<QJsonObject> root = jsonObjectOf(json);
    if (!root)
        return root.error();
    return mappingsFromJson(root.value());
}

QJsonObject mappingsToJsonObject(const Mappings &m)
{
    QJsonObject root;
    for (const QString &name : mappingTableNames()) {
        const QMap<QString, QString> *t = mappingTable(m, name);
        if (t->isEmpty())
            continue;
        QJsonObject rows;
        for (auto it = t->begin(); it != t->end(); ++it)
            rows.insert(it.key(), it.value());
        root.insert(name, rows);
    }
    return root;
}

QByteArray mappingsToJson(const Mappings &m)
{
    return QJsonDocument(mappingsToJsonObject(m)).toJson(QJsonDocument::Indented);
}

QList<MappingChange> mappingChanges(const Mappings &before, const Mappings &after)
{
    QList<MappingChange> out;
    for (const QString &name : mappingTableNames()) {
        const QMap<QString, QString> &a = *mappingTable(before, name);
        const QMap<QString, QString> &b = *mappingTable(after, name);
        for (auto it = b.begin(); it != b.end(); ++it) {
            const auto old = a.constFind(it.key());
            if (old == a.constEnd())
                out << MappingChange{MappingChange::Kind::Added, name, it.key(), QString(), it.value()};
            else if (*old != it.value())
                out << MappingChange{MappingChange::Kind::Changed, name, it.key(), *old, it.value()};
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()))
                out << MappingChange{MappingChange::Kind::Removed, name, it.key(), it.value(), QString()};
        }
    }
    return out;
}

QString mappingChangeKindName(MappingChange::Kind k)
{
    switch (k) {
    case MappingChange::Kind::Added: return QStringLiteral("added");
    case MappingChange::Kind::Changed: return QStringLiteral("changed");
    case MappingChange::Kind::Removed: return QStringLiteral("removed");
    }
    return {};
}

QByteArray mappingsJsonPatch(const QByteArray &fromJson, const QByteArray &toJson)
{
    const auto parse = [](const QByteArray &text) {
        nlohmann::json j = nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
        return j.is_discarded() ? nlohmann::json::object() : j;
    };
    const nlohmann::json patch = nlohmann::json::diff(parse(fromJson), parse(toJson));
    return QByteArray::fromStdString(patch.dump(2));
}

Result<Mappings> loadMappings(const QString &path)
{
    if (path.isEmpty())
        return Mappings{};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return mappingError(path, QStringLiteral("cannot read the mappings file (%1)").arg(f.errorString()));
    return mappingsFromJson(f.readAll());
}

} // namespace backroom
