#pragma once

#include <QDateTime>

#include <chrono>

namespace backroom {

// Injectable time source: schedulers and backoff read it so tests do not sleep.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock *instance();
};

// A clock tests move by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    QDateTime m_now;
};

} // namespace backroom
