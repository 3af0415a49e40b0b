#include "sync/engine/writebatch.h"

#include "sync/journal/journal.h"

namespace backroom {

WriteBatch::WriteBatch(Journal *journal, std::chrono::milliseconds maxDelay, QObject *parent)
    : QObject(parent), m_journal(journal)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(maxDelay);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)flush(); });
}

WriteBatch::~WriteBatch()
{
    (void)flush();
}

Status WriteBatch::open()
{
    if (m_open)
        return okStatus();
    if (Status s = m_journal->begin(); !s) {
        Q_EMIT failed(s.error());
        return s;
    }
    m_open = true;
    m_timer.start();
    return okStatus();
}

Status WriteBatch::flush()
{
    m_timer.stop();
    if (!m_open)
        return okStatus();
    m_open = false;
    Status s = m_journal->commit();
    if (!s) {
        m_journal->rollback();
        Q_EMIT failed(s.error());
    }
    return s;
}

} // namespace backroom
