// The order passport shows the attempt that failed and the one that then succeeded, with
// their request/response summaries, and the ERP document the order became.
#include "models/journalreader.h"
#include "models/passportmodel.h"
#include "ui/passportdialog.h"
#include "uitestjournal.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace backroom;

class TestPassportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failedThenSucceeded()
    {
        uitest::TestJournal tj;
        tj.buildScenario();
        JournalReader reader(tj.path());
        reader.start(0);
        PassportDialog dialog(&reader);
        dialog.setErpBaseUrl(QStringLiteral("https://erp.example.com/"));
        dialog.resize(1100, 680);
        dialog.show();
        QSignalSpy loaded(dialog.model(), &PassportModel::loaded);
        dialog.load(tj.keyOf.value(2002));
        QVERIFY(loaded.wait(5000));
        PassportModel *m = dialog.model();
        QList<int> attempts;
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(PassportModel::KindRole).toInt() == int(PassportEntry::Kind::Attempt))
                attempts.append(r);
        }
        QCOMPARE(attempts.size(), 2);
        const QString first = m->index(attempts.at(0), PassportModel::Outcome).data().toString();
        const QString second = m->index(attempts.at(1), PassportModel::Outcome).data().toString();
        QVERIFY2(first.contains(QStringLiteral("transient")) || first.contains(QStringLiteral("502")), qPrintable(first));
        QVERIFY2(second.contains(QStringLiteral("ok"), Qt::CaseInsensitive), qPrintable(second));
        // The failed attempt's detail carries its response summary.
        dialog.timeline()->selectRow(attempts.at(0));
        QVERIFY2(dialog.detailText().contains(QStringLiteral("502 Bad Gateway")), qPrintable(dialog.detailText()));
        dialog.timeline()->selectRow(attempts.at(1));
        QVERIFY(dialog.detailText().contains(QStringLiteral("SAL-ORD-2002")));
        QCOMPARE(m->erpRef(), QStringLiteral("SAL-ORD-2002"));
        QVERIFY(dialog.erpText().contains(QStringLiteral("https://erp.example.com/app/sales-order/SAL-ORD-2002")));
    }

    void unknownOrderIsExplained()
    {
        uitest::TestJournal tj;
        tj.buildScenario();
        JournalReader reader(tj.path());
        reader.start(0);
        PassportDialog dialog(&reader);
        QSignalSpy loaded(dialog.model(), &PassportModel::loaded);
        dialog.load(987654);
        QVERIFY(loaded.wait(5000));
        QVERIFY(!dialog.model()->found());
        QCOMPARE(dialog.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestPassportDialog)
#include "tst_passportdialog.moc"
