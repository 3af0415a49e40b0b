// The ticket queue in the journal and the scanner that fills it: one ticket per order and
// cause, comments and solves as exceptions move, the order of work per ticket, crash recovery
// (outcome unknown), and polled mentions linked to orders. No network.
#include "sync/engine/ticketpolicy.h"
#include "sync/engine/ticketscanner.h"
#include "sync/journal/journal.h"
#include "sync/journal/journalqueries.h"
#include "sync/woo/wooorderparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {
QJsonObject orderJson(qint64 id, const QString &email)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), QString::number(id)},
        {QStringLiteral("status"), QStringLiteral("processing")},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("date_created_gmt"), QStringLiteral("2026-11-22T10:00:00")},
        {QStringLiteral("date_modified_gmt"), QStringLiteral("2026-11-22T10:00:00")},
        {QStringLiteral("total"), QStringLiteral("10.00")},
        {QStringLiteral("billing"), QJsonObject{{QStringLiteral("email"), email}}},
        {QStringLiteral("line_items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")},
                                                              {QStringLiteral("quantity"), 1},
                                                              {QStringLiteral("subtotal"), QStringLiteral("10.00")},
                                                              {QStringLiteral("total"), QStringLiteral("10.00")}}}},
    };
}

SyncError err(ErrorCategory c, const QString &code, const QString &m)
{
    SyncError e;
    e.category = c;
    e.code = code;
    e.message = m;
    e.hint = QStringLiteral("Fix it.");
    return e;
}
} // namespace

class TestTicketQueue : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_j;
    qint64 m_now = 1000;

    qint64 addOrder(qint64 id, const QString &email = QStringLiteral("kim@example.com"))
    {
        const QJsonObject json = orderJson(id, email);
        Order o = parseWooOrder(json, QStringLiteral("main")).value();
        o.contentHash = wooContentHash(json);
        const auto r = m_j->recordOrder(o, QJsonDocument(json).toJson(QJsonDocument::Compact), true, ++m_now);
        return r.value().orderKey;
    }
    // Delivers the order's erp_order item into an exception.
    void park(qint64 wooId, const SyncError &e)
    {
        m_now += 10;
        const QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), m_now, 1000);
        for (const OutboxItem &it : items) {
            if (it.wooId == wooId)
                QVERIFY(m_j->park(it, e, QStringLiteral("erp"), m_now));
            else
                QVERIFY(m_j->reschedule(it, m_now, QString(), false));
        }
    }
    ExceptionRecord openException(qint64 orderKey)
    {
        for (const ExceptionRecord &e : m_j->exceptions(true))
            if (e.orderKey == orderKey)
                return e;
        return {};
    }
    int scan()
    {
        m_now += 10;
        return TicketScanner(m_j.get()).scan(m_now);
    }
    QList<TicketWorkItem> claim(int limit = 100)
    {
        m_now += 10;
        return m_j->claimTicketWork(m_now, limit);
    }
    QString textOf(const TicketWorkItem &w)
    {
        return QJsonDocument::fromJson(w.body.toUtf8()).object().value(QStringLiteral("text")).toString();
    }

