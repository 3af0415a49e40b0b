#include "sync/http/backoff.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace backroom;
using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesAndCaps_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first") << 0 << qint64(100);
        QTest::newRow("second") << 1 << qint64(200);
        QTest::newRow("third") << 2 << qint64(400);
        QTest::newRow("sixth") << 5 << qint64(3200);
        QTest::newRow("capped") << 7 << qint64(5000);
        QTest::newRow("huge") << 200 << qint64(5000);
        QTest::newRow("negative") << -3 << qint64(100);
    }
    void ceilingDoublesAndCaps()
    {
        QFETCH(int, retry);
        QFETCH(qint64, expected);
        Backoff b(100ms, 5000ms, [] { return 0.5; });
        QCOMPARE(b.ceiling(retry).count(), expected);
    }

    void pinnedRandomGivesBounds()
    {
        Backoff low(100ms, 5000ms, [] { return 0.0; });
        Backoff high(100ms, 5000ms, [] { return 0.999999999; });
        Backoff half(100ms, 5000ms, [] { return 0.5; });
        Backoff bad(100ms, 5000ms, [] { return 7.0; });
        for (int n = 0; n < 10; ++n) {
            QCOMPARE(low.delay(n).count(), 0);
            QCOMPARE(high.delay(n), high.ceiling(n));
            QCOMPARE(bad.delay(n), bad.ceiling(n)); // out-of-range input is clamped
        }
        QCOMPARE(half.delay(2).count(), 200); // floor(0.5 * 401)
    }

    void fullJitterStaysInBoundsAndSpreads()
    {
        QRandomGenerator rng(42);
        Backoff b(200ms, 10000ms, [&rng] { return rng.generateDouble(); });
        for (int n = 0; n < 8; ++n) {
            QSet<qint64> seen;
            qint64 maxSeen = 0;
            for (int i = 0; i < 500; ++i) {
                const qint64 d = b.delay(n).count();
                QVERIFY(d >= 0);
                QVERIFY(d <= b.ceiling(n).count());
                seen.insert(d);
                maxSeen = std::max(maxSeen, d);
            }
            QVERIFY2(seen.size() > 50, "delays must be spread out (jitter)");
            QVERIFY2(maxSeen > b.ceiling(n).count() / 2, "full jitter reaches the upper half");
        }
    }

    void defaultRandomWorks()
    {
        Backoff b(1000ms, 1000ms);
        QSet<qint64> seen;
        for (int i = 0; i < 100; ++i) {
            const qint64 d = b.delay(0).count();
            QVERIFY(d >= 0 && d <= 1000);
            seen.insert(d);
        }
        QVERIFY(seen.size() > 10);
    }

    void zeroBase()
    {
        Backoff b(0ms, 1000ms, [] { return 0.9; });
        QCOMPARE(b.delay(3).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
