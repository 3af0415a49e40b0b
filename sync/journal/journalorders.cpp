// Intake side of the journal: orders, revisions, cursors, links.
#include "sync/journal/journal.h"

namespace backroom {

namespace {
bool isPostedStage(const QString &stage)
{
    return stage == QLatin1String(Stage::Posted) || stage == QLatin1String(Stage::Confirmed)
        || stage == QLatin1String(Stage::Fulfilled) || stage == QLatin1String(Stage::Refunded);
}
} // namespace

Status Journal::setStage(qint64 orderKey, const char *stage, qint64 nowMs)
{
    return m_db.prepare("UPDATE orders SET stage=?, updated_at=? WHERE id=?")
        .bind(1, QString::fromLatin1(stage)).bind(2, nowMs).bind(3, orderKey).exec();
}

Status Journal::recordSkus(qint64 orderKey, const Order &order, bool replace)
{
    // The SKUs of the latest revision, for the console's search by SKU.
    if (replace) {
        if (Status s = m_db.prepare("DELETE FROM order_skus WHERE order_id=?").bind(1, orderKey).exec(); !s)
            return s;
    }
    SqliteStatement &ins = m_db.prepare("INSERT OR IGNORE INTO order_skus(sku, order_id) VALUES(?,?)");
    for (const OrderLine &line : order.lines) {
        if (line.sku.isEmpty())
            continue;
        if (Status s = ins.bind(1, line.sku).bind(2, orderKey).exec(); !s)
            return s;
    }
    return okStatus();
}

Result<IntakeOutcome> Journal::recordOrder(const Order &order, const QByteArray &rawJson, bool syncable, qint64 nowMs)
{
    IntakeOutcome out;
    SqliteStatement &find = m_db.prepare("SELECT id, content_hash, stage, erp_ref FROM orders WHERE store=? AND woo_id=?");
    find.bind(1, order.storeId).bind(2, order.sourceId);
    const bool exists = find.step();
    QString oldHash, oldStage, oldRef;
    if (exists) {
        out.orderKey = find.int64(0);
        oldHash = find.text(1);
        oldStage = find.text(2);
        oldRef = find.text(3);
    }
    find.reset();

    auto insertRevision = [&]() {
        return m_db.prepare("INSERT OR IGNORE INTO order_revisions(order_id, date_modified_gmt, content_hash, raw_json, received_at) "
                            "VALUES(?,?,?,?,?)")
            .bind(1, out.orderKey).bind(2, order.dateModifiedGmt).bind(3, order.contentHash).bind(4, rawJson).bind(5, nowMs)
            .exec();
    };
    auto enqueueErp = [&]() -> Status {
        Status s = m_db.prepare("INSERT INTO outbox(order_id, kind, state, attempts, next_due_at, created_at, updated_at) "
                                "VALUES(?, 'erp_order', 'pending', 0, ?, ?, ?) ON CONFLICT(order_id, kind) DO NOTHING")
                       .bind(1, out.orderKey).bind(2, nowMs).bind(3, nowMs).bind(4, nowMs).exec();
        out.enqueued = s.ok() && m_db.changes() > 0;
        return s;
    };

    if (!exists) {
        // An order that already carries our ERP reference went to the ERP before this journal
        // existed (a restored or new data directory): link it, never post it again.
        const bool alreadyInErp = !order.erpRef.isEmpty();
        const char *stage = alreadyInErp ? Stage::Confirmed : (syncable ? Stage::Received : Stage::Ignored);
        Status s = m_db.prepare("INSERT INTO orders(store, woo_id, number, status, stage, email, total, currency, "
                                "date_created_gmt, date_modified_gmt, content_hash, erp_ref, received_at, updated_at) "
                                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                       .bind(1, order.storeId).bind(2, order.sourceId).bind(3, order.number).bind(4, order.status)
                       .bind(5, QString::fromLatin1(stage)).bind(6, order.customer.email).bind(7, order.total.toString())
                       .bind(8, order.currency).bind(9, order.dateCreatedGmt).bind(10, order.dateModifiedGmt)
                       .bind(11, order.contentHash).bind(12, alreadyInErp ? order.erpRef : QString()).bind(13, nowMs)
                       .bind(14, nowMs).exec();
        if (!s)
            return s.error();
        out.orderKey = m_db.lastInsertId();
        out.kind = IntakeOutcome::Kind::New;
        if (Status r = insertRevision(); !r)
            return r.error();
        if (Status k = recordSkus(out.orderKey, order, false); !k)
            return k.error();
        if (alreadyInErp) {
            if (Status l = m_db.prepare("INSERT OR IGNORE INTO links(order_id, system, remote_id, created_at) VALUES(?, 'erp', ?, ?)")
                               .bind(1, out.orderKey).bind(2, order.erpRef).bind(3, nowMs).exec(); !l)
                return l.error();
        } else if (syncable) {
            if (Status e = enqueueErp(); !e)
                return e.error();
        }
        return out;
    }

    if (oldHash == order.contentHash) {
        // Same content: only the modified date may have moved.
        if (Status s = m_db.prepare("UPDATE orders SET date_modified_gmt=? WHERE id=?")
                           .bind(1, order.dateModifiedGmt).bind(2, out.orderKey).exec(); !s)
            return s.error();
        out.kind = IntakeOutcome::Kind::Unchanged;
        return out;
    }

    out.kind = IntakeOutcome::Kind::NewRevision;
    if (Status r = insertRevision(); !r)
        return r.error();
    if (Status k = recordSkus(out.orderKey, order, true); !k)
        return k.error();
    if (Status s = m_db.prepare("UPDATE orders SET status=?, email=?, total=?, currency=?, date_modified_gmt=?, "
                                "content_hash=?, updated_at=? WHERE id=?")
                       .bind(1, order.status).bind(2, order.customer.email).bind(3, order.total.toString())
                       .bind(4, order.currency).bind(5, order.dateModifiedGmt).bind(6, order.contentHash).bind(7, nowMs)
                       .bind(8, out.orderKey).exec(); !s)
        return s.error();

    if (isPostedStage(oldStage) || !oldRef.isEmpty() || oldStage == QLatin1String(Stage::Skipped)) {
        // changes after posting belong to the cancellation/refund flows
        if (!oldRef.isEmpty() && oldStage != QLatin1String(Stage::Skipped)) {
            if (Status f = afterPostedRevision(out.orderKey, order, rawJson, nowMs); !f)
                return f.error();
        }
        return out;
    }
    if (!syncable)
        return out;
    if (oldStage == QLatin1String(Stage::Ignored)) {
        if (Status s = setStage(out.orderKey, Stage::Received, nowMs); !s)
            return s.error();
        if (Status e = enqueueErp(); !e)
            return e.error();
        return out;
    }
    // A parked order that changed gets another chance: validation and mapping problems
    // are "no retry until changed".
    SqliteStatement &parked = m_db.prepare("SELECT id FROM outbox WHERE order_id=? AND kind='erp_order' AND state='parked'");
    parked.bind(1, out.orderKey);
    const bool wasParked = parked.step();
    parked.reset();
    if (wasParked) {
        if (Status s = m_db.prepare("UPDATE exceptions SET state='retried', updated_at=?, resolution='order changed in the store' "
                                    "WHERE order_id=? AND kind='erp_order' AND state='open'")
                           .bind(1, nowMs).bind(2, out.orderKey).exec(); !s)
            return s.error();
        if (Status s = m_db.prepare("UPDATE outbox SET state='pending', next_due_at=?, updated_at=? WHERE order_id=? AND kind='erp_order'")
                           .bind(1, nowMs).bind(2, nowMs).bind(3, out.orderKey).exec(); !s)
            return s.error();
        if (Status s = setStage(out.orderKey, Stage::Received, nowMs); !s)
            return s.error();
        out.enqueued = true;
    }
    return out;
}

Status Journal::noteModified(const QString &storeId, qint64 wooId, const QString &contentHash, const QString &dateModifiedGmt)
{
    return m_db.prepare("UPDATE orders SET date_modified_gmt=? WHERE store=? AND woo_id=? AND content_hash=?")
        .bind(1, dateModifiedGmt).bind(2, storeId).bind(3, wooId).bind(4, contentHash).exec();
}

QHash<qint64, QString> Journal::knownModified(const QString &storeId, const QList<qint64> &wooIds)
{
    QHash<qint64, QString> out;
    SqliteStatement &st = m_db.prepare("SELECT date_modified_gmt FROM orders WHERE store=? AND woo_id=?");
    for (qint64 id : wooIds) {
        st.bind(1, storeId).bind(2, id);
        if (st.step())
            out.insert(id, st.text(0));
        st.reset();
    }
    return out;
}

QString Journal::cursor(const QString &storeId, const QString &name)
{
    SqliteStatement &st = m_db.prepare("SELECT value FROM cursors WHERE store=? AND name=?");
    st.bind(1, storeId).bind(2, name);
    QString v = st.step() ? st.text(0) : QString();
    st.reset();
    return v;
}

Status Journal::setCursor(const QString &storeId, const QString &name, const QString &value, qint64 nowMs)
{
    return m_db.prepare("INSERT INTO cursors(store, name, value, updated_at) VALUES(?,?,?,?) "
                        "ON CONFLICT(store, name) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at")
        .bind(1, storeId).bind(2, name).bind(3, value).bind(4, nowMs).exec();
}

QByteArray Journal::latestRevision(qint64 orderKey)
{
    // The current revision is the one whose hash the order row holds (content can go A -> B -> A,
    // and revisions are unique per content), else the newest.
    SqliteStatement &st = m_db.prepare(
        "SELECT v.raw_json FROM order_revisions v JOIN orders o ON o.id = v.order_id WHERE v.order_id=? "
        "ORDER BY (v.content_hash = o.content_hash) DESC, v.id DESC LIMIT 1");
    st.bind(1, orderKey);
    QByteArray v = st.step() ? st.blob(0) : QByteArray();
    st.reset();
    return v;
}

std::optional<qint64> Journal::orderKeyFor(const QString &storeId, qint64 wooId)
{
    SqliteStatement &st = m_db.prepare("SELECT id FROM orders WHERE store=? AND woo_id=?");
    st.bind(1, storeId).bind(2, wooId);
    std::optional<qint64> v;
    if (st.step())
        v = st.int64(0);
    st.reset();
    return v;
}

QString Journal::cachedCustomer(const QString &email)
{
    SqliteStatement &st = m_db.prepare("SELECT name FROM erp_customers WHERE email=?");
    st.bind(1, email);
    QString v = st.step() ? st.text(0) : QString();
    st.reset();
    return v;
}

Status Journal::forgetCustomer(const QString &name)
{
    return m_db.prepare("DELETE FROM erp_customers WHERE name=?").bind(1, name).exec();
}

Status Journal::cacheCustomer(const QString &email, const QString &name)
{
    return m_db.prepare("INSERT OR REPLACE INTO erp_customers(email, name) VALUES(?,?)").bind(1, email).bind(2, name).exec();
}

} // namespace backroom
