#include "ui/mappingsview.h"

#include "models/journalreader.h"
#include "models/mappingsreader.h"
#include "models/mappingtablemodel.h"
#include "sync/engine/mappingcommands.h"
#include "sync/mapping/skucsv.h"
#include "ui/csvimportdialog.h"
#include "ui/mappingspanels.h"
#include "ui/mappingtableeditor.h"
#include "ui/statusmappanel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace backroom {

MappingsView::MappingsView(JournalReader *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_reader(new MappingsReader(journal->journalPath(), this))
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_saveRetry(new QPushButton(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_waitingModel(new TextRowsModel({tr("Waiting on"), tr("Orders"), tr("Problem")}, this))
    , m_waiting(new QTableView(this))
    , m_fixedTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mappingsView"));
    m_tabs->setObjectName(QStringLiteral("mappingsTabs"));
    m_title->setObjectName(QStringLiteral("mappingsTitle"));
    m_banner->setObjectName(QStringLiteral("mappingsBanner"));
    m_save->setObjectName(QStringLiteral("mappingsSave"));
    m_saveRetry->setObjectName(QStringLiteral("mappingsSaveRetry"));
    m_revert->setObjectName(QStringLiteral("mappingsRevert"));
    m_waiting->setObjectName(QStringLiteral("mappingsWaiting"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    m_title->setFont(tf);
    m_banner->setWordWrap(true);
    m_saveRetry->setVisible(false);
    m_saveRetry->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_waiting->setModel(m_waitingModel);
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->verticalHeader()->hide();
    m_waiting->horizontalHeader()->setStretchLastSection(true);
    m_fixedTimer->setSingleShot(true);
    m_fixedTimer->setInterval(250);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_revert);
    top->addWidget(m_save);
    top->addWidget(m_saveRetry);
    auto *waitingBox = new QGroupBox(tr("Orders waiting on a mapping (double-click to map the SKU)"), this);
    waitingBox->setVisible(false);
    auto *wv = new QVBoxLayout(waitingBox);
    wv->addWidget(m_waiting);
    auto *v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(m_banner);
    v->addWidget(waitingBox);
    v->addWidget(m_tabs, 1);
    buildEditors();

    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveRetry, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_modified = false;
        setLatest(m_baseVersion, m_base);
    });
    connect(m_fixedTimer, &QTimer::timeout, this, [this] { m_reader->fixedBy(mappingChanges(m_base, editedMappings())); });
    connect(m_reader, &MappingsReader::fixedByLoaded, this, [this](const QList<qint64> &ids) {
        m_fixable = m_modified ? ids : QList<qint64>();
        updateBanner();
    });
    connect(m_reader, &MappingsReader::latestLoaded, this, &MappingsView::setLatest);
    connect(m_reader, &MappingsReader::waitingGroupsLoaded, this, [this](const QList<MappingsReader::WaitingGroup> &groups) {
        QList<QStringList> rows;
        for (const auto &g : groups)
            rows << QStringList{g.key, QString::number(g.exceptionIds.size()), g.example};
        m_waitingModel->setRows(rows);
        m_waiting->resizeColumnsToContents();
        // Only when something waits; sized to its rows (up to five, then it scrolls).
        m_waiting->parentWidget()->setVisible(!rows.isEmpty());
        const int shown = int(std::min<qsizetype>(rows.size(), 5));
        m_waiting->setFixedHeight(m_waiting->horizontalHeader()->height() + shown * m_waiting->verticalHeader()->defaultSectionSize()
                                  + 2 * m_waiting->frameWidth());
    });
    connect(m_waiting, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        QString key = m_waitingModel->rowAt(i.row()).value(0);
        if (key.startsWith(QLatin1String("Item:")))
            key = key.mid(5);
        mapSku(key);
    });
    connect(m_reader, &MappingsReader::failed, this, [this](const QString &message) {
        m_banner->setText(message);
        m_banner->setStyleSheet(QStringLiteral("color: #c62828;"));
    });
    connect(m_journal, &JournalReader::commandQueued, this, [this](qint64 id) {
        if (m_awaitingSave && m_saveCommand == 0)
            m_saveCommand = id;
        else if (!m_retryAfterSave.isEmpty() && m_retryCommand == -1)
            m_retryCommand = id;
    });
    connect(m_journal, &JournalReader::commandFinished, this, [this](qint64 id, bool ok, const QString &result) {
        if (id == m_saveCommand) {
            m_awaitingSave = false;
            m_saveCommand = 0;
            m_banner->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
            m_banner->setText(ok ? tr("Saved: %1").arg(result) : tr("Not saved: %1").arg(result));
            if (ok) {
                m_modified = false;
                if (!m_retryAfterSave.isEmpty()) {
                    QJsonArray ids;
                    for (qint64 e : std::as_const(m_retryAfterSave))
                        ids.append(e);
                    m_retryCommand = -1;
                    m_journal->sendCommand(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), ids}});
                } else {
                    m_retryAfterSave.clear();
                }
            } else {
                m_retryAfterSave.clear();
            }
            reload();
        } else if (id == m_retryCommand) {
            m_retryCommand = 0;
            m_retryAfterSave.clear();
            m_banner->setText(m_banner->text() + QLatin1Char(' ') + (ok ? tr("Retry: %1.").arg(result) : tr("Retry failed: %1").arg(result)));
            reload();
        }
    });
    reload();
}

