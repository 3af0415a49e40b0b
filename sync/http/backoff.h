#pragma once

#include <chrono>
#include <functional>

namespace backroom {

// Exponential backoff with "full jitter": the n-th retry (0-based) waits a uniformly random
// time in [0, min(maxDelay, baseDelay * 2^n)]. The random source is injectable so tests can
// pin it; it must return values in [0, 1).
class Backoff final {
public:
    using Random = std::function<double()>;

    Backoff(std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay,
            Random random = {});

    // The upper bound of the n-th retry's delay (no jitter).
    std::chrono::milliseconds ceiling(int retry) const;
    // The jittered delay of the n-th retry, in [0, ceiling(retry)].
    std::chrono::milliseconds delay(int retry) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
    Random m_random;
};

} // namespace backroom
