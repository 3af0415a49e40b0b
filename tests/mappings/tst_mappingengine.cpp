// The engine against the simulators: a SKU mapping fixed through the command queue, then one
// retry command over exactly the exceptions it fixes, delivers every affected order exactly
// once; the payload preview equals what the engine sent.
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/engine/engine.h"
#include "sync/engine/mappingcommands.h"
#include "sync/engine/mappingpreview.h"
#include "sync/journal/journal.h"
#include "tests/support/enginerig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {

struct Rig : testsupport::EngineRig {
    explicit Rig(int orders, const QJsonObject &mappings = {}) : EngineRig({orders, 7, mappings}) {}
};

bool waitsOn(const ExceptionRecord &e, const QStringList &skus)
{
    return skus.contains(e.groupKey) || (e.groupKey.startsWith(QLatin1String("Item:")) && skus.contains(e.groupKey.mid(5)));
}

QStringList skusOf(const QByteArray &raw)
{
    QStringList out;
    for (const QJsonValue &l : QJsonDocument::fromJson(raw).object().value(QStringLiteral("line_items")).toArray())
        out << l.toObject().value(QStringLiteral("sku")).toString();
    return out;
}

} // namespace

class TestMappingEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixOnceRetryTheGroupDeliversEachOrderOnce()
    {
        Rig rig(120);
        QVERIFY(rig.runUntilIdle());
        const QStringList unknown = rig.cluster->woo()->erpUnknownSkus();
        const QStringList disabled = rig.cluster->woo()->erpDisabledSkus();
        QString good;
        for (const QString &s : rig.cluster->woo()->skus()) {
            if (!unknown.contains(s) && !disabled.contains(s)) {
                good = s;
                break;
            }
        }
        int waiting = 0;
        for (const ExceptionRecord &e : rig.journal()->exceptions(true, QStringLiteral("mapping")))
            waiting += waitsOn(e, unknown) ? 1 : 0;
        QVERIFY2(waiting > 0, "the seed should park orders on unknown SKUs");

        // The fix: every unknown SKU to an existing item, as one mapping version.
        Mappings fixed;
        for (const QString &s : unknown)
            fixed.sku.insert(s, good);
        const int base = rig.journal()->latestMappingVersion();
        const CommandRecord saved = rig.command(QStringLiteral("mapping"), mappingCommandArgs(fixed, QStringLiteral("map unknown SKUs"), base));
        QCOMPARE(saved.state, QStringLiteral("done"));
        QCOMPARE(rig.journal()->latestMappingVersion(), base + 1);

        const QList<ExceptionRecord> group = exceptionsFixedBy(*rig.journal(), mappingChanges(Mappings{}, fixed));
        QCOMPARE(int(group.size()), waiting);
        // Orders of the group that also sell a disabled item will fail on that next: not counted.
        QSet<qint64> deliverable;
        QJsonArray ids;
        for (const ExceptionRecord &e : group) {
            ids.append(e.id);
            bool blocked = false;
            for (const QString &s : skusOf(rig.journal()->latestRevision(e.orderKey)))
                blocked |= disabled.contains(s);
            if (!blocked)
                deliverable.insert(e.wooId);
        }
        QVERIFY(!deliverable.isEmpty());
        const int before = rig.cluster->erp()->stats().salesOrders;
        const CommandRecord retried = rig.command(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), ids}});
        QCOMPARE(retried.state, QStringLiteral("done"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.cluster->erp()->stats().salesOrders >= before + int(deliverable.size()), 30000);
        QVERIFY(rig.runUntilIdle());
        QCOMPARE(rig.cluster->erp()->stats().salesOrders, before + int(deliverable.size()));
        QCOMPARE(rig.cluster->erp()->stats().duplicateReferences, 0);
        for (qint64 wooId : deliverable) {
            const QJsonArray so = rig.cluster->erp()->salesOrdersWithReference(QString::number(wooId));
            QCOMPARE(so.size(), 1);
            QStringList codes;
            for (const QJsonValue &i : so.at(0).toObject().value(QStringLiteral("items")).toArray())
                codes << i.toObject().value(QStringLiteral("item_code")).toString();
            for (const QString &u : unknown)
                QVERIFY(!codes.contains(u));
        }
        for (const ExceptionRecord &e : rig.journal()->exceptions(true, QStringLiteral("mapping")))
            QVERIFY2(!waitsOn(e, unknown), qPrintable(e.groupKey));
        // The retry is audited once per exception, the mapping once.
        QCOMPARE(rig.journal()->auditEntries(0, QStringLiteral("retry"), {}).size(), group.size());
        QVERIFY(rig.journal()->auditEntries(0, QStringLiteral("mapping"), QStringLiteral("map unknown SKUs")).size() == 1);

        // The preview of every delivered order equals the document the ERP received.
        const Result<Mappings> current = mappingsAtVersion(*rig.journal(), 0);
        QVERIFY(current.ok());
        int compared = 0;
        for (const OrderSample &s : rig.journal()->recentOrderRevisions(1000)) {
            const qint64 wooId = QJsonDocument::fromJson(s.rawJson).object().value(QStringLiteral("id")).toInteger();
            const QJsonArray so = rig.cluster->erp()->salesOrdersWithReference(QString::number(wooId));
            if (so.isEmpty())
                continue;
            const PayloadPreview p = previewPayload(*rig.journal(), s, current.value(), rig.config);
            QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char(' '))));
            const QJsonObject sent = so.at(0).toObject();
            for (auto it = p.payload.begin(); it != p.payload.end(); ++it) {
                if (it.key() == QLatin1String("items") || it.key() == QLatin1String("taxes"))
                    continue;
                QVERIFY2(sent.value(it.key()) == it.value(), qPrintable(QStringLiteral("order %1 field %2").arg(wooId).arg(it.key())));
            }
            for (const char *table : {"items", "taxes"}) {
                const QJsonArray a = p.payload.value(QLatin1String(table)).toArray();
                const QJsonArray b = sent.value(QLatin1String(table)).toArray();
                QCOMPARE(a.size(), b.size());
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QJsonObject pa = a.at(i).toObject();
                    for (auto f = pa.begin(); f != pa.end(); ++f)
                        QVERIFY2(b.at(i).toObject().value(f.key()) == f.value(),
                                 qPrintable(QStringLiteral("order %1 %2[%3].%4").arg(wooId).arg(QLatin1String(table)).arg(i).arg(f.key())));
                }
            }
            ++compared;
        }
        QVERIFY(compared >= int(deliverable.size()));
    }

    void statusMapDecidesWhichOrdersSync()
    {
        // The store's order_statuses say "processing"; the mappings' status table overrides it.
        Rig rig(90, QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("on-hold"), QStringLiteral("sync")},
                                                                      {QStringLiteral("processing"), QStringLiteral("ignore")}}}});
        QVERIFY(rig.runUntilIdle());
        int onHold = 0;
        for (int id : rig.cluster->woo()->orderIds()) {
            const QString status = rig.cluster->woo()->order(id).value(QStringLiteral("status")).toString();
            const int inErp = int(rig.cluster->erp()->salesOrdersWithReference(QString::number(id)).size());
            if (status == QLatin1String("processing"))
                QVERIFY2(inErp == 0, qPrintable(QStringLiteral("processing order %1 reached the ERP").arg(id)));
            if (status == QLatin1String("on-hold"))
                ++onHold;
        }
        QVERIFY2(onHold > 0, "the seed should have on-hold orders");
        // Every on-hold order the journal holds went to the ERP or became an exception: none ignored.
        SqliteStatement &st = rig.journal()->db().prepare(
            "SELECT status, stage, COUNT(*) FROM orders GROUP BY status, stage");
        int onHoldSynced = 0, onHoldIgnored = 0, processingSynced = 0;
        while (st.step()) {
            const QString status = st.text(0), stage = st.text(1);
            const int n = int(st.int64(2));
            const bool ignored = stage == QLatin1String(Stage::Ignored);
            if (status == QLatin1String("on-hold"))
                (ignored ? onHoldIgnored : onHoldSynced) += n;
            if (status == QLatin1String("processing") && !ignored)
                processingSynced += n;
        }
        st.reset();
        QCOMPARE(onHoldSynced, onHold);
        QCOMPARE(onHoldIgnored, 0);
        QCOMPARE(processingSynced, 0);
    }

    void previewShowsTheProblemInsteadOfAPayload()
    {
        Rig rig(30);
        QVERIFY(rig.runUntilIdle());
        const QStringList unknown = rig.cluster->woo()->erpUnknownSkus();
        // An order with an unknown SKU previews fine (the ERP decides), but one mapped to an
        // empty product key shows the empty-SKU problem; with a broken tax account setting the
        // payload builder's own mapping error is shown.
        Config noTax = rig.config;
        noTax.erp.taxAccount.clear();
        noTax.erp.shippingAccount.clear();
        noTax.erp.feeAccount.clear();
        int withProblem = 0;
        for (const PayloadPreview &p : previewRecentOrders(*rig.journal(), Mappings{}, noTax, 100)) {
            if (!p.problems.isEmpty()) {
                ++withProblem;
                QVERIFY(p.payload.isEmpty());
            }
        }
        QVERIFY(withProblem > 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingEngine)
#include "tst_mappingengine.moc"
