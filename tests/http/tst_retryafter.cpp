#include "sync/http/retryafter.h"

#include <QTest>

using namespace backroom;

class TestRetryAfter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("ms");
        // "now" is 2026-11-22 10:00:00 UTC (a Sunday).
        QTest::newRow("seconds") << QByteArray("120") << true << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("spaces") << QByteArray("  7 ") << true << qint64(7000);
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << true << qint64(30000);
        QTest::newRow("imf-next-day") << QByteArray("Mon, 23 Nov 2026 10:00:00 GMT") << true << qint64(86400000);
        QTest::newRow("rfc850") << QByteArray("Sunday, 22-Nov-26 10:01:00 GMT") << true << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Sun Nov 22 10:00:05 2026") << true << qint64(5000);
        QTest::newRow("asctime-padded") << QByteArray("Sun Nov  22 10:00:05 2026") << true << qint64(5000);
        QTest::newRow("past-date") << QByteArray("Sun, 22 Nov 2026 09:00:00 GMT") << true << qint64(0);
        QTest::newRow("empty") << QByteArray("") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << false << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("bad-day") << QByteArray("Sun, 32 Nov 2026 10:00:30 GMT") << false << qint64(0);
        QTest::newRow("bad-month") << QByteArray("Sun, 22 Nox 2026 10:00:30 GMT") << false << qint64(0);
        QTest::newRow("bad-zone") << QByteArray("Sun, 22 Nov 2026 10:00:30 CET") << false << qint64(0);
        QTest::newRow("bad-time") << QByteArray("Sun, 22 Nov 2026 10:00 GMT") << false << qint64(0);
        QTest::newRow("iso") << QByteArray("2026-11-22T10:00:30Z") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        const auto got = parseRetryAfterMs(value, now);
        QCOMPARE(got.has_value(), valid);
        if (valid)
            QCOMPARE(*got, ms);
    }

    void dateIsRelativeToGivenClock()
    {
        const QByteArray v("Sun, 22 Nov 2026 10:00:30 GMT");
        QCOMPARE(*parseRetryAfterMs(v, QDateTime(QDate(2026, 11, 22), QTime(10, 0, 20), Qt::UTC)), 10000);
        QCOMPARE(*parseRetryAfterMs(v, QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC)), 30000);
    }

    void hugeSecondsDoNotOverflow()
    {
        const auto got = parseRetryAfterMs("99999999999999999999", QDateTime::currentDateTimeUtc());
        QVERIFY(got.has_value());
        QVERIFY(*got > 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
