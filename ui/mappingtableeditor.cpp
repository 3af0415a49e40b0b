#include "ui/mappingtableeditor.h"

#include "models/mappingtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

MappingTableEditor::MappingTableEditor(const QString &name, MappingTableModel *model, bool withCsv, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(name + QStringLiteral("Editor"));
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(260);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    auto *add = new QPushButton(tr("&Add row"), this);
    add->setObjectName(name + QStringLiteral("Add"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(name + QStringLiteral("Remove"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(add);
    bar->addWidget(remove);
    if (withCsv) {
        auto *imp = new QPushButton(tr("&Import CSV…"), this);
        imp->setObjectName(name + QStringLiteral("Import"));
        auto *exp = new QPushButton(tr("E&xport CSV…"), this);
        exp->setObjectName(name + QStringLiteral("Export"));
        bar->addWidget(imp);
        bar->addWidget(exp);
        connect(imp, &QPushButton::clicked, this, &MappingTableEditor::importRequested);
        connect(exp, &QPushButton::clicked, this, &MappingTableEditor::exportRequested);
    }
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(bar);
    v->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, [this] { editRow(QString()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            rows << m_proxy->mapToSource(i).row();
        m_model->removeRowsAt(rows);
    });
}

void MappingTableEditor::editRow(const QString &from, const QString &to)
{
    int row = from.isEmpty() ? -1 : m_model->rowOf(from);
    if (row < 0) {
        m_filter->clear();
        row = m_model->addRow(from, to);
    }
    const int column = from.isEmpty() ? MappingTableModel::From : MappingTableModel::To;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

} // namespace backroom
