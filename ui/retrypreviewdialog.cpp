#include "ui/retrypreviewdialog.h"

#include "models/journalreader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom {

RetryPreviewDialog::RetryPreviewDialog(JournalReader *reader, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_count(int(ids.size()))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("retryPreviewDialog"));
    m_summary->setObjectName(QStringLiteral("retryPreviewSummary"));
    m_table->setObjectName(QStringLiteral("retryPreviewTable"));
    setWindowTitle(tr("Retry %n exception(s)", nullptr, m_count));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3 + 4);
    m_summary->setText(tr("Asking the ERP whether these orders are already there…"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Reference"), tr("What the retry will do")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Retry %n", nullptr, m_count));
    ok->setDefault(true);
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reader, &JournalReader::commandQueuedFor, this, &RetryPreviewDialog::onQueued);
    connect(reader, &JournalReader::commandFinished, this, &RetryPreviewDialog::onFinished);
    QJsonArray arr;
    for (qint64 id : ids)
        arr.append(id);
    m_request = reader->sendCommandTracked(QStringLiteral("preview_retry"), QJsonObject{{QStringLiteral("ids"), arr}});
    resize(620, 360);
}

void RetryPreviewDialog::onQueued(quint64 requestId, qint64 commandId)
{
    if (requestId == m_request)
        m_command = commandId;
}

void RetryPreviewDialog::onFinished(qint64 commandId, bool ok, const QString &result)
{
    if (commandId != m_command || m_command == 0)
        return;
    m_answered = true;
    if (!ok) {
        m_summary->setText(tr("The ERP could not be asked (%1). A retry still looks the order up before it creates anything.").arg(result));
    } else {
        show(parseRetryPreview(result));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void RetryPreviewDialog::show(const QList<RetryPreviewItem> &items)
{
    m_items = items;
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const RetryPreviewItem &i = items.at(r);
        QString what;
        if (i.action == QLatin1String("link"))
            what = tr("Links the existing sales order %1 — creates nothing").arg(i.existing);
        else if (i.action == QLatin1String("create"))
            what = tr("Creates a new sales order (none with this reference in the ERP)");
        else if (i.action == QLatin1String("none"))
            what = tr("Nothing to create: %1").arg(i.note);
        else
            what = tr("Not checked: %1").arg(i.note);
        m_table->setItem(r, 0, new QTableWidgetItem(i.number));
        m_table->setItem(r, 1, new QTableWidgetItem(i.reference));
        m_table->setItem(r, 2, new QTableWidgetItem(what));
    }
    bool anyReference = false;
    for (const RetryPreviewItem &i : items)
        anyReference = anyReference || !i.reference.isEmpty();
    m_table->setColumnHidden(1, !anyReference);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_summary->setText(summaryText());
}

QString RetryPreviewDialog::summaryText() const
{
    int link = 0, create = 0, unknown = 0;
    for (const RetryPreviewItem &i : m_items) {
        link += i.action == QLatin1String("link");
        create += i.action == QLatin1String("create");
        unknown += i.action == QLatin1String("unknown");
    }
    QStringList lines;
    lines << tr("Already in the ERP (linked, nothing created): %1").arg(link);
    lines << tr("New sales orders to create: %1").arg(create);
    if (unknown > 0)
        lines << tr("Not checked now (the engine looks each one up again before creating it): %1").arg(unknown);
    return lines.join(QLatin1Char('\n'));
}

} // namespace backroom
