#pragma once

// Helpers of the end-to-end tests: run the real `backroom` binary as a child process while the
// test's own event loop keeps serving the in-process simulators, read its JSON output, and read
// the journal through a read-only SQLite connection.
//
// Never block the test thread in QProcess::waitForFinished() while a child talks to an
// in-process simulator: the simulator would starve. Every wait here spins the event loop.

#include "sim/core/faults.h"
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/journal/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace e2e {

inline QString binPath()
{
    const QString env = qEnvironmentVariable("BACKROOM_BIN");
    return env.isEmpty() ? QStringLiteral(BACKROOM_BIN_PATH) : env;
}

// The engine's qCInfo logs are noisy: keep them quiet unless a test asks otherwise.
inline QProcessEnvironment baseEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

struct ProcResult {
    bool started = false;
    bool finished = false;       // false: killed by the helper after the timeout
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;

    bool ok() const { return started && finished && exitStatus == QProcess::NormalExit && exitCode == 0; }
    QStringList errLines() const
    {
        QStringList lines;
        for (const QByteArray &l : err.split('\n'))
            if (!l.trimmed().isEmpty())
                lines << QString::fromUtf8(l);
        return lines;
    }
    QString describe() const
    {
        return QStringLiteral("started=%1 finished=%2 exitStatus=%3 exitCode=%4 after %5 ms\n--- stdout (tail) ---\n%6\n--- stderr (tail) ---\n%7")
            .arg(started).arg(finished).arg(int(exitStatus)).arg(exitCode).arg(ms)
            .arg(QString::fromUtf8(out.right(4000)), QString::fromUtf8(err.right(12000)));
    }
};

// A running `backroom` child. Output is collected by the event loop.
class Child {
public:
    Child() = default;
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;
    ~Child()
    {
        if (m_proc && m_proc->state() != QProcess::NotRunning) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }

    bool start(const QStringList &args, const QProcessEnvironment &env = baseEnv())
    {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProgram(binPath());
        m_proc->setArguments(args);
        m_proc->setProcessEnvironment(env);
        QObject::connect(m_proc.get(), &QProcess::readyReadStandardOutput, m_proc.get(),
                         [this] { m_result.out += m_proc->readAllStandardOutput(); });
        QObject::connect(m_proc.get(), &QProcess::readyReadStandardError, m_proc.get(),
                         [this] { m_result.err += m_proc->readAllStandardError(); });
        m_timer.start();
        m_proc->start();
        m_result.started = m_proc->waitForStarted(10000);
        return m_result.started;
    }

    bool running() const { return m_proc && m_proc->state() != QProcess::NotRunning; }
    qint64 pid() const { return m_proc ? m_proc->processId() : 0; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }

    // Spins the event loop until the child exits or timeoutMs passes; on timeout the child is
    // killed and the result says finished=false.
    ProcResult wait(int timeoutMs)
    {
        if (!m_proc)
            return m_result;
        if (m_proc->state() != QProcess::NotRunning) {
            QEventLoop loop;
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(m_proc.get(), &QProcess::finished, &loop, &QEventLoop::quit);
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            timer.start(timeoutMs);
            if (m_proc->state() != QProcess::NotRunning)
                loop.exec();
        }
        m_result.finished = m_proc->state() == QProcess::NotRunning;
        if (!m_result.finished) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
        m_result.out += m_proc->readAllStandardOutput();
        m_result.err += m_proc->readAllStandardError();
        m_result.exitCode = m_proc->exitCode();
        m_result.exitStatus = m_proc->exitStatus();
        m_result.ms = m_timer.elapsed();
        return m_result;
    }

    void kill() { if (m_proc) m_proc->kill(); }           // SIGKILL
    void terminate() { if (m_proc) m_proc->terminate(); } // SIGTERM
    const ProcResult &partial() const { return m_result; }

private:
    std::unique_ptr<QProcess> m_proc;
    ProcResult m_result;
    QElapsedTimer m_timer;
};

inline ProcResult run(const QStringList &args, int timeoutMs = 60000, const QProcessEnvironment &env = baseEnv())
{
    Child c;
    if (!c.start(args, env))
        return c.wait(0);
    return c.wait(timeoutMs);
}

// `backroom --headless --config C --data-dir D --until-idle --max-seconds S`, with the
// engine's log printed when BACKROOM_E2E_VERBOSE is set.
inline ProcResult runUntilIdle(const QString &config, const QString &dataDir, int maxSeconds)
{
    ProcResult r = run({QStringLiteral("--headless"), QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir,
                        QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QString::number(maxSeconds)},
                       (maxSeconds + 30) * 1000);
    if (qEnvironmentVariableIsSet("BACKROOM_E2E_VERBOSE"))
        qInfo("%s", r.err.constData());
    return r;
}

inline QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        qWarning("e2e: not JSON (%s): %s", qPrintable(pe.errorString()), bytes.left(500).constData());
    return doc;
}

