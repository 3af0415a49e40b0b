// The shared compact JSON writer writes exactly the bytes QJsonDocument::toJson(Compact) does.
#include "json/compactjson.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTest>

using namespace backroom;

class TestCompactJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBytesAsQt_data()
    {
        QTest::addColumn<QJsonObject>("object");
        int rows = 0;
        QDirIterator it(qEnvironmentVariable("BACKROOM_FIXTURES", QStringLiteral(BACKROOM_FIXTURES_DIR)),
                        {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
            if (doc.isObject()) {
                QTest::newRow(qPrintable(it.fileName())) << doc.object();
                ++rows;
            }
        }
        QVERIFY(rows > 50);
        QTest::newRow("edge values") << QJsonObject{
            {QStringLiteral("zero"), 0}, {QStringLiteral("negative"), -12.5}, {QStringLiteral("big"), 1e21},
            {QStringLiteral("small"), 1.5e-7}, {QStringLiteral("int64"), double(9007199254740991LL)},
            {QStringLiteral("text"), QStringLiteral("quote \" backslash \\ slash / tab \t newline \n nul-ish \x01")},
            {QStringLiteral("unicode"), QStringLiteral("Zoë 山田 😀 \u2028")}, {QStringLiteral("null"), QJsonValue::Null},
            {QStringLiteral("bools"), QJsonArray{true, false}}, {QStringLiteral("empty"), QJsonObject{}},
            {QStringLiteral("nested"), QJsonArray{QJsonArray{}, QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}}}};
    }
    void sameBytesAsQt()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(json::compact<json::Style::Qt>(object), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void wordPressEscaping()
    {
        const QJsonObject o{{QStringLiteral("note"), QStringLiteral("a/b é 😀")}};
        QCOMPARE(json::compact<json::Style::WpEscaped>(o), QByteArray("{\"note\":\"a\\/b \\u00e9 \\ud83d\\ude00\"}"));
    }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
