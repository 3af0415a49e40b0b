#include "sync/http/circuitbreaker.h"

#include <QTest>

using namespace backroom;
using namespace std::chrono_literals;
using State = CircuitBreaker::State;

class TestCircuitBreaker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensAfterThresholdConsecutiveFailures()
    {
        CircuitBreaker b(3, 1000ms);
        QVERIFY(b.allow(0));
        b.recordFailure(0);
        b.recordFailure(1);
        QCOMPARE(b.state(2), State::Closed);
        QVERIFY(b.allow(2));
        b.recordFailure(2);
        QCOMPARE(b.state(3), State::Open);
        QVERIFY(!b.allow(3));
        QVERIFY(!b.allow(1001));
        QCOMPARE(b.remainingOpenMs(502), 500);
    }

    void successResetsTheCount()
    {
        CircuitBreaker b(3, 1000ms);
        b.recordFailure(0);
        b.recordFailure(0);
        b.recordSuccess();
        b.recordFailure(0);
        b.recordFailure(0);
        QCOMPARE(b.state(0), State::Closed);
        QCOMPARE(b.consecutiveFailures(), 2);
    }

    void halfOpenLetsExactlyOneProbe()
    {
        CircuitBreaker b(1, 100ms);
        b.recordFailure(0);
        QCOMPARE(b.state(50), State::Open);
        QCOMPARE(b.state(100), State::HalfOpen);
        QVERIFY(b.allow(100));  // the probe
        QVERIFY(!b.allow(101)); // everyone else waits for it
        QVERIFY(!b.allow(150));
    }

    void probeSuccessCloses()
    {
        CircuitBreaker b(1, 100ms);
        b.recordFailure(0);
        QVERIFY(b.allow(200));
        b.recordSuccess();
        QCOMPARE(b.state(200), State::Closed);
        QVERIFY(b.allow(200));
        QVERIFY(b.allow(200));
    }

    void probeFailureReopensForAFullPeriod()
    {
        CircuitBreaker b(2, 100ms);
        b.recordFailure(0);
        b.recordFailure(0);
        QVERIFY(b.allow(150));
        b.recordFailure(150);
        QCOMPARE(b.state(200), State::Open);
        QCOMPARE(b.state(249), State::Open);
        QCOMPARE(b.state(250), State::HalfOpen);
        QVERIFY(b.allow(250));
    }

    void releasedProbeFreesTheSlot()
    {
        CircuitBreaker b(1, 10ms);
        b.recordFailure(0);
        QVERIFY(b.allow(10));
        QVERIFY(!b.allow(10));
        b.release();
        QVERIFY(b.allow(10));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
