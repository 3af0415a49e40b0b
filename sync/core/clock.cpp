#include "sync/core/clock.h"

namespace backroom {

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace backroom
