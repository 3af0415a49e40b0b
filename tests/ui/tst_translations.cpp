// The German and French catalogues: every message translated (none unfinished, none empty,
// none left in English but proper nouns and cognates, placeholders and shortcuts kept), every tr() string of ui/, app/ and models/ present (lupdate run on a copy
// finds nothing new), and the main window under a German locale shows no English text.
#include "models/journalreader.h"
#include "models/passportmodel.h"
#include "ui/mainwindow.h"
#include "ui/ordersview.h"
#include "ui/passportdialog.h"
#include "models/ordersmodel.h"
#include "uitestjournal.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace backroom;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (m.translations.isEmpty())
                m.translations << text;
            out << m;
        }
    }
    if (xml.hasError())
        out.clear();
    return out;
}

// A translation equal to its English source is allowed only when each of its words is a proper
// noun, a technical token or example value, or the same word in that language.
bool sameWordsAllowed(const QString &text, const QString &lang)
{
    static const QStringList common{
        QStringLiteral("woocommerce"), QStringLiteral("erpnext"), QStringLiteral("zendesk"), QStringLiteral("backroom"),
        QStringLiteral("sku"), QStringLiteral("erp"), QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("api"),
        QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("min"), QStringLiteral("helpdesk"),
        // example values in the settings dialog's placeholders (ERPNext account names, hosts)
        QStringLiteral("main"), QStringLiteral("processing"), QStringLiteral("example"), QStringLiteral("com"),
        QStringLiteral("ops"), QStringLiteral("shop"), QStringLiteral("erl"), QStringLiteral("stores"), QStringLiteral("vat"),
        QStringLiteral("freight"), QStringLiteral("and"), QStringLiteral("forwarding"), QStringLiteral("charges"),
        QStringLiteral("miscellaneous"), QStringLiteral("expenses")};
    static const QHash<QString, QStringList> cognates{
        {QStringLiteral("de"), {QStringLiteral("problem"), QStringLiteral("system"), QStringLiteral("status"), QStringLiteral("revision"),
                                QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("journal"), QStringLiteral("ok")}},
        {QStringLiteral("fr"), {QStringLiteral("action"), QStringLiteral("cause"), QStringLiteral("causes"), QStringLiteral("exception"),
                                QStringLiteral("exceptions"), QStringLiteral("message"), QStringLiteral("total"), QStringLiteral("audit"),
                                QStringLiteral("version"), QStringLiteral("versions"), QStringLiteral("mail"), QStringLiteral("ok")}}};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    const QString bare = QString(text).remove(QLatin1Char('&')).remove(QRegularExpression(QStringLiteral("%(?:n|L?\\d+)")));
    for (auto it = word.globalMatch(bare); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (!common.contains(w) && !cognates.value(lang).contains(w))
            return false;
    }
    return true;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d+)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

// English words that never belong in a German UI (whole words, any case). With Qt's own German
// catalogue installed (qt6-translations-l10n), also the standard buttons.
QRegularExpression englishWords(bool withQtButtons)
{
    return QRegularExpression(
        QStringLiteral("\\b(the|of|and|no|yet|every|orders?|exceptions?|open|all|click|received|waiting|"
                       "store|stores|retry|refresh|settings|quit|help|view|file|loading|never|ago|since|"
                       "none|with|from|this|that|what|which|by|to|on%1)\\b")
            .arg(withQtButtons ? QStringLiteral("|close|cancel|save|apply") : QString()),
        QRegularExpression::CaseInsensitiveOption);
}

// The test journal's own data (English on purpose: engine messages, e-mail addresses, SKUs).
bool isJournalData(const QString &text)
{
    static const QStringList data{QStringLiteral("Could not find Item Code"), QStringLiteral("has no billing e-mail"),
                                  QStringLiteral("Invalid API key"), QStringLiteral("Fix it, then retry"),
                                  QStringLiteral("The ERP has no Bin"), QStringLiteral("@example.com")};
    for (const QString &d : data) {
        if (text.contains(d))
            return true;
    }
    return false;
}

QString plain(const QString &text)
{
    QString s = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    s.remove(QLatin1Char('&'));
    return s.simplified();
}

