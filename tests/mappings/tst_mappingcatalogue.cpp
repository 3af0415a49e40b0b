// Validation against the live catalogues: ERPNext items (paged), WooCommerce products and
// variations, the SKUs sold — against the simulators.
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/core/clock.h"
#include "sync/engine/cataloguefetch.h"
#include "sync/erp/erpnextadapter.h"
#include "sync/http/httpclient.h"
#include "sync/mapping/mappingvalidation.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace backroom;

namespace {

QStringList keysOf(const QList<ValidationFinding> &findings, ValidationFinding::Kind kind)
{
    QStringList out;
    for (const ValidationFinding &f : findings) {
        if (f.kind == kind)
            out << f.key;
    }
    out.sort();
    return out;
}

struct Fetched {
    CatalogueSnapshot snapshot;
    QStringList errors;
};

Fetched fetch(const Config &config, const QHash<QString, int> &sold)
{
    CatalogueFetch f(config);
    QSignalSpy spy(&f, &CatalogueFetch::finished);
    f.run(sold);
    if (!spy.wait(30000))
        qFatal("catalogue fetch did not finish");
    return {spy.first().at(0).value<CatalogueSnapshot>(), spy.first().at(1).toStringList()};
}

} // namespace

class TestMappingCatalogue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void erpNextItemsArePaged()
    {
        sim::ErpNextSim::Options o;
        for (int i = 0; i < 1234; ++i)
            o.itemCodes << QStringLiteral("ITEM-%1").arg(i, 4, 10, QLatin1Char('0'));
        o.disabledItemCodes = {QStringLiteral("OLD-1"), QStringLiteral("OLD-2")};
        sim::ErpNextSim sim(o);
        QVERIFY(sim.listen() != 0);
        QNetworkAccessManager nam;
        HttpClientOptions ho;
        ho.maxAttempts = 1;
        HttpClient http(&nam, ho, SystemClock::instance());
        ErpNextConnection c;
        c.url = sim.url();
        c.apiKey = QStringLiteral("sim-erp-key");
        c.apiSecret = QStringLiteral("sim-erp-secret");
        ErpNextAdapter erp(c, &http);
        std::optional<Result<QList<ErpItem>>> got;
        erp.listItems([&got](const Result<QList<ErpItem>> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(got->ok());
        QCOMPARE(got->value().size(), 1236);
        QSet<QString> codes;
        int disabled = 0;
        for (const ErpItem &i : got->value()) {
            codes.insert(i.itemCode);
            disabled += i.disabled ? 1 : 0;
        }
        QCOMPARE(codes.size(), 1236); // no page read twice
        QCOMPARE(disabled, 2);
        QVERIFY(codes.contains(QStringLiteral("ITEM-1233")));

        // A refused token is an auth error, not an empty catalogue.
        c.apiSecret = QStringLiteral("wrong");
        ErpNextAdapter refused(c, &http);
        std::optional<Result<QList<ErpItem>>> denied;
        refused.listItems([&denied](const Result<QList<ErpItem>> &r) { denied = r; });
        QTRY_VERIFY_WITH_TIMEOUT(denied.has_value(), 20000);
        QVERIFY(!denied->ok());
        QCOMPARE(denied->error().category, ErrorCategory::Auth);
    }

    void validatesAgainstTheSimulators()
    {
        sim::SimCluster::Options o;
        o.orders = 40;
        o.seed = 7;
        sim::SimCluster cluster(o);
        QVERIFY(cluster.start());
        const Result<Config> config = parseConfig(cluster.makeConfig(), QString());
        QVERIFY(config.ok());
        QHash<QString, int> sold;
        for (const QString &s : cluster.woo()->skus())
            sold.insert(s, 3);
        const QStringList unknown = cluster.woo()->erpUnknownSkus();
        const QStringList disabled = cluster.woo()->erpDisabledSkus();
        QVERIFY(!unknown.isEmpty());
        QVERIFY(!disabled.isEmpty());

        const Fetched f = fetch(config.value(), sold);
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(QLatin1Char(';'))));
        QVERIFY(f.snapshot.hasWoo);
        QVERIFY(f.snapshot.hasErp);
        bool variation = false;
        QSet<QString> catalogueSkus;
        for (const CatalogueItem &i : f.snapshot.wooItems) {
            variation |= i.type == QLatin1String("variation");
            if (!i.sku.isEmpty())
                catalogueSkus.insert(i.sku);
        }
        QVERIFY(variation);
        for (const QString &s : cluster.woo()->skus())
            QVERIFY2(catalogueSkus.contains(s), qPrintable(s));

        Mappings m;
        QList<ValidationFinding> findings = validateMappings(m, f.snapshot);
        QStringList expectUnknown = unknown;
        expectUnknown.sort();
        QCOMPARE(keysOf(findings, ValidationFinding::Kind::UnmappedSku), expectUnknown);
        QStringList expectDisabled = disabled;
        expectDisabled.sort();
        QCOMPARE(keysOf(findings, ValidationFinding::Kind::DisabledErpItem), expectDisabled);
        for (const ValidationFinding &x : findings) {
            if (x.kind == ValidationFinding::Kind::UnmappedSku)
                QCOMPARE(x.orders, 3);
        }

        // Mapping an unknown SKU to a real item fixes it; to a made-up item reports that item.
        QString good;
        for (const QString &s : cluster.woo()->skus()) {
            if (!unknown.contains(s) && !disabled.contains(s)) {
                good = s;
                break;
            }
        }
        m.sku.insert(unknown.first(), good);
        if (unknown.size() > 1)
            m.sku.insert(unknown.at(1), QStringLiteral("NO-SUCH-ITEM"));
        m.sku.insert(QStringLiteral("ANOTHER"), disabled.first());
        findings = validateMappings(m, f.snapshot);
        QVERIFY(!keysOf(findings, ValidationFinding::Kind::UnmappedSku).contains(unknown.first()));
        if (unknown.size() > 1)
            QCOMPARE(keysOf(findings, ValidationFinding::Kind::UnknownErpItem), QStringList{QStringLiteral("NO-SUCH-ITEM")});
        QVERIFY(keysOf(findings, ValidationFinding::Kind::DisabledErpItem).contains(disabled.first()));
    }

    void anUnreadableCatalogueIsSaidNotGuessed()
    {
        sim::SimCluster::Options o;
        o.orders = 5;
        sim::SimCluster cluster(o);
        QVERIFY(cluster.start());
        QJsonObject cfg = cluster.makeConfig();
        QJsonObject erp = cfg.value(QStringLiteral("erp")).toObject();
        erp.insert(QStringLiteral("api_secret"), QStringLiteral("wrong"));
        cfg.insert(QStringLiteral("erp"), erp);
        const Result<Config> config = parseConfig(cfg, QString());
        QVERIFY(config.ok());
        const Fetched f = fetch(config.value(), {{QStringLiteral("A"), 1}});
        QVERIFY(f.snapshot.hasWoo);
        QVERIFY(!f.snapshot.hasErp);
        QCOMPARE(f.errors.size(), 1);
        QVERIFY(f.errors.first().startsWith(QStringLiteral("erp:erpnext")));
        // Without the ERP list nothing is called unmapped.
        QVERIFY(keysOf(validateMappings(Mappings{}, f.snapshot), ValidationFinding::Kind::UnmappedSku).isEmpty());
    }

    void emptyAndDuplicateSkus()
    {
        CatalogueSnapshot c;
        c.hasWoo = true;
        auto item = [](qint64 id, const QString &sku, const QString &type) {
            CatalogueItem i;
            i.id = id;
            i.sku = sku;
            i.type = type;
            i.name = QStringLiteral("P%1").arg(id);
            return i;
        };
        c.wooItems = {item(1, QStringLiteral("A"), QStringLiteral("simple")), item(2, QStringLiteral("A"), QStringLiteral("variation")),
                      item(3, QString(), QStringLiteral("simple")), item(4, QString(), QStringLiteral("variable")),
                      item(5, QStringLiteral(" "), QStringLiteral("variation")), item(6, QString(), QStringLiteral("simple"))};
        Mappings m;
        m.sku.insert(QStringLiteral("product:6"), QStringLiteral("SACHET"));
        const QList<ValidationFinding> f = validateMappings(m, c);
        QCOMPARE(keysOf(f, ValidationFinding::Kind::DuplicateSku), QStringList{QStringLiteral("A")});
        // The variable parent is not sold itself; product:6 is crosswalked.
        QCOMPARE(keysOf(f, ValidationFinding::Kind::EmptySku), (QStringList{QStringLiteral("product:3"), QStringLiteral("product:5")}));
        QVERIFY(keysOf(f, ValidationFinding::Kind::UnmappedSku).isEmpty()); // the ERP list was not read
    }
};

QTEST_GUILESS_MAIN(TestMappingCatalogue)
#include "tst_mappingcatalogue.moc"
