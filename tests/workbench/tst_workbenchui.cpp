// The workbench driven from the keyboard only (QTest key events on whatever has the focus), on
// a journal with a group of 37 exceptions of one cause, with no engine running (the console
// executes its commands at once, as the CLI does). Writes PNGs of the workbench and its dialogs.
#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "ui/exceptionsummary.h"
#include "ui/exceptionsview.h"
#include "ui/payloadeditdialog.h"
#include "ui/retrypreviewdialog.h"
#include "ui/workbenchdialogs.h"
#include "ui/workbenchfilterbar.h"
#include "workbenchjournal.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace backroom;
using backroom::wbtest::WorkbenchJournal;

namespace {
void screenshot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral(BACKROOM_SCREENSHOT_DIR));
    const QString path = QStringLiteral(BACKROOM_SCREENSHOT_DIR "/%1.png").arg(name);
    QVERIFY2(w->grab().toImage().save(path), qPrintable(path));
}

int auditCount(Journal &j, const QString &action)
{
    SqliteStatement &st = j.db().prepare("SELECT count(*) FROM audit WHERE action=?");
    st.bind(1, action);
    const int n = st.step() ? int(st.int64(0)) : -1;
    st.reset();
    return n;
}

// Waits for a modal dialog of type D that is ready, lets `act` work on it (the keys it sends
// are counted), from inside the dialog's own event loop.
template <typename D>
void whenModal(std::function<bool(D *)> ready, std::function<void(D *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(30);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, ready, act, ticks] {
        auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
        if (++*ticks > 400) { // 12 s: give up, so the test fails instead of hanging
            timer->stop();
            timer->deleteLater();
            if (auto *any = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                any->reject();
            return;
        }
        if (!d || !ready(d))
            return;
        timer->stop();
        timer->deleteLater();
        act(d);
    });
    timer->start();
}
} // namespace

class TestWorkbenchUi : public QObject {
    Q_OBJECT
    std::unique_ptr<WorkbenchJournal> m_w;
    std::unique_ptr<JournalReader> m_reader;
    std::unique_ptr<ExceptionsView> m_view;
    int m_keys = 0;

    // One user action: a key press on whatever has the keyboard focus.
    // Inside a dialog: its focus widget (the offscreen platform may not have moved the
    // application's focus to the dialog's window yet).
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier, QWidget *dialog = nullptr)
    {
        QWidget *target = dialog ? (dialog->focusWidget() ? dialog->focusWidget() : dialog)
                                 : (QApplication::focusWidget() ? QApplication::focusWidget() : m_view.get());
        QTest::keyClick(target, k, mods);
        ++m_keys;
    }

    // The window system gives the main window back its activation when a dialog closes; the
    // offscreen platform does not, so the test does (not a user action).
    void backToWorkbench()
    {
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->table()->setFocus();
    }

