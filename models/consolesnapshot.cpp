#include "models/consolesnapshot.h"

#include <QCoreApplication>

namespace backroom {

QList<AgeBucket> ageBuckets()
{
    return {
        {QCoreApplication::translate("ConsoleSnapshot", "< 5 min"), 0, 300},
        {QCoreApplication::translate("ConsoleSnapshot", "5–60 min"), 300, 3600},
        {QCoreApplication::translate("ConsoleSnapshot", "1–24 h"), 3600, 86400},
        {QCoreApplication::translate("ConsoleSnapshot", "> 24 h"), 86400, 0},
    };
}

} // namespace backroom
