// The status map's reads of the journal (statusmap.h): the store status of an order as its
// latest revision says.
#include "sync/journal/journal.h"

namespace backroom {

QString Journal::orderStatus(qint64 orderKey)
{
    SqliteStatement &st = m_db.prepare("SELECT status FROM orders WHERE id=?");
    st.bind(1, orderKey);
    QString status;
    if (st.step())
        status = st.text(0);
    st.reset();
    return status;
}

} // namespace backroom
