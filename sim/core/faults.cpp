#include "sim/core/faults.h"

namespace backroom::sim {

namespace {

const QStringList &knownKinds()
{
    static const QStringList kinds = {
        QStringLiteral("429"),     QStringLiteral("429ra"),   QStringLiteral("503ra"),
        QStringLiteral("500html"), QStringLiteral("502html"), QStringLiteral("503"),
        QStringLiteral("timeout"), QStringLiteral("reset"),   QStringLiteral("truncate"),
        QStringLiteral("shift"),   QStringLiteral("auth"),
    };
    return kinds;
}

std::optional<FaultSpec> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QStringList FaultSpec::allKinds()
{
    return knownKinds();
}

// Grammar: comma-separated key=value pairs; `kinds=` takes every following bare token
// (so "kinds=429,500html,rate=0.1" works too). "none" or "" means no faults.
std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error)
{
    FaultSpec result;
    result.kinds.clear();
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("none"))
        return result;

    bool inKinds = false;
    bool kindsGiven = false;
    const QStringList tokens = trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed();
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        QString key;
        QString value;
        if (eq < 0) {
            if (!inKinds)
                return fail(error, QStringLiteral("faults: \"%1\" is not key=value").arg(token));
            value = token;
        } else {
            key = token.left(eq).trimmed();
            value = token.mid(eq + 1).trimmed();
            inKinds = false;
        }
        if (key.isEmpty() || key == QLatin1String("kinds")) {
            if (!key.isEmpty()) {
                inKinds = true;
                kindsGiven = true;
            }
            if (value.isEmpty())
                continue;
            if (value == QLatin1String("all")) {
                result.kinds = knownKinds();
                continue;
            }
            if (!knownKinds().contains(value))
                return fail(error, QStringLiteral("faults: unknown kind \"%1\" (known: %2)")
                                       .arg(value, knownKinds().join(QLatin1Char(','))));
            if (!result.kinds.contains(value))
                result.kinds.append(value);
        } else if (key == QLatin1String("rate")) {
            bool ok = false;
            const double rate = value.toDouble(&ok);
            if (!ok || rate < 0.0 || rate > 1.0)
                return fail(error, QStringLiteral("faults: rate must be a number in 0..1, got \"%1\"").arg(value));
            result.rate = rate;
        } else if (key == QLatin1String("latency")) {
            bool ok = false;
            const int ms = value.toInt(&ok);
            if (!ok || ms < 0 || ms > 600000)
                return fail(error, QStringLiteral("faults: latency must be milliseconds >= 0, got \"%1\"").arg(value));
            result.latencyMs = ms;
        } else if (key == QLatin1String("seed")) {
            bool ok = false;
            const quint64 seed = value.toULongLong(&ok);
            if (!ok)
                return fail(error, QStringLiteral("faults: seed must be an unsigned integer, got \"%1\"").arg(value));
            result.seed = seed;
        } else {
            return fail(error, QStringLiteral("faults: unknown key \"%1\" (known: rate, latency, kinds, seed)").arg(key));
        }
    }
    if (result.rate > 0.0 && result.kinds.isEmpty()) {
        if (kindsGiven)
            return fail(error, QStringLiteral("faults: kinds is empty but rate > 0"));
        // A rate without kinds means "the usual transport trouble".
        result.kinds = {QStringLiteral("429"), QStringLiteral("429ra"), QStringLiteral("500html"),
                        QStringLiteral("502html"), QStringLiteral("503"), QStringLiteral("timeout"),
                        QStringLiteral("reset"), QStringLiteral("truncate")};
    }
    return result;
}

QString FaultSpec::toString() const
{
    QStringList parts;
    parts << QStringLiteral("rate=%1").arg(rate);
    parts << QStringLiteral("latency=%1").arg(latencyMs);
    if (!kinds.isEmpty())
        parts << QStringLiteral("kinds=") + kinds.join(QLatin1Char(','));
    if (seed != 1)
        parts << QStringLiteral("seed=%1").arg(seed);
    return parts.join(QLatin1Char(','));
}

} // namespace backroom::sim
