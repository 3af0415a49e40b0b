#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace backroom::sim {

// What can go wrong on the wire, and how often. Parsed from the --faults SPEC of
// `backroom sim`, e.g. "rate=0.2,latency=50,kinds=429,429ra,500html,502html,503,timeout,reset,truncate,shift".
//   rate     share of requests (0..1) that get one fault, drawn from `kinds`
//   latency  milliseconds added to every response
//   kinds    429 (no Retry-After), 429ra (Retry-After: 1), 503ra, 500html, 502html, 503,
//            timeout (no answer, connection held open), reset (connection closed mid-request),
//            truncate (JSON body cut short), shift (WooCommerce only: rows change while paging),
//            auth (401 in the vendor's format)
struct FaultSpec {
    double rate = 0.0;
    int latencyMs = 0;
    QStringList kinds;
    quint64 seed = 1;

    // nullopt + message on a malformed spec.
    static std::optional<FaultSpec> parse(const QString &spec, QString *error = nullptr);
    QString toString() const;
    bool any() const { return rate > 0.0 || latencyMs > 0; }
    bool has(const QString &kind) const { return kinds.contains(kind); }
    // Every kind parse() accepts ("all" in a spec expands to these).
    static QStringList allKinds();
};

} // namespace backroom::sim
