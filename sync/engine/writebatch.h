#pragma once

#include "sync/core/syncerror.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace backroom {

class Journal;

// Groups the engine's journal writes into one transaction that is committed after a short
// delay or on demand: one fsync per batch instead of one per change. Nothing that depends
// on a write is acknowledged or sent before flush() returned.
class WriteBatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteBatch)
public:
    WriteBatch(Journal *journal, std::chrono::milliseconds maxDelay, QObject *parent = nullptr);
    ~WriteBatch() override;

    // Opens the transaction if none is open and arms the flush timer.
    Status open();
    Status flush();

Q_SIGNALS:
    // A commit failed: the journal cannot be written (disk full, permissions). Fatal.
    void failed(const SyncError &error);

private:
    Journal *m_journal;
    QTimer m_timer;
    bool m_open = false;
};

} // namespace backroom
