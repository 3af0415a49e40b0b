#include "ui/mappingspanels.h"

#include "models/mappingtablemodel.h"
#include "sync/engine/auditexport.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace backroom {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString kindText(ValidationFinding::Kind k)
{
    switch (k) {
    case ValidationFinding::Kind::UnmappedSku: return ValidationPanel::tr("unmapped SKU");
    case ValidationFinding::Kind::EmptySku: return ValidationPanel::tr("empty SKU");
    case ValidationFinding::Kind::DuplicateSku: return ValidationPanel::tr("duplicate SKU");
    case ValidationFinding::Kind::UnknownErpItem: return ValidationPanel::tr("ERP item missing");
    case ValidationFinding::Kind::DisabledErpItem: return ValidationPanel::tr("ERP item disabled");
    }
    return {};
}

} // namespace

ValidationPanel::ValidationPanel(MappingsReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_model(new TextRowsModel({tr("Finding"), tr("Key"), tr("Orders"), tr("What to do")}, this))
    , m_view(makeTable(this, QStringLiteral("validationTable"), m_model))
    , m_status(new QLabel(tr("Compares the mappings with the live WooCommerce and ERP catalogues and the SKUs sold."), this))
    , m_run(new QPushButton(tr("&Validate against the live catalogues"), this))
{
    setObjectName(QStringLiteral("validationPanel"));
    m_run->setObjectName(QStringLiteral("validateButton"));
    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_run);
    auto *v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(m_view, 1);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_run->setEnabled(false);
        m_status->setText(tr("Reading the catalogues…"));
        Q_EMIT validateRequested();
    });
    connect(reader, &MappingsReader::validated, this, &ValidationPanel::show);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const ValidationFinding &f = m_findings.at(i.row());
        if (f.kind == ValidationFinding::Kind::UnmappedSku || f.kind == ValidationFinding::Kind::EmptySku)
            Q_EMIT mapRequested(f.key);
    });
}

void ValidationPanel::show(const QList<ValidationFinding> &findings, const QStringList &errors)
{
    m_run->setEnabled(true);
    m_findings = findings;
    QList<QStringList> rows;
    for (const ValidationFinding &f : findings)
        rows << QStringList{kindText(f.kind), f.key, f.orders ? QString::number(f.orders) : QString(), f.detail};
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    QString text = findings.isEmpty() ? tr("No problems found.") : tr("%n finding(s). Double-click an unmapped SKU to map it.", nullptr, int(findings.size()));
    if (!errors.isEmpty())
        text += QLatin1Char(' ') + tr("Not read: %1").arg(errors.join(QLatin1String("; ")));
    m_status->setText(text);
}

