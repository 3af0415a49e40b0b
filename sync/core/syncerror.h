#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace backroom {

// The error taxonomy of DESIGN.md §6. Every failure the engine sees becomes one of these.
enum class ErrorCategory {
    TransientNetwork,   // timeout, refused, reset, DNS, TLS handshake
    TransientThrottled, // 429, 503, Retry-After
    TransientRemote,    // 500, 502, 504, HTML error page
    Auth,               // 401, 403, invalid key
    Validation,         // order without e-mail, lines; negative qty; bad JSON shape
    Mapping,            // unmapped SKU, unknown ERP item
    Business,           // ERP rejects: closed period, credit limit, item disabled
    Conflict,           // changed after posting, already shipped, duplicate detected
    Internal,           // a bug: unexpected state
};

// "transient.network", "auth", ... as written in the journal and in status --json.
QString categoryName(ErrorCategory category);
std::optional<ErrorCategory> categoryFromName(const QString &name);
bool isTransient(ErrorCategory category);

struct SyncError {
    ErrorCategory category = ErrorCategory::Internal;
    QString code;        // machine code: "woocommerce_rest_authentication_error", "LinkValidationError", ...
    int httpStatus = 0;  // 0 when no HTTP response was received
    QString message;     // the remote system's own words, or ours
    QString hint;        // one sentence that tells a person what to do
    QString requestId;   // correlation id of the attempt
    QString groupKey;    // the missing key for mapping errors (e.g. the SKU); empty otherwise
    std::optional<qint64> retryAfterMs; // as told by the remote (Retry-After)

    QString summary() const; // "category: message" in one line
};

// A small result type: a value or a SyncError.
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(SyncError error) : m_v(std::move(error)) {}   // NOLINT(google-explicit-constructor)
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_v); }
    T &value() { return std::get<0>(m_v); }
    const SyncError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, SyncError> m_v;
};

struct Done {};
using Status = Result<Done>;
inline Status okStatus() { return Done{}; }

} // namespace backroom