// Every piece of chrome the user can see in w: labels, buttons, tabs, group titles, placeholders,
// combo items, the headers of item views, menus; not table cells (they hold journal data).
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    auto add = [&out](QWidget *w, const QString &text) {
        const QString p = plain(text);
        if (!p.isEmpty())
            out << QStringLiteral("%1: %2").arg(QString::fromLatin1(w->metaObject()->className()), p);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            add(w, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(w, b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(w, g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(w, e->placeholderText());
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(w, t->tabText(i));
        }
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(w, c->itemText(i));
        }
        if (auto *lw = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < lw->count(); ++i)
                add(w, lw->item(i)->text());
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model() && !qobject_cast<QListWidget *>(w)) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(w, v->model()->headerData(c, Qt::Horizontal).toString());
        }
        if (auto *mb = qobject_cast<QMenuBar *>(w)) {
            const QList<QAction *> menus = mb->actions();
            for (QAction *m : menus) {
                add(w, m->text());
                if (m->menu()) {
                    const QList<QAction *> items = m->menu()->actions();
                    for (QAction *a : items)
                        add(w, a->text());
                }
            }
        }
        if (!w->toolTip().isEmpty())
            add(w, w->toolTip());
    }
    if (!root->windowTitle().isEmpty())
        add(root, root->windowTitle());
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    static QString tsPath(const QString &lang)
    {
        return QStringLiteral(BACKROOM_SOURCE_DIR "/translations/backroom_%1.ts").arg(lang);
    }

    // English texts (as patterns: %1 / %n match anything) whose German differs from them.
    QList<QRegularExpression> m_englishPatterns;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BACKROOM_NO_KEYCHAIN", "1");
        for (const Message &m : readCatalogue(tsPath(QStringLiteral("de")))) {
            if (m.translations.contains(m.source) || !QRegularExpression(QStringLiteral("[A-Za-z]{3}")).match(m.source).hasMatch())
                continue;
            QString pattern = QRegularExpression::escape(plain(m.source));
            pattern.replace(QRegularExpression(QStringLiteral("%(?:n|L?\\d+)")), QStringLiteral(".*"));
            m_englishPatterns << QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
        }
        QVERIFY(m_englishPatterns.size() > 300);
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, lang);
        const QList<Message> messages = readCatalogue(tsPath(lang));
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + m.type;
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                else if (t == m.source && !sameWordsAllowed(t, lang))
                    problems << where + QStringLiteral(" is left in English");
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" -> \"") + t + QStringLiteral("\" changes the placeholders");
                else if (m.source.count(QLatin1Char('&')) - m.source.count(QStringLiteral("&&")) == 1
                         && t.count(QLatin1Char('&')) - t.count(QStringLiteral("&&")) != 1)
                    problems << where + QStringLiteral(" -> \"") + t + QStringLiteral("\" loses its shortcut (&)");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate on a copy of each catalogue: a tr() string the catalogue lacks shows up as unfinished.
    void everySourceStringIsInTheCatalogue()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir src(QStringLiteral(BACKROOM_SOURCE_DIR));
        QStringList args{QStringLiteral("-I"), src.path(), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                         QStringLiteral("none"), QStringLiteral("-silent")};
        for (const char *dir : {"ui", "app", "models"}) {
            const QDir d(src.filePath(QString::fromLatin1(dir)));
            for (const QString &f : d.entryList({QStringLiteral("*.cpp")}, QDir::Files))
                args << d.filePath(f);
        }
        args << QStringLiteral("-ts");
        for (const char *lang : {"de", "fr"}) {
            const QString copy = tmp.filePath(QStringLiteral("backroom_%1.ts").arg(QLatin1String(lang)));
            QVERIFY(QFile::copy(tsPath(QString::fromLatin1(lang)), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            args << copy;
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(BACKROOM_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        for (const char *lang : {"de", "fr"}) {
            QStringList missing;
            for (const Message &m : readCatalogue(tmp.filePath(QStringLiteral("backroom_%1.ts").arg(QLatin1String(lang))))) {
                if (!m.type.isEmpty())
                    missing << m.context + QStringLiteral(": ") + m.source;
            }
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: not in translations/backroom_%1.ts (run `cmake --build build "
                                                                  "--target update_translations` and translate):\n")
                                                       .arg(QLatin1String(lang))
                                                   + missing.join(QLatin1Char('\n'))));
        }
    }

    void mainWindowInGermanShowsNoEnglish()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(), QStringLiteral("backroom"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // As the console does (app/consolemain.cpp): Qt's own strings (dialog buttons) too.
        QTranslator qtbase;
        const bool withQt = qtbase.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (withQt)
            QCoreApplication::installTranslator(&qtbase);
        const QRegularExpression english = englishWords(withQt);

        uitest::TestJournal tj;
        tj.buildScenario();
        tj.addFlowRows();
        JournalReader reader(tj.path());
        MainWindow window(&reader);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy snap(&reader, &JournalReader::snapshotReady);
        reader.start(0);
        QVERIFY(snap.wait(5000) || !snap.isEmpty()); // it may arrive before wait() starts

        QStringList found;
        auto check = [&](QWidget *root, const QString &where) {
            const QStringList texts = visibleTexts(root);
            QVERIFY2(texts.size() > 5, qPrintable(where));
            for (const QString &t : texts) {
                const QString text = t.section(QStringLiteral(": "), 1);
                if (isJournalData(text))
                    continue;
                bool untranslated = false;
                for (const QRegularExpression &re : std::as_const(m_englishPatterns))
                    untranslated = untranslated || re.match(text).hasMatch();
                if (untranslated || english.match(text).hasMatch())
                    found << where + QStringLiteral(" — ") + t;
            }
        };
        // Every page of the sidebar (the mappings editor installs itself after the five views).
        const int pageCount = window.findChild<QListWidget *>(QStringLiteral("sidebar"))->count();
        QVERIFY(pageCount >= MainWindow::PageCount);
        for (int page = 0; page < pageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            if (page == MainWindow::Orders)
                QTRY_VERIFY(window.ordersView()->model()->rowCount() > 0 && !window.ordersView()->model()->isLoading());
            QTest::qWait(200);
            check(&window, QStringLiteral("page %1").arg(page));
        }
        window.openPassport(tj.keyOf.value(2002));
        QTRY_VERIFY(window.passportDialog()->model()->found());
        QTest::qWait(100);
        check(window.passportDialog(), QStringLiteral("passport"));
        window.passportDialog()->close();

        QCoreApplication::removeTranslator(&qtbase);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("English under a German locale:\n") + found.join(QLatin1Char('\n'))));
    }

    // The check above is not vacuous: without the translator the same window is English.
    void theCheckSeesEnglish()
    {
        uitest::TestJournal tj;
        tj.buildScenario();
        JournalReader reader(tj.path());
        MainWindow window(&reader);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int hits = 0;
        for (const QString &t : visibleTexts(&window)) {
            const QString text = t.section(QStringLiteral(": "), 1);
            for (const QRegularExpression &re : std::as_const(m_englishPatterns)) {
                if (re.match(text).hasMatch()) {
                    ++hits;
                    break;
                }
            }
        }
        QVERIFY2(hits > 10, qPrintable(QString::number(hits)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
