#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace backroom {

// Parses a Retry-After value (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date
// (IMF-fixdate, with RFC 850 and asctime accepted as obsolete forms). A date is turned into a
// delay relative to `nowUtc` (read from the engine's Clock); a date in the past gives 0.
// Returns nullopt for an empty or unparseable value.
std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime &nowUtc);

// Parses an HTTP-date into a UTC QDateTime; invalid QDateTime if it is not one.
QDateTime parseHttpDate(QByteArrayView value);

} // namespace backroom