inline QJsonObject statusJson(const QString &dataDir, ProcResult *result = nullptr)
{
    const ProcResult r = run({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")});
    if (result)
        *result = r;
    return r.ok() ? parseJson(r.out).object() : QJsonObject();
}

inline QJsonArray exceptionsJson(const QString &dataDir, bool openOnly, ProcResult *result = nullptr)
{
    QStringList args{QStringLiteral("exceptions"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")};
    if (openOnly)
        args << QStringLiteral("--open");
    const ProcResult r = run(args);
    if (result)
        *result = r;
    return r.ok() ? parseJson(r.out).array() : QJsonArray();
}

inline qint64 stageCount(const QJsonObject &status, const char *stage)
{
    return status.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject()
        .value(QLatin1String(stage)).toInteger();
}

inline bool writeJsonFile(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) > 0;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Retry quickly and often, time out fast: injected timeouts must not dominate the wall time.
inline void tuneConfig(QJsonObject &config, int maxAttempts, int baseDelayMs, int maxDelayMs, int timeoutS)
{
    config.insert(QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), maxAttempts},
                                                       {QStringLiteral("base_delay_ms"), baseDelayMs},
                                                       {QStringLiteral("max_delay_ms"), maxDelayMs}});
    QJsonObject http = config.value(QStringLiteral("http")).toObject();
    http.insert(QStringLiteral("timeout_s"), timeoutS);
    config.insert(QStringLiteral("http"), http);
}

// --- the journal, read-only --------------------------------------------------------------

struct JournalOrder {
    qint64 wooId = 0;
    QString stage;
    QString erpRef;
    QString status;
};

class JournalReader {
public:
    explicit JournalReader(const QString &dataDir)
    {
        const QString path = QDir(dataDir).absoluteFilePath(QStringLiteral("journal.sqlite"));
        const backroom::Status s = m_db.open(path, backroom::SqliteDb::Mode::ReadOnly);
        if (!s)
            m_error = s.error().message;
    }
    bool ok() const { return m_error.isEmpty() && m_db.isOpen(); }
    QString error() const { return m_error; }

    QHash<qint64, JournalOrder> orders(const QString &store = QStringLiteral("main"))
    {
        QHash<qint64, JournalOrder> out;
        backroom::SqliteStatement &st = m_db.prepare("SELECT woo_id, stage, erp_ref, status FROM orders WHERE store=?");
        st.bind(1, store);
        while (st.step()) {
            JournalOrder o;
            o.wooId = st.int64(0);
            o.stage = st.text(1);
            o.erpRef = st.text(2);
            o.status = st.text(3);
            out.insert(o.wooId, o);
        }
        st.reset();
        return out;
    }

    qint64 scalar(const char *sql)
    {
        backroom::SqliteStatement &st = m_db.prepare(sql);
        const qint64 v = st.step() ? st.int64(0) : -1;
        st.reset();
        return v;
    }

    // Rows of any query as lists of strings.
    QList<QStringList> rows(const char *sql, int columns)
    {
        QList<QStringList> out;
        backroom::SqliteStatement &st = m_db.prepare(sql);
        while (st.step()) {
            QStringList row;
            for (int i = 0; i < columns; ++i)
                row << st.text(i);
            out << row;
        }
        st.reset();
        return out;
    }

private:
    backroom::SqliteDb m_db;
    QString m_error;
};

// --- what the seed made of each order ----------------------------------------------------

// The reasons an order of the simulated shop cannot go to the ERP, from its REST JSON and the
// shop's lists of SKUs the ERP does not know or has disabled.
struct SeedProblems {
    bool noEmail = false;
    bool emptySku = false;
    bool unknownSku = false;
    bool disabledSku = false;
    bool any() const { return noEmail || emptySku || unknownSku || disabledSku; }
    // The categories an exception for this order may carry: local validation runs first, then
    // the local SKU check, then the ERP decides between the items it does not know or refuses.
    QSet<QString> allowedCategories() const
    {
        if (noEmail)
            return {QStringLiteral("validation")};
        if (emptySku)
            return {QStringLiteral("mapping")};
        QSet<QString> s;
        if (unknownSku)
            s << QStringLiteral("mapping");
        if (disabledSku)
            s << QStringLiteral("business");
        return s;
    }
    QString describe() const
    {
        QStringList p;
        if (noEmail) p << QStringLiteral("no e-mail");
        if (emptySku) p << QStringLiteral("empty SKU");
        if (unknownSku) p << QStringLiteral("unknown SKU");
        if (disabledSku) p << QStringLiteral("disabled SKU");
        return p.isEmpty() ? QStringLiteral("none") : p.join(QStringLiteral(", "));
    }
};

inline SeedProblems seedProblems(const QJsonObject &order, const QStringList &unknown, const QStringList &disabled)
{
    SeedProblems p;
    const QString email = order.value(QStringLiteral("billing")).toObject().value(QStringLiteral("email")).toString();
    p.noEmail = !email.contains(QLatin1Char('@'));
    for (const QJsonValue &v : order.value(QStringLiteral("line_items")).toArray()) {
        const QString sku = v.toObject().value(QStringLiteral("sku")).toString();
        if (sku.isEmpty())
            p.emptySku = true;
        else if (unknown.contains(sku))
            p.unknownSku = true;
        else if (disabled.contains(sku))
            p.disabledSku = true;
    }
    return p;
}

// Sales orders with this reference in the ERP simulator, split by docstatus.
struct ErpRefs {
    int submitted = 0;   // docstatus 1
    int drafts = 0;      // docstatus 0
    int cancelled = 0;   // docstatus 2
    QStringList submittedNames;
    int total() const { return submitted + drafts + cancelled; }
};

inline ErpRefs erpSalesOrders(const backroom::sim::ErpNextSim *erp, qint64 wooId)
{
    ErpRefs r;
    for (const QJsonValue &v : erp->salesOrdersWithReference(QString::number(wooId))) {
        const QJsonObject so = v.toObject();
        const int ds = so.value(QStringLiteral("docstatus")).toInt();
        if (ds == 1) {
            ++r.submitted;
            r.submittedNames << so.value(QStringLiteral("name")).toString();
        } else if (ds == 2) {
            ++r.cancelled;
        } else {
            ++r.drafts;
        }
    }
    return r;
}

} // namespace e2e
