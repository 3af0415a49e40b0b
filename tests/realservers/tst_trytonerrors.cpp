// Tryton answers -> the error taxonomy (sync/erp/trytonerrors.cpp), from canned responses in
// the shapes trytond 6.0 sends (docs/tryton-wire.md). No server needed.
#include "sync/erp/trytonerrors.h"

#include <QJsonArray>
#include <QTest>

using namespace backroom;

namespace {
HttpResponse answer(int status, const char *body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}
} // namespace

class TestTrytonErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsEachShape_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("message");
        const QString call = QStringLiteral("model.sale.sale.create");
        QTest::newRow("user error keeps Tryton's words")
            << 200 << QByteArray("{\"id\":1,\"error\":[\"UserError\",[\"The value for field \\\"Product\\\" in \\\"Sale Line\\\" is not valid according to its domain.\",\"\",null]]}")
            << call << int(ErrorCategory::Business) << QStringLiteral("The value for field \"Product\" in \"Sale Line\" is not valid according to its domain.");
        QTest::newRow("access error is auth")
            << 200 << QByteArray("{\"id\":1,\"error\":[\"UserError\",[\"You are not allowed to create records of \\\"Sale\\\".\",\"\",null]]}")
            << call << int(ErrorCategory::Auth) << QStringLiteral("You are not allowed to create records of \"Sale\".");
        QTest::newRow("description appended")
            << 200 << QByteArray("{\"id\":1,\"error\":[\"UserError\",[\"The code on party must be unique.\",\"Use another code.\",null]]}")
            << call << int(ErrorCategory::Business) << QStringLiteral("The code on party must be unique. Use another code.");
        QTest::newRow("concurrency is transient")
            << 200 << QByteArray("{\"id\":1,\"error\":[\"ConcurrencyException\",[\"Records were modified in the meanwhile\"]]}")
            << call << int(ErrorCategory::TransientRemote) << QStringLiteral("Records were modified in the meanwhile");
        QTest::newRow("server bug is transient")
            << 200 << QByteArray("{\"id\":1,\"error\":[\"'c'\",\"Traceback ...\"]}")
            << call << int(ErrorCategory::TransientRemote) << QStringLiteral("'c'");
        QTest::newRow("wrong password") << 401 << QByteArray() << QStringLiteral("common.db.login")
                                        << int(ErrorCategory::Auth) << QStringLiteral("Tryton refused the login (wrong user name or password).");
        QTest::newRow("forbidden method") << 403 << QByteArray() << call << int(ErrorCategory::Auth)
                                          << QStringLiteral("Tryton forbids the call model.sale.sale.create.");
        QTest::newRow("login rate limit") << 429 << QByteArray() << QStringLiteral("common.db.login")
                                          << int(ErrorCategory::TransientThrottled) << QStringLiteral("Tryton is limiting requests (too many logins).");
        QTest::newRow("proxy page") << 200 << QByteArray("<html>maintenance</html>") << call
                                    << int(ErrorCategory::TransientRemote)
                                    << QStringLiteral("Tryton answered model.sale.sale.create with a body Backroom cannot read.");
    }

    void mapsEachShape()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, method);
        QFETCH(int, category);
        QFETCH(QString, message);
        const auto e = trytonError(answer(status, body.constData()), method);
        QVERIFY(e.has_value());
        QCOMPARE(int(e->category), category);
        QCOMPARE(e->message, message);
        QVERIFY(!e->hint.isEmpty());
        QCOMPARE(e->httpStatus, status);
    }

    void resultIsNoError()
    {
        const HttpResponse r = answer(200, "{\"id\":3,\"result\":[7,8]}");
        QVERIFY(!trytonError(r, QStringLiteral("model.sale.sale.search")).has_value());
        QCOMPARE(trytonResult(r).toArray().size(), 2);
        // A null result (workflow buttons) is a result too.
        QVERIFY(!trytonError(answer(200, "{\"id\":4,\"result\":null}"), QStringLiteral("model.sale.sale.quote")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTrytonErrors)
#include "tst_trytonerrors.moc"
