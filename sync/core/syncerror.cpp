#include "sync/core/syncerror.h"

#include <array>

namespace backroom {

namespace {
struct CategoryName {
    ErrorCategory category;
    const char *name;
};
constexpr std::array kNames{
    CategoryName{ErrorCategory::TransientNetwork, "transient.network"},
    CategoryName{ErrorCategory::TransientThrottled, "transient.throttled"},
    CategoryName{ErrorCategory::TransientRemote, "transient.remote"},
    CategoryName{ErrorCategory::Auth, "auth"},
    CategoryName{ErrorCategory::Validation, "validation"},
    CategoryName{ErrorCategory::Mapping, "mapping"},
    CategoryName{ErrorCategory::Business, "business"},
    CategoryName{ErrorCategory::Conflict, "conflict"},
    CategoryName{ErrorCategory::Internal, "internal"},
};
} // namespace

QString categoryName(ErrorCategory category)
{
    for (const auto &n : kNames) {
        if (n.category == category)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCategory> categoryFromName(const QString &name)
{
    for (const auto &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.category;
    }
    return std::nullopt;
}

bool isTransient(ErrorCategory category)
{
    return category == ErrorCategory::TransientNetwork || category == ErrorCategory::TransientThrottled
        || category == ErrorCategory::TransientRemote;
}

QString SyncError::summary() const
{
    return categoryName(category) + QStringLiteral(": ") + message;
}

} // namespace backroom
