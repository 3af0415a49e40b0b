#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace backroom {

// The JSON form of the mapping tables: the mappings_file format and the body of every
// mapping version in the journal (docs/mappings.md). A file that holds only "sku" (the
// first format) reads unchanged.

// The tables in the order the editors and the CLI show them.
QStringList mappingTableNames(); // sku, status, erp_status, payment, shipping, tax
QMap<QString, QString> *mappingTable(Mappings &m, const QString &name);
const QMap<QString, QString> *mappingTable(const Mappings &m, const QString &name);

// The values the status table accepts for a WooCommerce status.
QStringList statusActions(); // sync, ignore, cancel

// Errors name the key: "mappings.status.on-hold: must be one of sync, ignore, cancel".
Result<Mappings> mappingsFromJson(const QJsonObject &root);
// The tables alone, without the status map's cross-checks (statusmap.h: statusMapErrors), so
// that `backroom mappings check` can list every refused entry instead of the first.
Result<Mappings> mappingTablesFromJson(const QByteArray &json);
Result<Mappings> mappingsFromJson(const QByteArray &json);
QJsonObject mappingsToJsonObject(const Mappings &m);
QByteArray mappingsToJson(const Mappings &m); // indented, keys sorted: stable for diffs

// One changed key of one table.
struct MappingChange {
    enum class Kind { Added, Changed, Removed };
    Kind kind = Kind::Added;
    QString table;
    QString key;
    QString before; // empty when added
    QString after;  // empty when removed
};
QList<MappingChange> mappingChanges(const Mappings &before, const Mappings &after);
QString mappingChangeKindName(MappingChange::Kind k); // added | changed | removed

// RFC 6902 JSON patch from one version's JSON to another's (nlohmann::json::diff).
QByteArray mappingsJsonPatch(const QByteArray &fromJson, const QByteArray &toJson);

} // namespace backroom
