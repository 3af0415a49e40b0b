#pragma once

#include "sync/model/order.h"

#include <QHash>

namespace backroom {

// Orders intake just parsed, kept for the delivery so that it need not read and parse the
// revision again a few milliseconds later (benchmarks.md). Bounded; a miss is never wrong:
// the delivery then reads the latest revision from the journal, as after a restart.
//
// Sound because only OrderIntake writes revisions, and it puts (or drops) the entry of every
// order it records, right after the journal write: an entry is always the latest revision.
// The delivery takes the entry (a retry reads the journal).
class ParsedOrderCache {
public:
    explicit ParsedOrderCache(qsizetype capacity = 2000) : m_capacity(capacity) {}

    // `order` as parsed from the whole listing; stored as a parse of the canonical revision
    // would be: without the modified date, our own ERP reference or a content hash.
    void put(qint64 orderKey, Order order)
    {
        if (m_orders.size() >= m_capacity && !m_orders.contains(orderKey))
            return; // full: this one goes the journal's way
        order.dateModifiedGmt.clear();
        order.erpRef.clear();
        order.contentHash.clear();
        m_orders.insert(orderKey, std::move(order));
    }
    void drop(qint64 orderKey) { m_orders.remove(orderKey); }
    bool contains(qint64 orderKey) const { return m_orders.contains(orderKey); }
    std::optional<Order> take(qint64 orderKey)
    {
        const auto it = m_orders.find(orderKey);
        if (it == m_orders.end())
            return std::nullopt;
        std::optional<Order> o(std::move(*it));
        m_orders.erase(it);
        return o;
    }
    qsizetype size() const { return m_orders.size(); }

private:
    qsizetype m_capacity;
    QHash<qint64, Order> m_orders;
};

} // namespace backroom
