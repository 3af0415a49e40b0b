#pragma once

#include "sim/core/simrng.h"
#include "sim/woo/woocatalogue.h"
#include "sim/woo/wooorders.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace backroom::sim::woo {

struct Note {
    int id = 0;
    qint64 createdGmt = 0;
    QString note;
    bool customerNote = false;
    bool viaApi = false;
};

struct OrderRecord {
    int id = 0;
    qint64 createdGmt = 0;
    qint64 modifiedGmt = 0;
    QString status;
    int customerId = 0;
    QJsonObject data;        // REST representation without payment_url and _links
    QByteArray cache;        // rendered JSON (wp-escaped), empty when stale
    QList<Note> notes;
    QList<QJsonObject> refunds; // full refund objects, newest first (GET /orders/<id>/refunds)
};

// The shop's order table in memory, with WooCommerce's list semantics.
class WooStore final {
public:
    WooStore(quint64 seed, int initialOrders, qint64 anchorGmt, int utcOffset);

    const WooCatalogue &catalogue() const { return m_catalogue; }
    WooCatalogue &catalogue() { return m_catalogue; }
    int utcOffset() const { return m_utcOffset; }
    void setBaseUrl(const QString &baseUrl);
    QString baseUrl() const { return m_baseUrl; }

    // New orders created at `nowGmt` (a burst: all in the same second). Returns their ids.
    QList<int> addOrders(int count, qint64 nowGmt);
    OrderRecord *find(int id);
    const QMap<int, OrderRecord> &orders() const { return m_orders; }
    bool remove(int id);

    QJsonObject render(const OrderRecord &order) const;
    const QByteArray &renderBytes(OrderRecord &order) const;

    // PUT semantics (partial merge; meta_data upserted; status applied last). Bumps date_modified.
    void update(OrderRecord &order, const QJsonObject &patch, qint64 nowGmt);
    void touch(OrderRecord &order, qint64 nowGmt);
    // Changes content without bumping date_modified (WooCommerce #34798, #28969).
    void silentEdit(OrderRecord &order);
    // A refund as the shop's admin makes it (woorefunds.cpp). spec: {"amount": "5.00"?,
    // "reason": "...", "lines": [{"line_id": N, "quantity": Q}]}; without amount, the lines'
    // totals and tax. Bumps date_modified (HPOS); a full refund sets status refunded.
    // {"raw": {...}} stores that object verbatim as a refund (a malformed one, for fault tests).
    QJsonObject addRefund(OrderRecord &order, const QJsonObject &spec, qint64 nowGmt, QString *error);
    QJsonArray refundsJson(const OrderRecord &order) const;
    Note addNote(OrderRecord &order, const QString &text, bool customerNote, bool viaApi, qint64 nowGmt);
    QJsonObject noteJson(const OrderRecord &order, const Note &note) const;

    struct ListQuery {
        QStringList statuses;           // empty = any
        QList<int> include;
        int customer = -1;
        std::optional<qint64> modifiedAfter, modifiedBefore, createdAfter, createdBefore; // GMT, exclusive
        QString orderBy = QStringLiteral("date");
        bool ascending = false;
        int page = 1;
        int perPage = 10;
        int offset = -1;
    };
    struct ListResult {
        QList<int> ids;   // the page
        int total = 0;    // all matches
    };
    ListResult list(const ListQuery &query) const;

private:
    void invalidate(OrderRecord &order) { order.cache.clear(); }
    void setStatus(OrderRecord &order, const QString &status, qint64 nowGmt);

    WooCatalogue m_catalogue;
    SimRng m_rng;
    WooSequences m_seq;
    QMap<int, OrderRecord> m_orders;
    int m_utcOffset;
    QString m_baseUrl = QStringLiteral("http://127.0.0.1");
};

QString statusLabel(const QString &status);

} // namespace backroom::sim::woo
