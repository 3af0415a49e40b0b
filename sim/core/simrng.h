#pragma once

#include <QtGlobal>

namespace backroom::sim {

// Small, fast, seedable generator (SplitMix64). Same seed, same sequence, on every platform:
// the simulators' data and fault decisions depend only on it.
class SimRng final {
public:
    explicit SimRng(quint64 seed = 1) : m_state(seed) {}

    void seed(quint64 seed) { m_state = seed; }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [0, n); n > 0.
    int bounded(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + bounded(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    template <typename C>
    const auto &pick(const C &c) { return c[bounded(int(c.size()))]; }

private:
    quint64 m_state;
};

} // namespace backroom::sim
