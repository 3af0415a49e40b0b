#include "sync/mapping/paymentmap.h"

namespace backroom {

bool paymentMappingRequired(const Mappings &m)
{
    return m.payment.value(QLatin1String(kAnyPaymentMethod)) == QLatin1String(kPaymentRequired);
}

QString modeOfPaymentFor(const Mappings &m, const QString &method)
{
    if (method.isEmpty())
        return {}; // free or hand-made orders: no payment to describe
    if (const auto it = m.payment.constFind(method); it != m.payment.constEnd())
        return *it;
    const QString any = m.payment.value(QLatin1String(kAnyPaymentMethod));
    return any == QLatin1String(kPaymentRequired) ? QString() : any;
}

std::optional<SyncError> unmappedPayment(const Mappings &m, const QString &orderNumber, const QString &method,
                                         const QString &methodTitle)
{
    if (method.isEmpty() || !paymentMappingRequired(m) || m.payment.contains(method))
        return std::nullopt;
    SyncError e;
    e.category = ErrorCategory::Mapping;
    e.code = QStringLiteral("unmapped_payment");
    e.message = QStringLiteral("Order #%1 is paid with \"%2\"%3, which the payment mapping does not name.")
                    .arg(orderNumber, method,
                         methodTitle.isEmpty() || methodTitle == method ? QString() : QStringLiteral(" (%1)").arg(methodTitle));
    e.hint = QStringLiteral("Map payment method %1 to an ERP mode of payment in Mappings → Payment, then retry the "
                            "orders waiting on it.")
                 .arg(method);
    e.groupKey = QStringLiteral("payment:%1").arg(method);
    return e;
}

} // namespace backroom
