#pragma once

#include "sync/config/config.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QMainWindow;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace backroom {

class AuditPanel;
class JournalReader;
class MappingTableEditor;
class MappingTableModel;
class MappingsReader;
class PreviewPanel;
class StatusMapPanel;
class TextRowsModel;
class ValidationPanel;
class VersionsPanel;

// The mapping editors (DESIGN.md §9): status, SKU crosswalk (CSV import/export), payment,
// shipping and tax tables; validation, payload preview, versions with diff and rollback, and
// the audit log. The editors work on a copy of the latest version and save it through one
// "mapping" command; when the change fixes open mapping exceptions (their group key is a SKU
// now mapped), "Save and retry" also queues one retry command over exactly those exceptions.
class MappingsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsView)
public:
    MappingsView(JournalReader *journal, QWidget *parent = nullptr);
    ~MappingsView() override;

    // Adds the view to the main window's sidebar and pages.
    static MappingsView *install(QListWidget *sidebar, QStackedWidget *pages, JournalReader *journal);
    // Gives the view of `window` the configuration (catalogue validation, preview).
    static void configure(QMainWindow *window, const Config &config);

    void setConfig(const Config &config);
    void reload();
    bool isModified() const { return m_modified; }
    Mappings editedMappings() const;
    MappingsReader *reader() const { return m_reader; }
    // Adds or opens the crosswalk row of `sku` and asks for its ERP item code.
    void mapSku(const QString &sku);

Q_SIGNALS:
    void saved(int version);

private:
    void buildEditors();
    void onEdited();
    void save(bool retryGroup);
    void setLatest(int version, const Mappings &mappings);
    void importCsv();
    void exportCsv();
    void updateBanner();

    JournalReader *m_journal;
    MappingsReader *m_reader;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QLabel *m_banner;
    QPushButton *m_save;
    QPushButton *m_saveRetry;
    QPushButton *m_revert;
    TextRowsModel *m_waitingModel;
    QTableView *m_waiting;
    QTimer *m_fixedTimer;
    MappingTableEditor *m_sku = nullptr;
    StatusMapPanel *m_statusMap = nullptr;
    QList<QPair<QString, MappingTableModel *>> m_tables; // table name -> model
    ValidationPanel *m_validation = nullptr;
    PreviewPanel *m_preview = nullptr;
    VersionsPanel *m_versions = nullptr;
    AuditPanel *m_audit = nullptr;
    Mappings m_base;
    int m_baseVersion = 0;
    bool m_modified = false;
    QList<qint64> m_fixable;          // open exceptions the edited mappings fix
    QList<qint64> m_retryAfterSave;   // exception ids to retry once the save is done
    bool m_awaitingSave = false;
    qint64 m_saveCommand = 0;
    qint64 m_retryCommand = 0;
};

} // namespace backroom
