#pragma once

#include "sync/config/config.h"
#include "sync/core/syncerror.h"
#include "sync/journal/journal.h"
#include "sync/mapping/mappingjson.h"

namespace backroom {

// Mappings as versioned data in the journal (docs/mappings.md). Every change is a "mapping"
// command in the command queue, executed by the engine (or the CLI when no engine runs):
//   {"json": {...every table...}, "note": "what and why", "base": N}  saves a new version;
//   {"rollback": N}                                                   saves a copy of version N.
// "base" is the version the editor started from: when another version was saved since, the
// command fails instead of overwriting that change.

struct VersionedMappings {
    Mappings mappings;
    int version = 0; // 0: the journal has none (no mappings file either)
};

// The latest version in the journal. When the journal has none and a mappings file is
// configured, the file becomes version 1 (written here; the caller owns the transaction).
// After that the journal wins: later edits of the file are not read.
Result<VersionedMappings> currentMappings(Journal &journal, const QString &mappingsFile, qint64 nowMs);

// The mappings of one version (0: the latest; empty mappings when there is none).
Result<Mappings> mappingsAtVersion(Journal &journal, int version);

Result<QString> executeMappingCommand(Journal &journal, const CommandRecord &command, qint64 nowMs);

// The command arguments that save `mappings` as the next version.
QJsonObject mappingCommandArgs(const Mappings &mappings, const QString &note, int baseVersion);

// Open mapping exceptions that a change fixes: their group key is a SKU crosswalk key the
// change adds or changes ("MUG-01", "product:17"), also as "Item:<key>"; or a payment method
// the change maps ("payment:<method>", "Mode of Payment:<the mode it had>").
QList<ExceptionRecord> exceptionsFixedBy(Journal &journal, const QList<MappingChange> &changes);

} // namespace backroom
