#pragma once

#include "sync/engine/orderflow.h"

#include <QTimer>

namespace backroom {

// Fulfilment (DESIGN.md §3): polls the ERP's deliveries (erp.poll_interval_s), records each one
// against the order whose sales order it delivers (once, by delivery name), then applies them to
// the store order: the delivery that completes the sales order marks the order completed with
// the tracking number and carrier in a customer note; a partial delivery adds a customer note
// only. A retried item looks the order's notes up before adding one again.
class FulfilmentFlow final : public OrderFlow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FulfilmentFlow)
public:
    FulfilmentFlow(OrderFlowContext context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("fulfilment"); }
    void start() override;
    void stop() override { m_timer.stop(); }
    bool busy() const override { return OrderFlow::busy() || m_polling || !m_polledOnce; }

    // The customer note for a delivery (pure; tests check it).
    static QString noteFor(const Journal::DeliveryRecord &delivery, bool complete);

protected:
    void process(const OutboxItem &item) override;

private:
    void poll();
    // deliveredStatus: the WooCommerce status the last delivery sets (the status map's word for
    // the ERP state, else order_flows.delivered_status); empty when the sales order is not
    // fully delivered (or the order is closed in the store).
    void apply(const OutboxItem &item, QList<Journal::DeliveryRecord> pending, const QString &deliveredStatus);
    // Cancelled (or a status the status map cancels) or refunded: the store's status stays.
    bool isClosedInStore(const QString &status) const;
    void addNote(const OutboxItem &item, const QString &note, std::function<void()> then);

    QTimer m_timer;
    bool m_polling = false;
    bool m_polledOnce = false;
};

} // namespace backroom
