#pragma once

#include "sync/engine/orderflow.h"

#include <QTimer>

namespace backroom {

// Backorders: every order posted while the engine runs (keyset over posted_at, id; an existing
// journal starts after its newest posted order) is checked once for a shortfall of its sales
// order; one with a shortfall gets one private note on the store order and an open `business`
// exception with code "backorder" (kind "backorder"), so that the customer can be told before
// they ask. A failed check is retried while the failure is transient (up to retry.max_attempts
// per order) and then dropped: a check never becomes an exception of its own.
class BackorderFlow final : public EngineFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackorderFlow)
public:
    BackorderFlow(OrderFlowContext context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("backorders"); }
    void start() override;
    void pump() override;
    void stop() override { m_retryTimer.stop(); }
    bool busy() const override;

    static inline const QString kExceptionKind = QStringLiteral("backorder");
    // "Backorder: ... 2 × MUG ..." (pure), empty when nothing is short.
    static QString noteFor(const SalesOrderState &state);

private:
    void check(const Journal::PostedOrder &order);
    void done(const Journal::PostedOrder &order);
    void failed(const Journal::PostedOrder &order, const SyncError &error);
    void raise(const Journal::PostedOrder &order, const QString &note);

    OrderFlowContext m_ctx;
    bool m_started = false;
    bool m_inFlight = false;
    bool m_waiting = false;       // a failed check waits for the retry timer
    qint64 m_cursorPostedAt = 0;
    qint64 m_cursorKey = 0;
    QHash<qint64, int> m_failures; // order key -> failed checks
    QList<Journal::PostedOrder> m_queue; // the page being checked, oldest first
    QTimer m_retryTimer;
};

} // namespace backroom