private Q_SLOTS:
    void init()
    {
        m_w = std::make_unique<WorkbenchJournal>();
        QVERIFY(m_w->build(37, 3));
        m_reader = std::make_unique<JournalReader>(m_w->path());
        m_view = std::make_unique<ExceptionsView>(m_reader.get());
        // As the main window does: the summary above the list comes from the snapshots.
        connect(m_reader.get(), &JournalReader::snapshotReady, m_view.get(),
                [this](const ConsoleSnapshot &s) { m_view->applySnapshot(s, 3600 * 1000); });
        m_reader->start(0);
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QTRY_COMPARE(m_view->groups()->count(), 5); // all causes + 4
        m_keys = 0;
    }

    void cleanup()
    {
        m_view.reset();
        m_reader.reset();
        m_w.reset();
    }

    void groupsAndShortcutsAreShown()
    {
        QCOMPARE(m_view->groups()->item(1)->text(), QStringLiteral("SKU HOODIE-XL unmapped — 37 orders"));
        QCOMPARE(m_view->groups()->item(0)->text(), QStringLiteral("All causes — 40 exceptions"));
        QAction *retry = m_view->action(QStringLiteral("wbRetry"));
        QVERIFY(retry->toolTip().endsWith(QStringLiteral("(R)")));
        QVERIFY(m_view->action(QStringLiteral("wbRetryGroup"))->toolTip().endsWith(QStringLiteral("(Shift+R)")));
        QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("exceptionsSnooze"))->toolTip().endsWith(QStringLiteral("(Z)")));
        QTRY_COMPARE(m_view->proxy()->rowCount(), 40);
        // The screenshot waits for the summary's data: 40 open exceptions by cause.
        QTableWidget *byCategory = m_view->summary()->byCategory();
        auto summedOpen = [byCategory] {
            int n = 0;
            for (int r = 0; r < byCategory->rowCount(); ++r)
                n += byCategory->item(r, 1)->text().toInt();
            return n;
        };
        QTRY_COMPARE(summedOpen(), 40);
        screenshot(m_view.get(), QStringLiteral("workbench"));
    }

    void retryAGroupOf37FromTheKeyboard()
    {
        m_view->setFocus();
        key(Qt::Key_G);                       // to the causes
        QCOMPARE(QApplication::focusWidget(), m_view->groups());
        key(Qt::Key_Down);                    // the largest cause
        QTRY_COMPARE(m_view->proxy()->rowCount(), 37);
        key(Qt::Key_L);                       // to its exceptions
        QCOMPARE(QApplication::focusWidget(), m_view->table());
        QString summary;
        whenModal<RetryPreviewDialog>([](RetryPreviewDialog *d) { return d->answered(); },
                                      [this, &summary](RetryPreviewDialog *d) {
                                          summary = d->summaryText();
                                          screenshot(d, QStringLiteral("workbench-retry-preview"));
                                          key(Qt::Key_Return, Qt::NoModifier, d); // confirm
                                      });
        key(Qt::Key_R, Qt::ShiftModifier);    // retry the whole group, after the preview
        QVERIFY2(summary.contains(QStringLiteral("37")), qPrintable(summary));
        QTRY_COMPARE(m_w->j.exceptions(true).size(), 3);
        QCOMPARE(auditCount(m_w->j, QStringLiteral("retry")), 37);
        QCOMPARE(m_w->j.outboxActive(), 37);
        QCOMPARE(m_keys, 5);
        qInfo("37 exceptions retried with %d key presses", m_keys);
        QTRY_COMPARE(m_view->groups()->count(), 4); // the cause is gone from the open queue
    }

    void snoozeAssignAndNoteFromTheKeyboard()
    {
        m_view->setFocus();
        key(Qt::Key_L);                       // first row of the list
        const qint64 id = m_view->selectedIds().value(0);
        QVERIFY(id > 0);
        whenModal<SnoozeDialog>([](SnoozeDialog *) { return true; }, [this](SnoozeDialog *d) {
            screenshot(d, QStringLiteral("workbench-snooze"));
            key(Qt::Key_Return, Qt::NoModifier, d);
        });
        key(Qt::Key_Z);
        QTRY_VERIFY(m_w->j.workbenchException(id)->snoozedUntilMs > m_w->now);
        QTRY_COMPARE(m_view->proxy()->rowCount(), 39); // hidden from the open queue
        backToWorkbench();

        key(Qt::Key_L);
        const qint64 other = m_view->selectedIds().value(0);
        QVERIFY(other != id);
        whenModal<AssignDialog>([](AssignDialog *) { return true; }, [this](AssignDialog *d) {
            key(Qt::Key_Backspace, Qt::NoModifier, d); // the proposed name is selected
            QTest::keyClicks(d->focusWidget(), QStringLiteral("ana"));
            key(Qt::Key_Return, Qt::NoModifier, d);
        });
        key(Qt::Key_A);
        QTRY_COMPARE(m_w->j.workbenchException(other)->assignee, QStringLiteral("ana"));
        backToWorkbench();

        whenModal<NoteDialog>([](NoteDialog *) { return true; }, [this](NoteDialog *d) {
            QTest::keyClicks(d->focusWidget(), QStringLiteral("asked the warehouse"));
            screenshot(d, QStringLiteral("workbench-note"));
            key(Qt::Key_Return, Qt::ControlModifier, d);
        });
        key(Qt::Key_N);
        QTRY_COMPARE(m_w->j.exceptionNotes(other).size(), 1);
        QCOMPARE(m_w->j.exceptionNotes(other).first().text, QStringLiteral("asked the warehouse"));
        QCOMPARE(auditCount(m_w->j, QStringLiteral("snooze")), 1);
        QCOMPARE(auditCount(m_w->j, QStringLiteral("assign")), 1);
        QCOMPARE(auditCount(m_w->j, QStringLiteral("note")), 1);
        // The filter "snoozed" shows it again.
        m_view->filterBar()->setState(QStringLiteral("snoozed"));
        QTRY_COMPARE(m_view->proxy()->rowCount(), 1);
        QCOMPARE(m_view->proxy()->index(0, 0).data(ExceptionsModel::ExceptionIdRole).toLongLong(), id);
    }

    void editAndRetryShowsProblemsAndTheDiff()
    {
        m_view->setFocus();
        key(Qt::Key_L);
        const QModelIndex row = m_view->table()->currentIndex();
        const qint64 id = row.data(ExceptionsModel::ExceptionIdRole).toLongLong();
        const qint64 orderKey = row.data(ExceptionsModel::OrderKeyRole).toLongLong();
        QString problem, diff;
        whenModal<PayloadEditDialog>([](PayloadEditDialog *d) { return d->loaded(); },
                                     [&problem, &diff, this](PayloadEditDialog *d) {
                                         const QString original = d->editor()->toPlainText();
                                         d->editor()->setPlainText(original.left(original.size() - 3)); // broken JSON
                                         QTRY_VERIFY(d->problemText().contains(QStringLiteral("Not valid JSON")));
                                         problem = d->problemText();
                                         QVERIFY(!d->canApply());
                                         QString edited = original;
                                         const QString sku = QStringLiteral("\"sku\": \"%1\"");
                                         edited.replace(sku.arg(QStringLiteral("HOODIE-XL")), sku.arg(QStringLiteral("HOODIE-XL-BLK")));
                                         edited.replace(sku.arg(QStringLiteral("CAP-0")), sku.arg(QStringLiteral("CAP-0-RED")));
                                         d->editor()->setPlainText(edited);
                                         QTRY_VERIFY(d->canApply());
                                         diff = d->diffText();
                                         screenshot(d, QStringLiteral("workbench-edit-and-retry"));
                                         key(Qt::Key_Return, Qt::ControlModifier, d);
                                     });
        key(Qt::Key_E);
        QVERIFY2(problem.contains(QStringLiteral("Not valid JSON")), qPrintable(problem));
        QVERIFY2(diff.contains(QStringLiteral("/line_items/0/sku")), qPrintable(diff));
        QTRY_VERIFY(m_w->j.editedPayload(orderKey).has_value());
        QCOMPARE(m_w->j.exception(id)->state, QStringLiteral("retried"));
        QCOMPARE(auditCount(m_w->j, QStringLiteral("edit_retry")), 1);
    }

    void savedFiltersComeFromTheJournal()
    {
        ExceptionFilter f;
        f.category = QStringLiteral("mapping");
        f.minAgeS = 86400;
        m_reader->saveFilter(QStringLiteral("old mapping"), f);
        m_reader->fetchSavedFilters();
        QComboBox *saved = m_view->filterBar()->savedBox();
        QTRY_COMPARE(saved->count(), 2);
        QCOMPARE(saved->itemText(1), QStringLiteral("old mapping"));
        saved->setCurrentIndex(1);
        Q_EMIT saved->activated(1);
        QTRY_COMPARE(m_view->proxy()->rowCount(), 3);
        QVERIFY(m_view->filterBar()->filter().minAgeS == 86400);
        QCOMPARE(m_w->j.savedFilters().size(), 1);
    }
};

QTEST_MAIN(TestWorkbenchUi)
#include "tst_workbenchui.moc"