PreviewPanel::PreviewPanel(MappingsReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_model(new TextRowsModel({tr("Order"), tr("Store"), tr("Customer"), tr("Result")}, this))
    , m_view(makeTable(this, QStringLiteral("previewTable"), m_model))
    , m_payload(new QPlainTextEdit(this))
    , m_status(new QLabel(tr("What the ERP would receive for the 50 most recent orders under the mappings being edited (nothing is sent)."), this))
{
    setObjectName(QStringLiteral("previewPanel"));
    m_payload->setObjectName(QStringLiteral("previewPayload"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFont(QStringLiteral("monospace")));
    m_status->setWordWrap(true);
    auto *run = new QPushButton(tr("&Preview"), this);
    run->setObjectName(QStringLiteral("previewButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(run);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(m_payload);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(split, 1);
    connect(run, &QPushButton::clicked, this, &PreviewPanel::previewRequested);
    connect(reader, &MappingsReader::previewReady, this, &PreviewPanel::show);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) { select(i.row()); });
}

void PreviewPanel::show(const QList<PayloadPreview> &previews)
{
    m_previews = previews;
    QList<QStringList> rows;
    int ok = 0;
    for (const PayloadPreview &p : previews) {
        ok += p.problems.isEmpty() ? 1 : 0;
        rows << QStringList{QStringLiteral("#") + p.number, p.storeId,
                            p.newCustomer ? tr("%1 (new)").arg(p.customer) : p.customer,
                            p.problems.isEmpty() ? tr("would be sent") : p.problems.join(QLatin1Char(' '))};
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    m_status->setText(tr("%1 of %2 recent orders would be sent; the others would become exceptions.").arg(ok).arg(previews.size()));
    if (!previews.isEmpty())
        m_view->selectRow(0);
}

void PreviewPanel::select(int row)
{
    if (row < 0 || row >= m_previews.size())
        return m_payload->clear();
    const PayloadPreview &p = m_previews.at(row);
    m_payload->setPlainText(p.problems.isEmpty() ? QString::fromUtf8(QJsonDocument(p.payload).toJson(QJsonDocument::Indented))
                                                 : p.problems.join(QLatin1Char('\n')));
}

VersionsPanel::VersionsPanel(MappingsReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new TextRowsModel({tr("Version"), tr("Saved"), tr("By"), tr("What")}, this))
    , m_view(makeTable(this, QStringLiteral("versionsTable"), m_model))
    , m_diff(new QPlainTextEdit(this))
    , m_diffButton(new QPushButton(tr("&Diff"), this))
    , m_rollback(new QPushButton(tr("&Roll back to this version…"), this))
{
    setObjectName(QStringLiteral("versionsPanel"));
    m_diff->setObjectName(QStringLiteral("versionsDiff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFont(QStringLiteral("monospace")));
    m_diff->setPlaceholderText(tr("Select one version to compare it with the one before, or two to compare them."));
    m_diffButton->setObjectName(QStringLiteral("versionsDiffButton"));
    m_rollback->setObjectName(QStringLiteral("versionsRollback"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_diffButton);
    bar->addWidget(m_rollback);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_diff);
    auto *v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(split, 1);
    connect(reader, &MappingsReader::versionsLoaded, this, [this](const QList<MappingVersion> &versions) {
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const MappingVersion &mv : versions) {
            rows << QStringList{QString::number(mv.version), when(mv.createdMs), mv.actor, mv.note};
            ids << mv.version;
        }
        m_model->setRows(rows, ids);
        m_view->resizeColumnsToContents();
    });
    connect(m_diffButton, &QPushButton::clicked, this, [this] {
        const QList<int> v = selectedVersions();
        if (v.size() == 1 && v.first() > 1)
            m_reader->diff(v.first() - 1, v.first());
        else if (v.size() >= 2)
            m_reader->diff(v.last(), v.first());
    });
    connect(reader, &MappingsReader::diffReady, this,
            [this](int from, int to, const QList<MappingChange> &changes, const QByteArray &patch) {
                QString text = tr("Version %1 → %2: %n change(s)", nullptr, int(changes.size())).arg(from).arg(to) + QLatin1Char('\n');
                for (const MappingChange &c : changes)
                    text += QStringLiteral("%1 %2.%3: %4 → %5\n").arg(mappingChangeKindName(c.kind), c.table, c.key, c.before, c.after);
                text += QLatin1Char('\n') + tr("JSON patch (RFC 6902):") + QLatin1Char('\n') + QString::fromUtf8(patch);
                m_diff->setPlainText(text);
            });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const QList<int> v = selectedVersions();
        if (v.size() != 1)
            return;
        if (QMessageBox::question(this, tr("Roll back the mappings"),
                                  tr("Save a new version equal to version %1? The engine uses it for every order it sends from now on.")
                                      .arg(v.first()))
            == QMessageBox::Yes)
            Q_EMIT rollbackRequested(v.first());
    });
}

void VersionsPanel::reload()
{
    m_reader->loadVersions();
}

QList<int> VersionsPanel::selectedVersions() const
{
    QList<int> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out << int(m_model->idAt(i.row()));
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

AuditPanel::AuditPanel(MappingsReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new TextRowsModel({tr("When"), tr("Who"), tr("Action"), tr("Target"), tr("Before"), tr("After")}, this))
    , m_view(makeTable(this, QStringLiteral("auditTable"), m_model))
    , m_since(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Who, target or change contains…"));
    m_text->setClearButtonEnabled(true);
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last 24 hours"), 86400);
    m_since->addItem(tr("Last 7 days"), 7 * 86400);
    m_since->addItem(tr("All"), 0);
    m_since->setCurrentIndex(3);
    m_action->addItem(tr("All actions"), QString());
    auto *exp = new QPushButton(tr("Export &CSV…"), this);
    exp->setObjectName(QStringLiteral("auditExport"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_since);
    bar->addWidget(m_action);
    bar->addWidget(m_text, 1);
    bar->addWidget(exp);
    auto *v = new QVBoxLayout(this);
    v->addLayout(bar);
    v->addWidget(m_view, 1);
    v->addWidget(m_status);
    connect(m_since, &QComboBox::currentIndexChanged, this, &AuditPanel::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPanel::reload);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPanel::reload);
    connect(exp, &QPushButton::clicked, this, &AuditPanel::exportCsv);
    connect(reader, &MappingsReader::auditLoaded, this, [this](const QList<AuditEntry> &entries, const QStringList &actions) {
        m_entries = entries;
        QList<QStringList> rows;
        for (const AuditEntry &e : entries)
            rows << QStringList{when(e.atMs), e.actor, e.action, e.target, e.before,
                                QString(e.after).replace(QLatin1Char('\n'), QLatin1String(" · "))};
        m_model->setRows(rows);
        m_view->resizeColumnsToContents();
        const QString current = m_action->currentData().toString();
        const QSignalBlocker block(m_action);
        for (const QString &a : actions) {
            if (m_action->findData(a) < 0)
                m_action->addItem(a, a);
        }
        m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
        m_status->setText(tr("%n audit entries", nullptr, int(entries.size())));
    });
}

void AuditPanel::reload()
{
    const qint64 span = m_since->currentData().toLongLong();
    const qint64 since = span > 0 ? QDateTime::currentMSecsSinceEpoch() - span * 1000 : 0;
    m_reader->audit(since, m_action->currentData().toString(), m_text->text().trimmed());
}

void AuditPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    const QByteArray data = auditCsv(m_entries);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        QMessageBox::warning(this, tr("Export the audit log"), tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace backroom
