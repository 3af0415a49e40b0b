#include "sync/mapping/statusmap.h"

#include "sync/mapping/mappingjson.h"

#include <QRegularExpression>

namespace backroom {

namespace {
const QString kCancelled = QStringLiteral("cancelled");

// ERP states that mean the sales order is already cancelled: setting a status the status
// table cancels is then harmless (the cancellation finds it cancelled and does nothing).
bool isCancelledState(const QString &erpKey)
{
    return erpKey.compare(kCancelled, Qt::CaseInsensitive) == 0;
}
} // namespace

QStringList coreWooStatuses()
{
    return {QStringLiteral("pending"),   QStringLiteral("processing"), QStringLiteral("on-hold"),
            QStringLiteral("completed"), QStringLiteral("cancelled"),  QStringLiteral("refunded"),
            QStringLiteral("failed"),    QStringLiteral("checkout-draft")};
}

bool isWooStatusSlug(const QString &status)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9_-]{1,17}$"));
    return slug.match(status).hasMatch() && !status.startsWith(QLatin1String("wc-"));
}

QStringList knownWooStatuses(const Mappings &m)
{
    QStringList out = coreWooStatuses();
    for (auto it = m.status.constBegin(); it != m.status.constEnd(); ++it) {
        if (!out.contains(it.key()) && isWooStatusSlug(it.key()))
            out << it.key();
    }
    return out;
}

QStringList cancelStatuses(const QMap<QString, QString> &statusTable)
{
    QStringList out;
    if (!statusTable.contains(kCancelled) || statusTable.value(kCancelled) == QLatin1String("cancel"))
        out << kCancelled;
    for (auto it = statusTable.constBegin(); it != statusTable.constEnd(); ++it) {
        if (it.value() == QLatin1String("cancel") && !out.contains(it.key()))
            out << it.key();
    }
    return out;
}

QString erpStateKey(SalesOrderState::Status status)
{
    using S = SalesOrderState::Status;
    switch (status) {
    case S::Open: return QStringLiteral("open");
    case S::PartlyDelivered: return QStringLiteral("partly_delivered");
    case S::Delivered: return QStringLiteral("delivered");
    case S::Cancelled: return QStringLiteral("cancelled");
    case S::Closed: return QStringLiteral("closed");
    case S::Missing: return QStringLiteral("missing");
    }
    return {};
}

QStringList erpStateKeys()
{
    return {QStringLiteral("open"), QStringLiteral("partly_delivered"), QStringLiteral("delivered"),
            QStringLiteral("cancelled"), QStringLiteral("closed")};
}

QString mappedWooStatus(const QMap<QString, QString> &erpStatusTable, const SalesOrderState &state)
{
    if (state.status == SalesOrderState::Status::Missing)
        return {};
    if (!state.erpStatus.isEmpty()) {
        if (const auto it = erpStatusTable.constFind(state.erpStatus); it != erpStatusTable.constEnd())
            return *it;
    }
    return erpStatusTable.value(erpStateKey(state.status));
}

QString deliveredWooStatus(const QMap<QString, QString> &erpStatusTable, const SalesOrderState &state,
                           const QString &fallback)
{
    const QString mapped = mappedWooStatus(erpStatusTable, state);
    return mapped.isEmpty() ? fallback : mapped;
}

QStringList statusesToFollow(const Mappings &m, const QString &deliveredStatus)
{
    QStringList out{kCancelled, QStringLiteral("refunded"), QStringLiteral("completed")};
    const QStringList more = QStringList{deliveredStatus} + cancelStatuses(m.status) + m.erpStatus.values();
    for (const QString &s : more) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

QList<StatusMapProblem> statusMapErrors(const Mappings &m)
{
    QList<StatusMapProblem> out;
    const QString statusWhere = QStringLiteral("mappings.status.");
    for (auto it = m.status.constBegin(); it != m.status.constEnd(); ++it) {
        if (!isWooStatusSlug(it.key())) {
            const QString hint = it.key().startsWith(QLatin1String("wc-"))
                ? QStringLiteral("write it without the wc- prefix, as the REST API does (\"%1\")").arg(it.key().mid(3))
                : QStringLiteral("statuses are lowercase slugs such as %1").arg(coreWooStatuses().mid(0, 3).join(QLatin1String(", ")));
            out << StatusMapProblem{statusWhere + it.key(),
                                    QStringLiteral("\"%1\" is not a WooCommerce order status; %2").arg(it.key(), hint)};
        }
        if (!statusActions().contains(it.value()))
            out << StatusMapProblem{statusWhere + it.key(), QStringLiteral("must be one of %1 (not \"%2\")")
                                                                .arg(statusActions().join(QLatin1String(", ")), it.value())};
    }
    const QStringList known = knownWooStatuses(m);
    const QStringList cancels = cancelStatuses(m.status);
    const QString erpWhere = QStringLiteral("mappings.erp_status.");
    for (auto it = m.erpStatus.constBegin(); it != m.erpStatus.constEnd(); ++it) {
        if (!known.contains(it.value())) {
            out << StatusMapProblem{erpWhere + it.key(),
                                    QStringLiteral("\"%1\" is not a WooCommerce order status (known: %2; a status a plugin adds "
                                                   "must first be named in the status table)")
                                        .arg(it.value(), known.join(QLatin1String(", ")))};
        } else if (cancels.contains(it.value()) && !isCancelledState(it.key())) {
            out << StatusMapProblem{erpWhere + it.key(),
                                    QStringLiteral("sets \"%1\", which the status table cancels in the ERP: the sales order "
                                                   "would be cancelled by its own state; map it to another status")
                                        .arg(it.value())};
        }
    }
    return out;
}

QList<StatusMapProblem> statusMapWarnings(const Mappings &m)
{
    QList<StatusMapProblem> out;
    const QStringList core = coreWooStatuses();
    for (auto it = m.status.constBegin(); it != m.status.constEnd(); ++it) {
        if (isWooStatusSlug(it.key()) && !core.contains(it.key()))
            out << StatusMapProblem{QStringLiteral("mappings.status.") + it.key(),
                                    QStringLiteral("\"%1\" is not a core WooCommerce status; keep it only if a plugin "
                                                   "registers it in the store (WooCommerce refuses an unknown status "
                                                   "with 400, in order listings too)")
                                        .arg(it.key())};
    }
    return out;
}

} // namespace backroom
