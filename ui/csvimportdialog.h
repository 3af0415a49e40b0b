#pragma once

#include "sync/mapping/mappingjson.h"
#include "sync/mapping/skucsv.h"

#include <QDialog>

class QLabel;
class QTableView;
class QDialogButtonBox;

namespace backroom {

class TextRowsModel;

// Preview of a SKU crosswalk CSV import: the rows it adds, changes and removes, or every bad
// line with its number (then nothing can be imported). Accepting replaces the crosswalk in
// the editor; saving is still the editor's own step.
class CsvImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)
public:
    CsvImportDialog(const QString &fileName, const SkuCsvImport &parsed, const QMap<QString, QString> &current,
                    QWidget *parent = nullptr);

    QMap<QString, QString> crosswalk() const { return m_rows; }
    int changeCount() const { return m_changes; }

private:
    QMap<QString, QString> m_rows;
    int m_changes = 0;
    QLabel *m_summary;
    QTableView *m_table;
    TextRowsModel *m_model;
    QDialogButtonBox *m_buttons;
};

} // namespace backroom
