#include "sim/core/faults.h"

#include <QTest>

using backroom::sim::FaultSpec;

class TestFaultSpec final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("latency");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("empty") << QString() << 0.0 << 0 << QStringList() << quint64(1);
        QTest::newRow("none") << QStringLiteral("none") << 0.0 << 0 << QStringList() << quint64(1);
        QTest::newRow("full") << QStringLiteral("rate=0.2,latency=50,kinds=429,429ra,500html,timeout")
                              << 0.2 << 50
                              << QStringList{QStringLiteral("429"), QStringLiteral("429ra"), QStringLiteral("500html"),
                                             QStringLiteral("timeout")}
                              << quint64(1);
        QTest::newRow("kinds first, seed after") << QStringLiteral("kinds=reset,truncate,seed=9,rate=1")
                                                 << 1.0 << 0
                                                 << QStringList{QStringLiteral("reset"), QStringLiteral("truncate")}
                                                 << quint64(9);
        QTest::newRow("latency only") << QStringLiteral("latency=50") << 0.0 << 50 << QStringList() << quint64(1);
        QTest::newRow("all") << QStringLiteral("rate=0.5,kinds=all") << 0.5 << 0 << FaultSpec::allKinds() << quint64(1);
    }
    void parse()
    {
        QFETCH(QString, spec);
        QString error;
        const auto parsed = FaultSpec::parse(spec, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QFETCH(double, rate);
        QCOMPARE(parsed->rate, rate);
    }

    void roundTrip_data() { parse_data(); }
    void roundTrip()
    {
        QFETCH(QString, spec);
        QFETCH(double, rate);
        QFETCH(int, latency);
        QFETCH(QStringList, kinds);
        QFETCH(quint64, seed);
        const auto parsed = FaultSpec::parse(spec);
        QVERIFY(parsed);
        QCOMPARE(parsed->rate, rate);
        QCOMPARE(parsed->latencyMs, latency);
        QCOMPARE(parsed->kinds, kinds);
        QCOMPARE(parsed->seed, seed);
        const auto again = FaultSpec::parse(parsed->toString());
        QVERIFY2(again, qPrintable(parsed->toString()));
        QCOMPARE(again->rate, rate);
        QCOMPARE(again->latencyMs, latency);
        QCOMPARE(again->kinds, kinds);
        QCOMPARE(again->seed, seed);
    }

    void rateWithoutKindsGetsDefaults()
    {
        const auto parsed = FaultSpec::parse(QStringLiteral("rate=0.1"));
        QVERIFY(parsed);
        QVERIFY(parsed->kinds.contains(QStringLiteral("429")));
        QVERIFY(!parsed->kinds.contains(QStringLiteral("shift")));
        QVERIFY(parsed->any());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("rate > 1") << QStringLiteral("rate=1.5") << QStringLiteral("rate");
        QTest::newRow("rate text") << QStringLiteral("rate=abc") << QStringLiteral("rate");
        QTest::newRow("negative latency") << QStringLiteral("latency=-3") << QStringLiteral("latency");
        QTest::newRow("unknown kind") << QStringLiteral("rate=1,kinds=418") << QStringLiteral("418");
        QTest::newRow("unknown key") << QStringLiteral("rat=1") << QStringLiteral("rat");
        QTest::newRow("bare token") << QStringLiteral("429") << QStringLiteral("429");
        QTest::newRow("empty kinds") << QStringLiteral("rate=1,kinds=") << QStringLiteral("kinds");
    }
    void rejects()
    {
        QFETCH(QString, spec);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!FaultSpec::parse(spec, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
