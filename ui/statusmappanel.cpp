#include "ui/statusmappanel.h"

#include "models/mappingtablemodel.h"
#include "sync/mapping/statusmap.h"
#include "ui/mappingtableeditor.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom {

namespace {
QWidget *column(const QString &title, const QString &help, MappingTableEditor *editor, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    auto *t = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), w);
    auto *h = new QLabel(help, w);
    h->setWordWrap(true);
    v->addWidget(t);
    v->addWidget(h);
    v->addWidget(editor, 1);
    return w;
}
} // namespace

StatusMapPanel::StatusMapPanel(MappingTableModel *status, MappingTableModel *erpStatus, QWidget *parent)
    : QWidget(parent)
    , m_erpStatus(erpStatus)
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("statusPage"));
    auto *split = new QSplitter(this);
    m_statusEditor = new MappingTableEditor(QStringLiteral("status"), status, false, split);
    m_erpEditor = new MappingTableEditor(QStringLiteral("erpStatus"), erpStatus, false, split);
    split->addWidget(column(tr("WooCommerce → ERP"),
                            tr("What a WooCommerce order status does with the ERP sales order: sync (post it), "
                               "ignore, or cancel (cancel it once it is in the ERP). \"cancelled\" cancels unless "
                               "named here; other statuses follow the store's order_statuses."),
                            m_statusEditor, split));
    split->addWidget(column(tr("ERP → WooCommerce"),
                            tr("The WooCommerce status to set for an ERP sales order state: the ERP's own word "
                               "(ERPNext: To Bill, Completed, Closed, Cancelled; Tryton: done, cancelled) or one of "
                               "%1. A delivered order the map does not name gets order_flows.delivered_status.")
                                .arg(erpStateKeys().join(QLatin1String(", "))),
                            m_erpEditor, split));
    m_problems->setObjectName(QStringLiteral("statusMapProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *v = new QVBoxLayout(this);
    v->addWidget(split, 1);
    v->addWidget(m_problems);
}

void StatusMapPanel::setEdited(const Mappings &m)
{
    m_erpStatus->setAllowedValues(knownWooStatuses(m));
    m_errors.clear();
    QStringList lines;
    for (const StatusMapProblem &p : statusMapErrors(m)) {
        m_errors << p.line();
        lines << tr("Refused — %1").arg(p.line());
    }
    for (const StatusMapProblem &p : statusMapWarnings(m))
        lines << tr("Check — %1").arg(p.line());
    m_problems->setText(lines.isEmpty() ? tr("Both directions are valid.") : lines.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(m_errors.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
    m_erpEditor->view()->viewport()->update();
}

} // namespace backroom
