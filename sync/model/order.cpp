#include "sync/model/order.h"

namespace backroom {

QString Address::fullName() const
{
    const QString n = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    if (!n.isEmpty())
        return n;
    if (!company.isEmpty())
        return company;
    return email;
}

} // namespace backroom
