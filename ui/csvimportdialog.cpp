#include "ui/csvimportdialog.h"

#include "models/mappingtablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

CsvImportDialog::CsvImportDialog(const QString &fileName, const SkuCsvImport &parsed, const QMap<QString, QString> &current,
                                 QWidget *parent)
    : QDialog(parent)
    , m_rows(parsed.rows)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new TextRowsModel({}, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import SKU crosswalk — %1").arg(fileName));
    m_summary->setObjectName(QStringLiteral("csvImportSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("csvImportTable"));
    m_buttons->setObjectName(QStringLiteral("csvImportButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace the crosswalk"));

    if (!parsed.ok()) {
        delete m_model;
        m_model = new TextRowsModel({tr("Line"), tr("Problem")}, this);
        QList<QStringList> rows;
        for (const CsvLineError &e : parsed.errors)
            rows << QStringList{QString::number(e.line), e.message.section(QStringLiteral(": "), 1)};
        m_model->setRows(rows);
        m_summary->setText(tr("%n line(s) of the file are bad, so nothing can be imported. Correct them and import again.",
                              nullptr, int(parsed.errors.size())));
        m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        Mappings before, after;
        before.sku = current;
        after.sku = parsed.rows;
        const QList<MappingChange> changes = mappingChanges(before, after);
        m_changes = int(changes.size());
        delete m_model;
        m_model = new TextRowsModel({tr("Change"), tr("WooCommerce SKU"), tr("Was"), tr("Becomes")}, this);
        QList<QStringList> rows;
        int counts[3] = {0, 0, 0};
        for (const MappingChange &c : changes) {
            ++counts[int(c.kind)];
            const QString kind = c.kind == MappingChange::Kind::Added ? tr("added")
                : c.kind == MappingChange::Kind::Changed              ? tr("changed")
                                                                      : tr("removed");
            rows << QStringList{kind, c.key, c.before, c.after};
        }
        m_model->setRows(rows);
        m_summary->setText(tr("%1 rows in the file: %2 added, %3 changed, %4 removed.")
                               .arg(parsed.rows.size()).arg(counts[0]).arg(counts[1]).arg(counts[2]));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!changes.isEmpty());
    }
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->resizeColumnsToContents();

    auto *v = new QVBoxLayout(this);
    v->addWidget(m_summary);
    v->addWidget(m_table, 1);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
}

} // namespace backroom
