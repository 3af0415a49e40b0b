#include "ui/passportdialog.h"

#include "models/passportmodel.h"
#include "ui/emptystate.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace backroom {

PassportDialog::PassportDialog(JournalReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_model(new PassportModel(reader, this))
    , m_title(new QLabel(this))
    , m_erp(new QLabel(this))
    , m_timeline(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("passportDialog"));
    m_title->setObjectName(QStringLiteral("passportTitle"));
    m_erp->setObjectName(QStringLiteral("passportErp"));
    m_timeline->setObjectName(QStringLiteral("passportTimeline"));
    m_detail->setObjectName(QStringLiteral("passportDetail"));
    setWindowTitle(tr("Order passport"));
    resize(1100, 680);

    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_erp->setTextFormat(Qt::RichText);
    m_erp->setOpenExternalLinks(true);
    m_erp->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_timeline->setModel(m_model);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->verticalHeader()->hide();
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an entry to see its request and response, the fields that changed, or the command's before and after."));
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timeline);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_empty = new EmptyState(split, QStringLiteral("passportEmpty"), this);
    m_empty->setEmpty(true, tr("Loading the order's history…"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_erp);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);

    connect(m_model, &PassportModel::loaded, this, &PassportDialog::onLoaded);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PassportDialog::showDetail);
}

void PassportDialog::load(qint64 orderKey)
{
    m_title->setText(tr("Order passport"));
    m_erp->clear();
    m_detail->clear();
    m_empty->setEmpty(true, tr("Loading the order's history…"));
    m_model->load(orderKey);
}

void PassportDialog::setErpBaseUrl(const QString &url)
{
    m_erpBaseUrl = url;
}

QString PassportDialog::detailText() const
{
    return m_detail->toPlainText();
}

QString PassportDialog::erpText() const
{
    return m_erp->text();
}

void PassportDialog::onLoaded()
{
    if (!m_model->found()) {
        m_title->setText(tr("Order passport"));
        m_empty->setEmpty(true, tr("This order is not in the journal (it may belong to another data directory)."));
        return;
    }
    m_title->setText(tr("Order #%1 — store %2").arg(m_model->number(), m_model->store()));
    setWindowTitle(tr("Order #%1 — passport").arg(m_model->number()));
    const QString ref = m_model->erpRef();
    if (ref.isEmpty()) {
        m_erp->setText(tr("Not in the ERP yet."));
    } else if (m_erpBaseUrl.isEmpty()) {
        m_erp->setText(tr("ERP document: <b>%1</b>").arg(ref.toHtmlEscaped()));
    } else {
        QString base = m_erpBaseUrl;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const QString url = base + QStringLiteral("/app/sales-order/") + QString::fromUtf8(QUrl::toPercentEncoding(ref));
        m_erp->setText(tr("ERP document: <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), ref.toHtmlEscaped()));
    }
    m_empty->setEmpty(m_model->rowCount() == 0, tr("Nothing has happened to this order yet."));
    m_timeline->resizeColumnsToContents();
    m_timeline->horizontalHeader()->setSectionResizeMode(PassportModel::Summary, QHeaderView::Stretch);
    if (m_model->rowCount() > 0) {
        // The most recent entry first in view, selected: its detail is usually what was asked for.
        m_timeline->selectRow(m_model->rowCount() - 1);
        m_timeline->scrollToBottom();
    }
}

void PassportDialog::showDetail()
{
    const QModelIndex i = m_timeline->selectionModel()->currentIndex();
    m_detail->setPlainText(i.isValid() ? i.siblingAtColumn(0).data(PassportModel::DetailRole).toString() : QString());
}

} // namespace backroom
