// The SKU crosswalk CSV: every malformed kind reported with its line number, nothing imported.
#include "sync/mapping/mappingjson.h"
#include "sync/mapping/skucsv.h"

#include <QTest>

using namespace backroom;

namespace {
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}
} // namespace

class TestSkuCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsGoodFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected"); // sku=item pairs, sorted by sku
        QTest::newRow("header") << QByteArray("woo_sku,erp_item_code\nA,ITEM-A\nB,ITEM-B\n") << sl({"A=ITEM-A", "B=ITEM-B"});
        QTest::newRow("no header") << QByteArray("A,ITEM-A\nB,ITEM-B") << sl({"A=ITEM-A", "B=ITEM-B"});
        QTest::newRow("header any case") << QByteArray("Woo_SKU,ERP_Item_Code\nA,X\n") << sl({"A=X"});
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBFwoo_sku,erp_item_code\r\nA,X\r\nB,Y\r\n") << sl({"A=X", "B=Y"});
        QTest::newRow("blank lines") << QByteArray("A,X\n\n\nB,Y\n\n") << sl({"A=X", "B=Y"});
        QTest::newRow("spaces trimmed") << QByteArray("  A , X \n") << sl({"A=X"});
        QTest::newRow("quoted comma") << QByteArray("\"A,1\",\"X, large\"\n") << sl({"A,1=X, large"});
        QTest::newRow("escaped quote") << QByteArray("\"MUG \"\"BIG\"\"\",X\n") << sl({"MUG \"BIG\"=X"});
        QTest::newRow("quoted keeps spaces") << QByteArray("\" A \",X\n") << sl({" A =X"});
        QTest::newRow("unicode") << QByteArray("CAFÉ-1,KAFFEE-Ü\n") << QStringList{QStringLiteral("CAFÉ-1=KAFFEE-Ü")};
        QTest::newRow("product key") << QByteArray("product:17,SACHET\n") << sl({"product:17=SACHET"});
        QTest::newRow("empty file") << QByteArray("") << QStringList{};
        QTest::newRow("header only") << QByteArray("woo_sku,erp_item_code\n") << QStringList{};
    }

    void readsGoodFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        const SkuCsvImport r = parseSkuCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().message));
        QStringList got;
        for (auto it = r.rows.begin(); it != r.rows.end(); ++it)
            got << it.key() + QLatin1Char('=') + it.value();
        QCOMPARE(got, expected);
    }

    void reportsEveryBadLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QStringList>("words"); // a word each error must contain, in order
        QTest::newRow("three columns") << QByteArray("woo_sku,erp_item_code\nA,X\nB,Y,Z\n") << QList<int>{3} << sl({"3 columns"});
        QTest::newRow("one column") << QByteArray("A,X\nB\n") << QList<int>{2} << sl({"1 columns"});
        QTest::newRow("empty sku") << QByteArray("A,X\n,Y\n") << QList<int>{2} << sl({"SKU is empty"});
        QTest::newRow("quoted empty sku") << QByteArray("\"\",Y\n") << QList<int>{1} << sl({"SKU is empty"});
        QTest::newRow("empty item") << QByteArray("A,\n") << QList<int>{1} << sl({"item code"});
        QTest::newRow("duplicate sku") << QByteArray("A,X\nB,Y\nA,Z\n") << QList<int>{3} << sl({"already on line 1"});
        QTest::newRow("quote inside field") << QByteArray("A,X\nB\"C,Y\n") << QList<int>{2} << sl({"quote inside"});
        QTest::newRow("text after quote") << QByteArray("\"A\"x,Y\n") << QList<int>{1} << sl({"after the closing quote"});
        QTest::newRow("unclosed quote") << QByteArray("A,X\n\"B,Y\nC,Z\n") << QList<int>{2} << sl({"never closed"});
        QTest::newRow("several kinds") << QByteArray("woo_sku,erp_item_code\nA,X\n,Y\nB,Y,Z\nA,Q\nC,\"D\"e\n")
                                       << QList<int>{3, 4, 5, 6}
                                       << sl({"SKU is empty", "3 columns", "already on line 2", "after the closing quote"});
        // A quoted field spanning lines: the next record's number counts the embedded line break.
        QTest::newRow("line numbers after a multi-line field") << QByteArray("\"A\nstill A\",X\nB,Y,Z\n") << QList<int>{3}
                                                               << sl({"3 columns"});
        QTest::newRow("crlf line numbers") << QByteArray("A,X\r\nB,Y\r\n,Z\r\n") << QList<int>{3} << sl({"SKU is empty"});
        QTest::newRow("header not first") << QByteArray("A,X\nwoo_sku,erp_item_code\nwoo_sku,again\n") << QList<int>{3}
                                          << sl({"already on line 2"});
    }

    void reportsEveryBadLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<int>, lines);
        QFETCH(QStringList, words);
        const SkuCsvImport r = parseSkuCsv(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.rows.isEmpty(), "nothing may be imported when a line is bad");
        QList<int> got;
        for (const CsvLineError &e : r.errors)
            got << e.line;
        QCOMPARE(got, lines);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QVERIFY2(r.errors.at(i).message.contains(words.at(i)), qPrintable(r.errors.at(i).message));
            QVERIFY(r.errors.at(i).message.startsWith(QStringLiteral("line %1: ").arg(lines.at(i))));
        }
    }

    void exportReadsBackUnchanged()
    {
        QMap<QString, QString> m{{QStringLiteral("A,1"), QStringLiteral("X")},
                                 {QStringLiteral("say \"hi\""), QStringLiteral("Y")},
                                 {QStringLiteral(" padded "), QStringLiteral("Z")},
                                 {QStringLiteral("line\nbreak"), QStringLiteral("W")},
                                 {QStringLiteral("CAFÉ"), QStringLiteral("Ü")},
                                 {QStringLiteral("plain"), QStringLiteral("P")}};
        const QByteArray csv = skuCsv(m);
        QVERIFY(csv.startsWith("woo_sku,erp_item_code\n"));
        const SkuCsvImport r = parseSkuCsv(csv);
        QVERIFY(r.ok());
        QCOMPARE(r.rows, m);
    }

    void importPreviewListsChanges()
    {
        Mappings before, after;
        before.sku = {{QStringLiteral("A"), QStringLiteral("X")}, {QStringLiteral("B"), QStringLiteral("Y")}};
        after.sku = parseSkuCsv("A,X2\nC,Z\n").rows;
        const QList<MappingChange> c = mappingChanges(before, after);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c.at(0).kind, MappingChange::Kind::Changed);
        QCOMPARE(c.at(0).key, QStringLiteral("A"));
        QCOMPARE(c.at(0).before, QStringLiteral("X"));
        QCOMPARE(c.at(1).kind, MappingChange::Kind::Added);
        QCOMPARE(c.at(1).key, QStringLiteral("C"));
        QCOMPARE(c.at(2).kind, MappingChange::Kind::Removed);
        QCOMPARE(c.at(2).key, QStringLiteral("B"));
    }

    void manyLinesStayFast()
    {
        QByteArray csv("woo_sku,erp_item_code\n");
        for (int i = 0; i < 50000; ++i)
            csv += "SKU-" + QByteArray::number(i) + ",ITEM-" + QByteArray::number(i) + '\n';
        csv += "SKU-7,DUP\n";
        const SkuCsvImport r = parseSkuCsv(csv);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 50002);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("already on line 9")));
    }
};

QTEST_GUILESS_MAIN(TestSkuCsv)
#include "tst_skucsv.moc"
