#include "app/signalwatcher.h"

#include <atomic>
#include <csignal>

namespace backroom::app {

namespace {
std::atomic<int> g_stop{0};
extern "C" void onStopSignal(int) { g_stop.store(1); }
} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    m_poll.setInterval(std::chrono::milliseconds(100));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_stop.exchange(0))
            Q_EMIT stopRequested();
    });
    m_poll.start();
}

} // namespace backroom::app
