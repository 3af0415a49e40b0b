#include "ui/mainwindow.h"

#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "ui/agingview.h"
#include "ui/exceptionsview.h"
#include "ui/healthview.h"
#include "ui/lagview.h"
#include "ui/mappingsview.h"
#include "ui/ordersview.h"
#include "ui/passportdialog.h"
#include "ui/uiformat.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace backroom {

MainWindow::MainWindow(JournalReader *reader, QWidget *parent)
    : QMainWindow(parent)
    , m_reader(reader)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_health(new HealthView(this))
    , m_lag(new LagView(this))
    , m_aging(new AgingView(this))
    , m_exceptions(new ExceptionsView(reader, this))
    , m_orders(new OrdersView(reader, this))
    , m_openExceptions(new ExceptionsModel(reader, this))
    , m_notifier(new Notifier(this))
    , m_engineLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Backroom"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_engineLabel->setObjectName(QStringLiteral("statusEngine"));
    m_modeLabel->setObjectName(QStringLiteral("statusMode"));
    m_refreshLabel->setObjectName(QStringLiteral("statusRefresh"));
    m_messageLabel->setObjectName(QStringLiteral("statusMessage"));

    const QStringList names{tr("Health"), tr("Sync lag"), tr("Order aging"), tr("Exceptions"), tr("Orders")};
    for (const QString &n : names)
        m_sidebar->addItem(n);
    QFont sf = m_sidebar->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.1);
    m_sidebar->setFont(sf);
    m_sidebar->setSpacing(3);
    m_sidebar->setFixedWidth(std::max(170, m_sidebar->sizeHintForColumn(0) + 48));
    for (QWidget *w : std::initializer_list<QWidget *>{m_health, m_lag, m_aging, m_exceptions, m_orders})
        m_pages->addWidget(w);
    MappingsView::install(m_sidebar, m_pages, reader);

    auto *central = new QWidget(this);
    auto *h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    h->addWidget(m_sidebar);
    h->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_engineLabel);
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);
    m_engineLabel->setText(tr("Engine: waiting for the journal…"));
    buildMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == Orders && m_ordersStale) {
            m_orders->refresh();
            m_ordersStale = false;
            m_ordersRefreshed.restart();
        }
    });
    connect(m_reader, &JournalReader::snapshotReady, this, &MainWindow::applySnapshot);
    connect(m_reader, &JournalReader::failed, this, [this](const QString &message) { setEngineMessage(tr("Journal: %1").arg(message), true); });
    connect(m_health, &HealthView::exceptionsRequested, this, [this](const QString &system) { showExceptions(system); });
    connect(m_aging, &AgingView::ordersRequested, this, &MainWindow::showOrders);
    connect(m_exceptions, &ExceptionsView::passportRequested, this, &MainWindow::openPassport);
    connect(m_orders, &OrdersView::passportRequested, this, &MainWindow::openPassport);
    connect(m_lag, &LagView::rangeChanged, this, [this](qint64 ms) {
        m_rangeMs = ms;
        m_reader->setSeriesRange(ms);
        m_reader->refreshNow();
    });
    m_openExceptions->setFilter(QString(), true);
    connect(m_openExceptions, &ExceptionsModel::loaded, this, [this] {
        QList<ExceptionRecord> open;
        for (int r = 0; r < m_openExceptions->rowCount(); ++r)
            open.append(m_openExceptions->exceptionAt(r));
        m_notifier->onOpenExceptions(open);
    });
    m_sidebar->setCurrentRow(Health);
    m_ordersRefreshed.start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("actionSettings"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh now"), this, [this] {
        m_reader->refreshNow();
        m_exceptions->refresh();
        m_orders->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Backroom"), this, [this] {
        QMessageBox::about(this, tr("About Backroom"),
                           tr("Backroom %1 — moves every WooCommerce order into the ERP exactly once, and shows what is stuck and why.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setModeText(const QString &text)
{
    m_modeLabel->setText(text);
}

void MainWindow::setErpBaseUrl(const QString &url)
{
    m_erpBaseUrl = url;
    if (m_passport)
        m_passport->setErpBaseUrl(url);
}

void MainWindow::setEngineMessage(const QString &message, bool error)
{
    m_messageLabel->setText(message);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showExceptions(const QString &system, const QString &category)
{
    m_exceptions->setCategory(category);
    m_exceptions->setSystem(system);
    showPage(Exceptions);
}

void MainWindow::showOrders(const OrderFilter &filter)
{
    m_orders->setFilter(filter);
    m_ordersStale = false;
    showPage(Orders);
}

void MainWindow::openPassport(qint64 orderKey)
{
    if (!m_passport) {
        m_passport = new PassportDialog(m_reader, this);
        m_passport->setErpBaseUrl(m_erpBaseUrl);
    }
    m_passport->load(orderKey);
    m_passport->show();
    m_passport->raise();
    m_passport->activateWindow();
}

void MainWindow::openTarget(const NotificationTarget &target)
{
    showNormal();
    raise();
    activateWindow();
    switch (target.kind) {
    case NotificationTarget::Kind::Health:
        showPage(Health);
        break;
    case NotificationTarget::Kind::Exception:
        showExceptions(QString());
        m_exceptions->selectException(target.exceptionId);
        break;
    case NotificationTarget::Kind::Category:
        showExceptions(QString(), target.category);
        break;
    case NotificationTarget::Kind::None:
        break;
    }
}

void MainWindow::applySnapshot(const ConsoleSnapshot &s)
{
    m_health->applySnapshot(s);
    m_lag->applySnapshot(s);
    m_aging->applySnapshot(s);
    m_exceptions->applySnapshot(s, m_rangeMs);
    QStringList stores;
    for (const ConnectionHealth &c : s.connections) {
        if (ui::connectionSystem(c.name) == QLatin1String("woocommerce"))
            stores.append(c.name.section(QLatin1Char(':'), 1));
    }
    m_orders->setStores(stores);
    const qint64 open = s.status.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger();
    m_sidebar->item(Exceptions)->setText(open > 0 ? tr("Exceptions (%1)").arg(ui::formatCount(open)) : tr("Exceptions"));
    if (s.dataVersion != m_dataVersion) {
        m_dataVersion = s.dataVersion;
        m_exceptions->refresh();
        m_openExceptions->refresh();
        m_ordersStale = true;
    }
    // The orders table re-reads at most every 3 s, and only while it is shown.
    if (m_ordersStale && currentPage() == Orders && m_ordersRefreshed.elapsed() >= 3000) {
        m_orders->refresh();
        m_ordersStale = false;
        m_ordersRefreshed.restart();
    }
    m_notifier->onSnapshot(s);
    updateStatusBar(s);
}

void MainWindow::updateStatusBar(const ConsoleSnapshot &s)
{
    if (s.engineAlive) {
        m_engineLabel->setText(tr("● Engine running"));
        m_engineLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        m_engineLabel->setText(tr("● Engine not running"));
        m_engineLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    m_refreshLabel->setText(tr("Updated %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.takenMs).time(), QLocale::LongFormat)));
}

} // namespace backroom
