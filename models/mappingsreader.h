#pragma once

#include "sync/config/config.h"
#include "sync/engine/mappingpreview.h"
#include "sync/journal/journal.h"
#include "sync/mapping/mappingjson.h"
#include "sync/mapping/mappingvalidation.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace backroom {

// The mapping editors' reads, on their own thread ("backroom-mappings") over a read-only
// journal connection: versions, diffs, payload previews, the open mapping exceptions a change
// fixes, the audit log, and the live catalogues (CatalogueFetch runs on this thread too).
// Every call is asynchronous; results come back as signals on the GUI thread. Changes are
// written as commands through JournalReader::sendCommand, never here.
class MappingsReader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsReader)
public:
    explicit MappingsReader(QString journalPath, QObject *parent = nullptr);
    ~MappingsReader() override; // stops and joins the thread

    void setConfig(const Config &config); // for the catalogue fetch and the preview
    bool hasConfig() const;

    void loadLatest();                                   // -> latestLoaded
    void loadVersions();                                 // -> versionsLoaded
    void diff(int from, int to);                         // -> diffReady
    void preview(const Mappings &mappings, int limit);   // -> previewReady
    void waitingGroups();                                // -> waitingGroupsLoaded
    void fixedBy(const QList<MappingChange> &changes);   // -> fixedByLoaded
    void audit(qint64 sinceMs, const QString &action, const QString &text); // -> auditLoaded
    void validate(const Mappings &mappings);             // -> validated

    struct WaitingGroup {
        QString key;           // the group key: the SKU, "product:17", "Item:X"
        QList<qint64> exceptionIds;
        QString example;       // one exception's message
    };

Q_SIGNALS:
    void latestLoaded(int version, const backroom::Mappings &mappings);
    void versionsLoaded(const QList<backroom::MappingVersion> &versions);
    void diffReady(int from, int to, const QList<backroom::MappingChange> &changes, const QByteArray &patch);
    void previewReady(const QList<backroom::PayloadPreview> &previews);
    void waitingGroupsLoaded(const QList<backroom::MappingsReader::WaitingGroup> &groups);
    void fixedByLoaded(const QList<qint64> &exceptionIds);
    void auditLoaded(const QList<backroom::AuditEntry> &entries, const QStringList &actions);
    void validated(const QList<backroom::ValidationFinding> &findings, const QStringList &errors);
    void failed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace backroom

Q_DECLARE_METATYPE(backroom::Mappings)
Q_DECLARE_METATYPE(backroom::MappingVersion)
Q_DECLARE_METATYPE(backroom::MappingChange)
Q_DECLARE_METATYPE(backroom::PayloadPreview)
Q_DECLARE_METATYPE(backroom::AuditEntry)
Q_DECLARE_METATYPE(backroom::ValidationFinding)
Q_DECLARE_METATYPE(backroom::MappingsReader::WaitingGroup)
