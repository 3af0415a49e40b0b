// The workbench's commands executed by the engine against the WooCommerce and ERPNext
// simulators: an order resolved by hand with an ERP document is never created again, however
// often it is retried or re-polled; edit-and-retry sends the edited payload; preview_retry asks
// the ERP on the engine's side.
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sync/engine/engine.h"
#include "sync/engine/retrypreview.h"
#include "sync/journal/journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {
struct Rig {
    std::unique_ptr<sim::SimCluster> cluster;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    bool started = false;

    explicit Rig(int orders)
    {
        sim::SimCluster::Options o;
        o.orders = orders;
        o.seed = 7;
        cluster = std::make_unique<sim::SimCluster>(o);
        QString error;
        if (!cluster->start(&error))
            qFatal("sim: %s", qPrintable(error));
        QJsonObject cfg = cluster->makeConfig();
        cfg.insert(QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), 30}, {QStringLiteral("base_delay_ms"), 20},
                                                         {QStringLiteral("max_delay_ms"), 200}});
        cfg.insert(QStringLiteral("http"), QJsonObject{{QStringLiteral("timeout_s"), 2}});
        const Result<Config> config = parseConfig(cfg, QString());
        if (!config)
            qFatal("config: %s", qPrintable(config.error().message));
        Result<std::unique_ptr<Engine>> e = Engine::create(config.value(), dir.path(), SystemClock::instance());
        if (!e)
            qFatal("engine: %s", qPrintable(e.error().message));
        engine = std::move(e.value());
    }

    bool runUntilIdle(int timeoutMs = 60000)
    {
        QSignalSpy idle(engine.get(), &Engine::idle);
        if (!started) {
            engine->start();
            started = true;
        }
        return idle.count() > 0 || idle.wait(timeoutMs);
    }

    Journal *j() const { return engine->journal(); }

    // Queues a command as the console or the CLI does and waits for the engine to execute it.
    CommandRecord command(const QString &kind, const QJsonObject &args)
    {
        const qint64 id = j()->enqueueCommand(kind, args, QStringLiteral("lead"), QDateTime::currentMSecsSinceEpoch()).value();
        for (int i = 0; i < 200; ++i) {
            const auto c = j()->command(id);
            if (c && (c->state == QLatin1String("done") || c->state == QLatin1String("failed")))
                return *c;
            QTest::qWait(50);
        }
        return *j()->command(id);
    }
};

// The unknown-item group the seed produces, largest first.
QList<ExceptionRecord> unknownItemGroup(Journal *j)
{
    QHash<QString, QList<ExceptionRecord>> byKey;
    for (const ExceptionRecord &e : j->exceptions(true, QStringLiteral("mapping"))) {
        if (e.message.contains(QStringLiteral("Item Code")) && !e.groupKey.isEmpty())
            byKey[e.groupKey] << e;
    }
    QList<ExceptionRecord> best;
    for (const auto &g : std::as_const(byKey))
        best = g.size() > best.size() ? g : best;
    return best;
}

// An item code the ERP knows: the first line of an order that reached it.
QString knownSku(Journal *j)
{
    SqliteStatement &st = j->db().prepare("SELECT id FROM orders WHERE erp_ref IS NOT NULL LIMIT 1");
    const qint64 key = st.step() ? st.int64(0) : 0;
    st.reset();
    const QJsonObject o = QJsonDocument::fromJson(j->latestRevision(key)).object();
    for (const QJsonValue &l : o.value(QStringLiteral("line_items")).toArray()) {
        if (!l.toObject().value(QStringLiteral("sku")).toString().isEmpty())
            return l.toObject().value(QStringLiteral("sku")).toString();
    }
    return {};
}
} // namespace

class TestWorkbenchEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolvedByHandIsNeverCreatedAgain()
    {
        Rig rig(80);
        QVERIFY(rig.runUntilIdle());
        const QList<ExceptionRecord> group = unknownItemGroup(rig.j());
        QVERIFY2(group.size() >= 2, "the seed should produce an unknown-item group of two or more orders");
        const ExceptionRecord byHand = group.first();
        const QString reference = QString::number(byHand.wooId);
        QCOMPARE(rig.cluster->erp()->salesOrdersWithReference(reference).size(), 0);

        // The engine answers preview_retry by asking the ERP: nothing there yet, the retry would create.
        CommandRecord c = rig.command(QStringLiteral("preview_retry"), QJsonObject{{QStringLiteral("ids"), QJsonArray{byHand.id}}});
        QCOMPARE(c.state, QStringLiteral("done"));
        QList<RetryPreviewItem> preview = parseRetryPreview(c.result);
        QCOMPARE(preview.size(), 1);
        QCOMPARE(preview.first().action, QStringLiteral("create"));
        QCOMPARE(preview.first().reference, reference);

        c = rig.command(QStringLiteral("resolve"), QJsonObject{{QStringLiteral("id"), byHand.id},
                                                               {QStringLiteral("note"), QStringLiteral("entered in the ERP by hand")},
                                                               {QStringLiteral("erp_ref"), QStringLiteral("SAL-ORD-HAND-0001")}});
        QCOMPARE(c.state, QStringLiteral("done"));
        // A preview now says the retry would link the hand-made document.
        c = rig.command(QStringLiteral("preview_retry"), QJsonObject{{QStringLiteral("ids"), QJsonArray{byHand.id}}});
        preview = parseRetryPreview(c.result);
        QCOMPARE(preview.first().action, QStringLiteral("link"));
        QCOMPARE(preview.first().existing, QStringLiteral("SAL-ORD-HAND-0001"));

        // The item now exists: retrying everything, and this order by id, and polling and
        // reconciling the store again must create the others but never this one.
        const int before = rig.cluster->erp()->stats().salesOrders;
        rig.cluster->erp()->setItem(byHand.groupKey, false);
        QCOMPARE(rig.command(QStringLiteral("retry"), QJsonObject{{QStringLiteral("all"), true}}).state, QStringLiteral("done"));
        QCOMPARE(rig.command(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), QJsonArray{byHand.id}}}).state, QStringLiteral("failed"));
        QVERIFY(rig.runUntilIdle());
        rig.engine->pollNow();
        rig.engine->reconcileNow();
        QVERIFY(rig.runUntilIdle());
        QCOMPARE(rig.cluster->erp()->salesOrdersWithReference(reference).size(), 0);
        QVERIFY(rig.cluster->erp()->stats().salesOrders >= before + int(group.size()) - 1);
        for (const ExceptionRecord &e : group.mid(1))
            QCOMPARE(rig.cluster->erp()->salesOrdersWithReference(QString::number(e.wooId)).size(), 1);
        QCOMPARE(rig.cluster->erp()->stats().duplicateReferences, 0);
        QCOMPARE(rig.j()->orderErpRef(byHand.orderKey), QStringLiteral("SAL-ORD-HAND-0001"));
    }

    void editAndRetrySendsTheEditedPayload()
    {
        Rig rig(80);
        QVERIFY(rig.runUntilIdle());
        const QList<ExceptionRecord> group = unknownItemGroup(rig.j());
        QVERIFY(!group.isEmpty());
        const ExceptionRecord e = group.first();
        const QString known = knownSku(rig.j());
        QVERIFY(!known.isEmpty());
        QVERIFY(known != e.groupKey);
        QJsonObject payload = QJsonDocument::fromJson(rig.j()->latestRevision(e.orderKey)).object();
        QJsonArray lines = payload.value(QStringLiteral("line_items")).toArray();
        int changed = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject l = lines.at(i).toObject();
            if (l.value(QStringLiteral("sku")).toString() == e.groupKey) {
                l.insert(QStringLiteral("sku"), known);
                lines.replace(i, l);
                ++changed;
            }
        }
        QVERIFY(changed > 0);
        payload.insert(QStringLiteral("line_items"), lines);

        // A broken edit is refused with a sentence and leaves the exception open.
        QJsonObject wrong = payload;
        wrong.insert(QStringLiteral("id"), e.wooId + 1);
        CommandRecord c = rig.command(QStringLiteral("edit_retry"), QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("payload"), wrong}});
        QCOMPARE(c.state, QStringLiteral("failed"));
        QCOMPARE(rig.j()->exception(e.id)->state, QStringLiteral("open"));

        c = rig.command(QStringLiteral("edit_retry"), QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("payload"), payload}});
        QCOMPARE(c.state, QStringLiteral("done"));
        QVERIFY(rig.runUntilIdle());
        const QJsonArray docs = rig.cluster->erp()->salesOrdersWithReference(QString::number(e.wooId));
        QCOMPARE(docs.size(), 1);
        QStringList codes;
        for (const QJsonValue &item : docs.first().toObject().value(QStringLiteral("items")).toArray())
            codes << item.toObject().value(QStringLiteral("item_code")).toString();
        QVERIFY2(codes.contains(known), qPrintable(codes.join(QLatin1Char(','))));
        QVERIFY(!codes.contains(e.groupKey));
        // The other orders of the group still wait: only the edited one was sent.
        for (const ExceptionRecord &other : group.mid(1))
            QCOMPARE(rig.cluster->erp()->salesOrdersWithReference(QString::number(other.wooId)).size(), 0);
        SqliteStatement &st = rig.j()->db().prepare("SELECT before, after FROM audit WHERE target=? AND action='edit_retry'");
        st.bind(1, QStringLiteral("exception:%1").arg(e.id));
        QVERIFY(st.step());
        QVERIFY(st.text(0).contains(e.groupKey));
        QVERIFY(st.text(1).contains(known));
        st.reset();
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchEngine)
#include "tst_workbenchengine.moc"
