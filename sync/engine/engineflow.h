#pragma once

#include <QObject>

namespace backroom {

// A flow the engine schedules besides order intake and delivery (stock, fulfilment,
// cancellation, refunds, tickets, reconciliation). The engine calls start() once, pump()
// whenever work may be due, and asks busy() to decide whether it is idle.
class EngineFlow : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~EngineFlow() override = default;

    virtual QString name() const = 0;      // "stock", "fulfilment", ...
    virtual void start() {}                // arm the flow's own timers; first poll
    virtual void pump() {}                 // claim due outbox items of the flow's kinds
    // Work in flight or a first scan not finished yet (--until-idle waits for it).
    virtual bool busy() const = 0;
    virtual void stop() {}

Q_SIGNALS:
    void progressed();                     // something finished: the engine pumps again
};

} // namespace backroom
