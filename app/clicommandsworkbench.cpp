// The workbench on the command line: snooze, assign, note, edit, and `exceptions --group`.
#include "app/clicommands.h"
#include "app/clioutput.h"

#include "sync/engine/engine.h"
#include "sync/journal/journal.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace backroom::app {

namespace {

bool parse(QCommandLineParser &p, const QStringList &args, const QList<QCommandLineOption> &extra, QString *error)
{
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    p.addOptions(extra);
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    return true;
}

QString dataDirOf(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : defaultDataDir();
}

// The positional exception ids; an error names the first bad one.
bool ids(const QCommandLineParser &p, const QString &cmd, QJsonArray *out, QString *error)
{
    for (const QString &s : p.positionalArguments()) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = QStringLiteral("%1: \"%2\" is not an exception id").arg(cmd, s);
            return false;
        }
        out->append(id);
    }
    if (out->isEmpty()) {
        *error = QStringLiteral("%1: give one or more exception ids").arg(cmd);
        return false;
    }
    return true;
}

// "90s", "30m", "4h", "2d" in milliseconds; 0 when it is not a duration.
qint64 durationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)([smhd])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 scale = unit == QLatin1Char('s') ? 1000 : unit == QLatin1Char('m') ? 60000 : unit == QLatin1Char('h') ? 3600000 : 86400000;
    return n * scale;
}
} // namespace

int runSnooze(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args,
               {{QStringLiteral("until"), QStringLiteral("Until this time (ISO 8601; local time unless it ends in Z)."), QStringLiteral("TIME")},
                {QStringLiteral("for"), QStringLiteral("For this long: 90s, 30m, 4h, 2d."), QStringLiteral("DURATION")},
                {QStringLiteral("wake"), QStringLiteral("End the snooze now.")}},
               &error))
        return fail(error);
    QJsonArray list;
    if (!ids(p, QStringLiteral("snooze"), &list, &error))
        return fail(error);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 until = 0;
    if (p.isSet(QStringLiteral("for"))) {
        const qint64 d = durationMs(p.value(QStringLiteral("for")));
        if (d <= 0)
            return fail(QStringLiteral("snooze: --for \"%1\" is not a duration (use 90s, 30m, 4h or 2d)").arg(p.value(QStringLiteral("for"))));
        until = now + d;
    } else if (p.isSet(QStringLiteral("until"))) {
        const QDateTime t = QDateTime::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!t.isValid())
            return fail(QStringLiteral("snooze: --until \"%1\" is not a time (use 2026-11-23T09:00)").arg(p.value(QStringLiteral("until"))));
        until = t.toMSecsSinceEpoch();
        if (until <= now)
            return fail(QStringLiteral("snooze: --until must be in the future"));
    } else if (!p.isSet(QStringLiteral("wake"))) {
        return fail(QStringLiteral("snooze: give --until TIME, --for DURATION or --wake"));
    }
    return submitCommand(dataDirOf(p), QStringLiteral("snooze"),
                         QJsonObject{{QStringLiteral("ids"), list}, {QStringLiteral("until_ms"), until}});
}

int runAssign(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args, {{QStringLiteral("to"), QStringLiteral("Who works on them (\"\" for nobody)."), QStringLiteral("NAME")}}, &error))
        return fail(error);
    QJsonArray list;
    if (!ids(p, QStringLiteral("assign"), &list, &error))
        return fail(error);
    if (!p.isSet(QStringLiteral("to")))
        return fail(QStringLiteral("assign: --to NAME is required (--to \"\" unassigns)"));
    return submitCommand(dataDirOf(p), QStringLiteral("assign"),
                         QJsonObject{{QStringLiteral("ids"), list}, {QStringLiteral("assignee"), p.value(QStringLiteral("to"))}});
}

int runNote(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args, {{QStringLiteral("text"), QStringLiteral("The note."), QStringLiteral("TEXT")}}, &error))
        return fail(error);
    QJsonArray list;
    if (!ids(p, QStringLiteral("note"), &list, &error))
        return fail(error);
    if (p.value(QStringLiteral("text")).trimmed().isEmpty())
        return fail(QStringLiteral("note: --text TEXT is required"));
    return submitCommand(dataDirOf(p), QStringLiteral("note"),
                         QJsonObject{{QStringLiteral("ids"), list}, {QStringLiteral("text"), p.value(QStringLiteral("text"))}});
}

int runEdit(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, args, {{QStringLiteral("payload"), QStringLiteral("The edited order (JSON file; - for stdin)."), QStringLiteral("FILE")}}, &error))
        return fail(error);
    const QStringList pos = p.positionalArguments();
    bool ok = false;
    const qint64 id = pos.value(0).toLongLong(&ok);
    if (pos.size() != 1 || !ok || id <= 0)
        return fail(QStringLiteral("edit: give exactly one exception id"));
    const QString path = p.value(QStringLiteral("payload"));
    if (path.isEmpty())
        return fail(QStringLiteral("edit: --payload FILE is required"));
    QFile f;
    if (path == QLatin1String("-") ? !f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), !f.open(QIODevice::ReadOnly)))
        return fail(QStringLiteral("edit: cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError perr;
    const QByteArray text = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(text, &perr);
    if (perr.error != QJsonParseError::NoError)
        return fail(QStringLiteral("edit: %1 is not valid JSON at line %2: %3")
                        .arg(path).arg(text.left(perr.offset).count('\n') + 1).arg(perr.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("edit: %1 must hold one JSON object (the order)").arg(path));
    return submitCommand(dataDirOf(p), QStringLiteral("edit_retry"),
                         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("payload"), doc.object()}});
}

int printExceptionGroups(const QString &dataDir, const QString &category, bool json)
{
    const QString path = Engine::journalPath(dataDir);
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("no journal in %1 (run the engine with --data-dir %1 first)").arg(dataDir));
    Journal j;
    if (Status s = j.open(path, SqliteDb::Mode::ReadOnly); !s)
        return fail(s.error().message);
    ExceptionFilter f;
    f.category = category;
    const QList<ExceptionGroup> groups = j.exceptionGroups(f, QDateTime::currentMSecsSinceEpoch());
    if (json) {
        QJsonArray arr;
        for (const ExceptionGroup &g : groups) {
            arr.append(QJsonObject{{QStringLiteral("category"), g.category},
                                   {QStringLiteral("group_key"), g.groupKey},
                                   {QStringLiteral("code"), g.code},
                                   {QStringLiteral("cause"), describeGroup(g)},
                                   {QStringLiteral("count"), g.count},
                                   {QStringLiteral("oldest"), QDateTime::fromMSecsSinceEpoch(g.oldestMs, Qt::UTC).toString(Qt::ISODate)},
                                   {QStringLiteral("sample"), g.sample}});
        }
        out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const ExceptionGroup &g : groups)
        out(QStringLiteral("%1\t%2\t%3 — %4").arg(g.count).arg(g.category, describeGroup(g),
                                                           g.count == 1 ? QStringLiteral("1 order") : QStringLiteral("%1 orders").arg(g.count)));
    if (groups.isEmpty())
        out(QStringLiteral("no open exceptions"));
    return 0;
}

} // namespace backroom::app
