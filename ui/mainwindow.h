#pragma once

#include "models/consolesnapshot.h"
#include "models/orderfilter.h"
#include "ui/notifier.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace backroom {

class AgingView;
class ExceptionsModel;
class ExceptionsView;
class HealthView;
class JournalReader;
class LagView;
class OrdersView;
class PassportDialog;

// The console: a sidebar of views (health, sync lag, order aging, exceptions, orders) over
// one journal, read through a JournalReader; a status bar with the engine's state and what
// this window is attached to. Views link into each other: a red tile opens its system's
// exceptions, an aging bar the orders behind it, an order its passport.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page { Health, Lag, Aging, Exceptions, Orders, PageCount };

    explicit MainWindow(JournalReader *reader, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "Demo: simulators on 127.0.0.1", "Attached to /var/lib/backroom", …
    void setModeText(const QString &text);
    void setErpBaseUrl(const QString &url);
    void setEngineMessage(const QString &message, bool error);

    void showPage(Page page);
    Page currentPage() const;
    void showExceptions(const QString &system, const QString &category = {});
    void showOrders(const OrderFilter &filter);
    void openPassport(qint64 orderKey);
    void openTarget(const NotificationTarget &target);
    void applySnapshot(const ConsoleSnapshot &snapshot);

    HealthView *healthView() const { return m_health; }
    LagView *lagView() const { return m_lag; }
    AgingView *agingView() const { return m_aging; }
    ExceptionsView *exceptionsView() const { return m_exceptions; }
    OrdersView *ordersView() const { return m_orders; }
    PassportDialog *passportDialog() const { return m_passport; }
    Notifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    void settingsRequested();
    void quitRequested();

private:
    void buildMenus();
    void updateStatusBar(const ConsoleSnapshot &snapshot);

    JournalReader *m_reader;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    HealthView *m_health;
    LagView *m_lag;
    AgingView *m_aging;
    ExceptionsView *m_exceptions;
    OrdersView *m_orders;
    PassportDialog *m_passport = nullptr;
    ExceptionsModel *m_openExceptions;
    Notifier *m_notifier;
    QLabel *m_engineLabel;
    QLabel *m_modeLabel;
    QLabel *m_refreshLabel;
    QLabel *m_messageLabel;
    QString m_erpBaseUrl;
    qint64 m_dataVersion = -1;
    qint64 m_rangeMs = 3600LL * 1000;
    QElapsedTimer m_ordersRefreshed;
    bool m_ordersStale = false;
};

} // namespace backroom
