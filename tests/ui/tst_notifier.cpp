// Desktop notifications: grouped by cause, throttled, baseline not reported, each with the
// record it opens.
#include "ui/notifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace backroom;

namespace {
ExceptionRecord ex(qint64 id, const QString &category, const QString &group = {})
{
    ExceptionRecord e;
    e.id = id;
    e.category = category;
    e.groupKey = group;
    e.number = QString::number(1000 + id);
    return e;
}
} // namespace

class TestNotifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baselineIsNotNews()
    {
        Notifier n;
        n.setInterval(std::chrono::milliseconds(50));
        QSignalSpy spy(&n, &Notifier::notify);
        n.onOpenExceptions({ex(1, QStringLiteral("mapping")), ex(2, QStringLiteral("mapping"))});
        QTest::qWait(120);
        QCOMPARE(spy.size(), 0);
    }

    void oneNewExceptionOpensItsRecord()
    {
        Notifier n;
        n.setInterval(std::chrono::milliseconds(50));
        QSignalSpy spy(&n, &Notifier::notify);
        n.onOpenExceptions({ex(1, QStringLiteral("mapping"))});
        n.onOpenExceptions({ex(1, QStringLiteral("mapping")), ex(7, QStringLiteral("business"))});
        QVERIFY(spy.wait(1000));
        const auto note = spy.first().first().value<Notification>();
        QCOMPARE(note.target.kind, NotificationTarget::Kind::Exception);
        QCOMPARE(note.target.exceptionId, 7);
    }

    void manyAreGroupedAndThrottled()
    {
        Notifier n;
        n.setInterval(std::chrono::milliseconds(400));
        QSignalSpy spy(&n, &Notifier::notify);
        n.onOpenExceptions({});
        QList<ExceptionRecord> open;
        for (int i = 1; i <= 5; ++i) {
            open.append(ex(i, QStringLiteral("mapping"), QStringLiteral("GIFT-25")));
            n.onOpenExceptions(open); // five changes in a row
        }
        QVERIFY(spy.wait(1000));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1); // one notification for all five
        const auto note = spy.first().first().value<Notification>();
        QVERIFY(note.body.contains(QStringLiteral("GIFT-25")));
        QVERIFY(note.body.startsWith(QStringLiteral("5 ")));
        QCOMPARE(note.target.kind, NotificationTarget::Kind::Category);
        QCOMPARE(note.target.category, QStringLiteral("mapping"));
        // More news within the interval waits for the next slot.
        open.append(ex(9, QStringLiteral("business")));
        n.onOpenExceptions(open);
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 1500);
    }

    void connectionDownIsCritical()
    {
        Notifier n;
        n.setInterval(std::chrono::milliseconds(50));
        QSignalSpy spy(&n, &Notifier::notify);
        ConsoleSnapshot s;
        s.engineAlive = true;
        s.connections = {ConnectionHealth{QStringLiteral("erp:erpnext"), QStringLiteral("up"), 0, {}, 0, false}};
        n.onSnapshot(s);
        s.connections.first().state = QStringLiteral("paused_auth");
        n.onSnapshot(s);
        QVERIFY(spy.wait(1000));
        const auto note = spy.first().first().value<Notification>();
        QVERIFY(note.critical);
        QCOMPARE(note.target.kind, NotificationTarget::Kind::Health);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