MappingsView::~MappingsView() = default;

MappingsView *MappingsView::install(QListWidget *sidebar, QStackedWidget *pages, JournalReader *journal)
{
    auto *view = new MappingsView(journal, pages);
    sidebar->addItem(tr("Mappings"));
    pages->addWidget(view);
    QObject::connect(pages, &QStackedWidget::currentChanged, view, [view, pages](int index) {
        if (pages->widget(index) == view)
            view->reload();
    });
    return view;
}

void MappingsView::configure(QMainWindow *window, const Config &config)
{
    if (auto *view = window->findChild<MappingsView *>())
        view->setConfig(config);
}

void MappingsView::setConfig(const Config &config)
{
    m_reader->setConfig(config);
}

void MappingsView::buildEditors()
{
    auto add = [this](const QString &table, const QString &from, const QString &to) {
        auto *model = new MappingTableModel(from, to, this);
        m_tables.append({table, model});
        connect(model, &MappingTableModel::edited, this, &MappingsView::onEdited);
        return model;
    };
    m_sku = new MappingTableEditor(QStringLiteral("sku"), add(QStringLiteral("sku"), tr("WooCommerce SKU"), tr("ERP item code")), true, this);
    m_tabs->addTab(m_sku, tr("SKU crosswalk"));
    connect(m_sku, &MappingTableEditor::importRequested, this, &MappingsView::importCsv);
    connect(m_sku, &MappingTableEditor::exportRequested, this, &MappingsView::exportCsv);

    MappingTableModel *status = add(QStringLiteral("status"), tr("WooCommerce status"), tr("Action (sync, ignore, cancel)"));
    status->setAllowedValues(statusActions());
    m_statusMap = new StatusMapPanel(status, add(QStringLiteral("erp_status"), tr("ERP order state"), tr("WooCommerce status")), this);
    m_tabs->addTab(m_statusMap, tr("Order status"));
    m_tabs->addTab(new MappingTableEditor(QStringLiteral("payment"),
                                          add(QStringLiteral("payment"), tr("WooCommerce payment method"), tr("ERP mode of payment")),
                                          false, this),
                   tr("Payment"));
    m_tabs->addTab(new MappingTableEditor(QStringLiteral("shipping"),
                                          add(QStringLiteral("shipping"), tr("WooCommerce shipping method"), tr("ERP account of the charge")),
                                          false, this),
                   tr("Shipping"));
    m_tabs->addTab(new MappingTableEditor(QStringLiteral("tax"),
                                          add(QStringLiteral("tax"), tr("WooCommerce tax rate code"), tr("ERP tax account")), false, this),
                   tr("Tax"));

    m_validation = new ValidationPanel(m_reader, this);
    m_preview = new PreviewPanel(m_reader, this);
    m_versions = new VersionsPanel(m_reader, this);
    m_audit = new AuditPanel(m_reader, this);
    m_tabs->addTab(m_validation, tr("Validation"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    connect(m_validation, &ValidationPanel::validateRequested, this, [this] { m_reader->validate(editedMappings()); });
    connect(m_validation, &ValidationPanel::mapRequested, this, &MappingsView::mapSku);
    connect(m_preview, &PreviewPanel::previewRequested, this, [this] { m_reader->preview(editedMappings(), 50); });
    connect(m_versions, &VersionsPanel::rollbackRequested, this, [this](int version) {
        m_awaitingSave = true;
        m_saveCommand = 0;
        m_retryAfterSave.clear();
        m_modified = false;
        m_journal->sendCommand(QStringLiteral("mapping"), QJsonObject{{QStringLiteral("rollback"), version}});
    });
}

Mappings MappingsView::editedMappings() const
{
    Mappings m;
    for (const auto &t : m_tables)
        *mappingTable(m, t.first) = t.second->toMap();
    return m;
}

void MappingsView::reload()
{
    m_reader->loadLatest();
    m_reader->waitingGroups();
    m_versions->reload();
    m_audit->reload();
}

void MappingsView::setLatest(int version, const Mappings &mappings)
{
    if (m_modified) {
        if (version != m_baseVersion)
            m_title->setText(tr("Mappings — editing version %1 (version %2 was saved meanwhile)").arg(m_baseVersion).arg(version));
        return;
    }
    m_base = mappings;
    m_baseVersion = version;
    for (const auto &t : m_tables)
        t.second->setMap(*mappingTable(mappings, t.first));
    m_statusMap->setEdited(mappings);
    m_title->setText(version == 0 ? tr("Mappings — no version yet") : tr("Mappings — version %1").arg(version));
    m_fixable.clear();
    updateBanner();
}

void MappingsView::onEdited()
{
    m_modified = editedMappings() != m_base;
    m_statusMap->setEdited(editedMappings());
    m_fixedTimer->start();
    updateBanner();
}

void MappingsView::updateBanner()
{
    m_save->setEnabled(m_modified && !m_awaitingSave);
    m_revert->setEnabled(m_modified);
    m_saveRetry->setVisible(m_modified && !m_fixable.isEmpty());
    m_saveRetry->setEnabled(!m_awaitingSave);
    m_saveRetry->setText(tr("Save and &retry %n order(s)", nullptr, int(m_fixable.size())));
    if (m_modified) {
        const QString title = tr("Mappings — version %1, modified").arg(m_baseVersion);
        m_title->setText(title);
        if (!m_fixable.isEmpty()) {
            m_banner->setStyleSheet(QString());
            m_banner->setText(tr("This change fixes %n order(s) waiting on a mapping: save and retry them in one step.",
                                 nullptr, int(m_fixable.size())));
        }
    }
}

void MappingsView::mapSku(const QString &sku)
{
    m_tabs->setCurrentWidget(m_sku);
    m_sku->editRow(sku);
}

void MappingsView::save(bool retryGroup)
{
    QStringList problems;
    for (const auto &t : m_tables)
        problems << t.second->problems();
    if (problems.isEmpty())
        problems << m_statusMap->errors(); // both directions of the status map
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Mappings not saved"), tr("Correct these rows first:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    const QList<MappingChange> changes = mappingChanges(m_base, editedMappings());
    m_retryAfterSave = retryGroup ? m_fixable : QList<qint64>();
    m_awaitingSave = true;
    m_saveCommand = 0;
    m_retryCommand = 0;
    updateBanner();
    m_banner->setText(tr("Saving…"));
    m_journal->sendCommand(QStringLiteral("mapping"),
                           mappingCommandArgs(editedMappings(), tr("%n change(s) in the console", nullptr, int(changes.size())), m_baseVersion));
}

void MappingsView::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the SKU crosswalk"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import the SKU crosswalk"), tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    MappingTableModel *model = m_sku->model();
    CsvImportDialog dialog(QFileInfo(path).fileName(), parseSkuCsv(f.readAll()), model->toMap(), this);
    if (dialog.exec() == QDialog::Accepted) {
        model->setMap(dialog.crosswalk());
        onEdited();
    }
}

void MappingsView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the SKU crosswalk"), QStringLiteral("sku-crosswalk.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    const QByteArray data = skuCsv(m_sku->model()->toMap());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        QMessageBox::warning(this, tr("Export the SKU crosswalk"), tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace backroom