private Q_SLOTS:
    void init()
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("j.sqlite") + QLatin1String(suffix)));
        m_j = std::make_unique<Journal>();
        QVERIFY(m_j->open(m_dir.filePath(QStringLiteral("j.sqlite"))));
        QCOMPARE(m_j->schemaVersion(), Journal::kSchemaVersion);
        QVERIFY(m_j->begin());
    }
    void cleanup()
    {
        (void)m_j->commit();
        m_j.reset();
    }

    void policy_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("wanted");
        QTest::addColumn<QString>("priority");
        QTest::newRow("mapping") << QStringLiteral("mapping") << QStringLiteral("unknown_sku") << QStringLiteral("erp_order") << true << QStringLiteral("normal");
        QTest::newRow("validation") << QStringLiteral("validation") << QStringLiteral("no_email") << QStringLiteral("erp_order") << true << QStringLiteral("normal");
        QTest::newRow("backorder") << QStringLiteral("business") << QStringLiteral("backorder") << QStringLiteral("erp_order") << true << QStringLiteral("high");
        QTest::newRow("business") << QStringLiteral("business") << QStringLiteral("item_disabled") << QStringLiteral("erp_order") << true << QStringLiteral("normal");
        QTest::newRow("conflict") << QStringLiteral("conflict") << QStringLiteral("already_shipped") << QStringLiteral("woo_writeback") << true << QStringLiteral("high");
        QTest::newRow("dead letter") << QStringLiteral("transient.network") << QStringLiteral("timeout") << QStringLiteral("erp_order") << false << QStringLiteral("");
        QTest::newRow("auth") << QStringLiteral("auth") << QStringLiteral("x") << QStringLiteral("erp_order") << false << QStringLiteral("");
        QTest::newRow("bug") << QStringLiteral("internal") << QStringLiteral("x") << QStringLiteral("erp_order") << false << QStringLiteral("");
        QTest::newRow("ticket failure") << QStringLiteral("validation") << QStringLiteral("InvalidValue") << QStringLiteral("ticket_create") << false << QStringLiteral("");
        QTest::newRow("connection") << QStringLiteral("validation") << QStringLiteral("x") << QStringLiteral("connection") << false << QStringLiteral("");
    }
    void policy()
    {
        QFETCH(QString, category);
        QFETCH(QString, code);
        QFETCH(QString, kind);
        QFETCH(bool, wanted);
        QFETCH(QString, priority);
        const TicketDecision d = decideTicket(category, code, kind);
        QCOMPARE(d.wanted, wanted);
        QCOMPARE(d.priority, priority);
        if (wanted)
            QCOMPARE(d.cause, category + QLatin1Char('-') + code);
        QCOMPARE(d.touchesCustomer, code == QLatin1String("backorder"));
    }

    void oneTicketPerOrderAndCause()
    {
        const qint64 key = addOrder(1042);
        addOrder(1043);
        park(1042, err(ErrorCategory::Mapping, QStringLiteral("unknown_sku"), QStringLiteral("SKU MUG-XL is unknown")));
        park(1043, err(ErrorCategory::TransientNetwork, QStringLiteral("timeout"), QStringLiteral("gave up")));
        QCOMPARE(scan(), 1);
        QCOMPARE(scan(), 0); // idempotent
        const auto t = m_j->helpdeskTicket(QStringLiteral("backroom:main:1042:mapping-unknown_sku"));
        QVERIFY(t.has_value());
        QCOMPARE(t->orderKey, key);
        QCOMPARE(t->state, QStringLiteral("open"));
        QVERIFY(t->subject.contains(QStringLiteral("#1042")));
        QCOMPARE(m_j->helpdeskTicketsForOrder(m_j->orderKeyFor(QStringLiteral("main"), 1043).value()).size(), 0);

        const QList<TicketWorkItem> work = claim();
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().kind, QString::fromLatin1(OutboxKind::TicketCreate));
        QCOMPARE(work.first().attempts, 1);
        QVERIFY(!work.first().outcomeUnknown);
        const TicketDraft d = draftFromJson(QJsonDocument::fromJson(work.first().body.toUtf8()).object(), work.first().externalId);
        QCOMPARE(d.tags, QStringList({QStringLiteral("backroom"), QStringLiteral("mapping")}));
        QVERIFY(d.body.contains(QStringLiteral("SKU MUG-XL is unknown")));
        QVERIFY(d.requesterEmail.isEmpty()); // a mapping problem does not involve the customer
        QCOMPARE(m_j->ticketWorkActive(), 1);
    }

    void backorderTouchesTheCustomer()
    {
        addOrder(7, QStringLiteral("jürgen@example.com"));
        park(7, err(ErrorCategory::Business, QStringLiteral("backorder"), QStringLiteral("3 x MUG short in Stores")));
        QCOMPARE(scan(), 1);
        const TicketWorkItem w = claim().first();
        QCOMPARE(w.externalId, QStringLiteral("backroom:main:7:business-backorder"));
        const TicketDraft d = draftFromJson(QJsonDocument::fromJson(w.body.toUtf8()).object(), w.externalId);
        QCOMPARE(d.requesterEmail, QStringLiteral("jürgen@example.com"));
        QCOMPARE(d.priority, QStringLiteral("high"));
        QVERIFY(!d.publicBody);
    }

    void workRunsInOrderPerTicket()
    {
        const qint64 key = addOrder(5);
        park(5, err(ErrorCategory::Mapping, QStringLiteral("unknown_sku"), QStringLiteral("unknown")));
        QCOMPARE(scan(), 1);
        // Retry: the exception is retried (a comment), the delivery fails again (a new exception).
        QVERIFY(m_j->retryException(openException(key), ++m_now));
        QCOMPARE(scan(), 1);
        park(5, err(ErrorCategory::Mapping, QStringLiteral("unknown_sku"), QStringLiteral("still unknown")));
        QCOMPARE(scan(), 1);
        QCOMPARE(m_j->helpdeskTicketsForOrder(key).size(), 1); // still one ticket

        QList<TicketWorkItem> w = claim();
        QCOMPARE(w.size(), 1); // only the create: the comments wait for it
        QVERIFY(claim().isEmpty());
        QVERIFY(m_j->completeTicketWork(w.first(), QStringLiteral("35"), QStringLiteral("new"), ++m_now));
        w = claim();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().kind, QString::fromLatin1(OutboxKind::TicketComment));
        QCOMPARE(w.first().remoteId, QStringLiteral("35"));
        QVERIFY(textOf(w.first()).contains(QStringLiteral("retried")));
        QVERIFY(m_j->completeTicketWork(w.first(), QString(), QString(), ++m_now));
        w = claim();
        QCOMPARE(w.size(), 1);
        QVERIFY(textOf(w.first()).contains(QStringLiteral("still unknown")));
        QVERIFY(m_j->completeTicketWork(w.first(), QString(), QString(), ++m_now));
        QCOMPARE(m_j->ticketWorkActive(), 0);
        // The order passport's link.
        SqliteStatement &st = m_j->db().prepare("SELECT remote_id FROM links WHERE order_id=? AND system='helpdesk'");
        st.bind(1, key);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("35"));
        st.reset();
    }

    void resolvingSolves_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("resolve") << QStringLiteral("resolve");
        QTest::newRow("skip") << QStringLiteral("skip");
        QTest::newRow("resolve with erp ref") << QStringLiteral("erpref");
        QTest::newRow("delivered after retry") << QStringLiteral("delivered");
    }
    void resolvingSolves()
    {
        QFETCH(QString, how);
        const qint64 key = addOrder(9);
        park(9, err(ErrorCategory::Conflict, QStringLiteral("already_shipped"), QStringLiteral("shipped")));
        QCOMPARE(scan(), 1);
        const ExceptionRecord e = openException(key);
        if (how == QLatin1String("resolve"))
            QVERIFY(m_j->resolveException(e, QStringLiteral("handled by phone"), QString(), ++m_now));
        else if (how == QLatin1String("skip"))
            QVERIFY(m_j->skipException(e, QStringLiteral("test order"), ++m_now));
        else if (how == QLatin1String("erpref"))
            QVERIFY(m_j->resolveException(e, QStringLiteral("entered by hand"), QStringLiteral("SO-0042"), ++m_now));
        else {
            QVERIFY(m_j->retryException(e, ++m_now));
            QCOMPARE(scan(), 1); // the retried comment
            const QList<OutboxItem> items = m_j->claimDue(QString::fromLatin1(OutboxKind::ErpOrder), ++m_now, 10);
            QCOMPARE(items.size(), 1);
            QVERIFY(m_j->completeErpOrder(items.first(), QStringLiteral("SO-0043"), ++m_now, true));
        }
        QCOMPARE(scan(), 1);
        QCOMPARE(scan(), 0);
        const auto t = m_j->helpdeskTicketsForOrder(key);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().state, QStringLiteral("solved"));
        // Drain: the last item is the solve, with the reason in it.
        QList<TicketWorkItem> last;
        for (QList<TicketWorkItem> w = claim(); !w.isEmpty(); w = claim()) {
            QVERIFY(m_j->completeTicketWork(w.first(), w.first().kind == QLatin1String(OutboxKind::TicketCreate) ? QStringLiteral("1") : QString(),
                                            QString(), ++m_now));
            last = w;
        }
        QCOMPARE(last.first().kind, QString::fromLatin1(OutboxKind::TicketSolve));
        const QString text = textOf(last.first());
        if (how == QLatin1String("resolve"))
            QVERIFY(text.contains(QStringLiteral("handled by phone")));
        else if (how == QLatin1String("skip"))
            QVERIFY(text.contains(QStringLiteral("skipped")) && text.contains(QStringLiteral("test order")));
        else if (how == QLatin1String("erpref"))
            QVERIFY(text.contains(QStringLiteral("entered by hand")));
        else
            QVERIFY(text.contains(QStringLiteral("SO-0043")));
    }

    void crashLeavesOutcomeUnknown()
    {
        addOrder(11);
        park(11, err(ErrorCategory::Mapping, QStringLiteral("unknown_sku"), QStringLiteral("x")));
        QCOMPARE(scan(), 1);
        QCOMPARE(claim().size(), 1);
        QVERIFY(claim().isEmpty()); // inflight: not claimed twice
        QVERIFY(m_j->recoverTicketInflight(++m_now));
        const QList<TicketWorkItem> w = claim();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().attempts, 2);
        QVERIFY(w.first().outcomeUnknown);
    }

    void rescheduleAndActiveCount()
    {
        addOrder(12);
        park(12, err(ErrorCategory::Mapping, QStringLiteral("unknown_sku"), QStringLiteral("x")));
        QCOMPARE(scan(), 1);
        TicketWorkItem w = claim().first();
        // Throttled: known not created; not due before the Retry-After.
        QVERIFY(m_j->rescheduleTicketWork(w, m_now + 1000, QStringLiteral("throttled"), false));
        QVERIFY(claim().isEmpty());
        m_now += 1000;
        w = claim().first();
        QCOMPARE(w.attempts, 2);
        QVERIFY(!w.outcomeUnknown);
        // Auth: the attempt is not counted.
        QVERIFY(m_j->rescheduleTicketWork(w, m_now, QStringLiteral("auth"), false, false));
        w = claim().first();
        QCOMPARE(w.attempts, 2);
        QVERIFY(m_j->rescheduleTicketWork(w, m_now, QStringLiteral("reset"), true));
        QCOMPARE(m_j->ticketWorkActive(), 1);
        QCOMPARE(m_j->ticketWorkActive(3), 1);
        QCOMPARE(m_j->ticketWorkActive(2), 0); // tried twice: no longer holds up --until-idle
        w = claim().first();
        QVERIFY(w.outcomeUnknown);
        QVERIFY(m_j->failTicketWork(w, QStringLiteral("422"), ++m_now));
        QCOMPARE(m_j->ticketWorkActive(), 0);
    }

    void mentionsLinkOrders()
    {
        const qint64 key = addOrder(2077);
        TicketMention m;
        m.id = QStringLiteral("88");
        m.subject = QStringLiteral("Where is my parcel?");
        m.status = QStringLiteral("open");
        m.orderReference = QStringLiteral("2077");
        QCOMPARE(m_j->orderKeyByNumber(QStringLiteral("2077")).value(), key);
        QVERIFY(!m_j->orderKeyByNumber(QStringLiteral("9999")).has_value());
        QVERIFY(m_j->recordTicketMention(m, std::nullopt, ++m_now)); // the order is not known yet
        QCOMPARE(m_j->unlinkedMentions(10).size(), 1);
        QCOMPARE(m_j->unlinkedMentions(10).first().orderReference, QStringLiteral("2077"));
        QVERIFY(m_j->linkMention(m.id, key, ++m_now));
        QVERIFY(m_j->unlinkedMentions(10).isEmpty());
        m.status = QStringLiteral("solved");
        QVERIFY(m_j->recordTicketMention(m, std::nullopt, ++m_now)); // an update keeps the link
        SqliteStatement &st = m_j->db().prepare("SELECT count(*), max(status) FROM helpdesk_mentions WHERE order_id=?");
        st.bind(1, key);
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 1);
        QCOMPARE(st.text(1), QStringLiteral("solved"));
        st.reset();
        SqliteStatement &l = m_j->db().prepare("SELECT remote_id FROM links WHERE order_id=? AND system='helpdesk'");
        l.bind(1, key);
        QVERIFY(l.step());
        QCOMPARE(l.text(0), QStringLiteral("88"));
        l.reset();
    }

    void passportShowsEveryTicket()
    {
        const qint64 key = addOrder(3001);
        park(3001, err(ErrorCategory::Mapping, QStringLiteral("unknown_sku"), QStringLiteral("x")));
        QCOMPARE(scan(), 1);
        TicketMention m;
        m.id = QStringLiteral("90");
        m.orderReference = QStringLiteral("3001");
        QVERIFY(m_j->recordTicketMention(m, key, ++m_now)); // a customer's ticket first: it holds the link
        QVERIFY(m_j->completeTicketWork(claim().first(), QStringLiteral("91"), QStringLiteral("new"), ++m_now));
        QStringList tickets;
        for (const LinkRecord &l : JournalQueries(*m_j).orderHistory(key).links)
            if (l.system == QLatin1String("helpdesk"))
                tickets << l.remoteId;
        tickets.sort();
        QCOMPARE(tickets, QStringList({QStringLiteral("90"), QStringLiteral("91")}));
    }
};

QTEST_GUILESS_MAIN(TestTicketQueue)
#include "tst_ticketqueue.moc"
