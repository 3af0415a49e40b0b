#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace backroom {

class MappingTableModel;

// One mapping table in the console: a filterable QTableView over a MappingTableModel with
// Add and Remove (and, for the SKU crosswalk, CSV import and export, which the owner handles).
class MappingTableEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTableEditor)
public:
    MappingTableEditor(const QString &name, MappingTableModel *model, bool withCsv, QWidget *parent = nullptr);

    MappingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Adds (or finds) the row of `from`, selects it and opens its "to" cell for editing.
    void editRow(const QString &from, const QString &to = {});

Q_SIGNALS:
    void importRequested();
    void exportRequested();

private:
    MappingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
};

} // namespace backroom
