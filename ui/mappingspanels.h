#pragma once

#include "models/mappingsreader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace backroom {

class TextRowsModel;

// The read-only panels of the mapping editors: validation against the live catalogues, the
// payload preview over recent orders, the version list with diff and rollback, and the audit
// log. Each reads through MappingsReader (off the GUI thread) and asks its owner for writes.

class ValidationPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationPanel)
public:
    ValidationPanel(MappingsReader *reader, QWidget *parent = nullptr);
Q_SIGNALS:
    void validateRequested();
    void mapRequested(const QString &sku); // a finding double-clicked: map this SKU
private:
    void show(const QList<ValidationFinding> &findings, const QStringList &errors);
    TextRowsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_run;
    QList<ValidationFinding> m_findings;
};

class PreviewPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)
public:
    PreviewPanel(MappingsReader *reader, QWidget *parent = nullptr);
Q_SIGNALS:
    void previewRequested();
private:
    void show(const QList<PayloadPreview> &previews);
    void select(int row);
    TextRowsModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_payload;
    QLabel *m_status;
    QList<PayloadPreview> m_previews;
};

class VersionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsPanel)
public:
    VersionsPanel(MappingsReader *reader, QWidget *parent = nullptr);
    void reload();
Q_SIGNALS:
    void rollbackRequested(int version);
private:
    QList<int> selectedVersions() const;
    MappingsReader *m_reader;
    TextRowsModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_diff;
    QPushButton *m_diffButton;
    QPushButton *m_rollback;
};

class AuditPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)
public:
    AuditPanel(MappingsReader *reader, QWidget *parent = nullptr);
    void reload();
private:
    void exportCsv();
    MappingsReader *m_reader;
    TextRowsModel *m_model;
    QTableView *m_view;
    QComboBox *m_since;
    QComboBox *m_action;
    QLineEdit *m_text;
    QLabel *m_status;
    QList<AuditEntry> m_entries;
};

} // namespace backroom
