#include "sync/woo/wooerrors.h"

#include "sync/http/httperrors.h"

#include <QJsonDocument>
#include <QStringList>

namespace backroom {

namespace {

int statusOf(const QJsonObject &error, int fallback)
{
    const QJsonValue data = error.value(QLatin1String("data"));
    if (data.isObject()) {
        const QJsonValue s = data.toObject().value(QLatin1String("status"));
        if (s.isDouble())
            return s.toInt();
    } else if (data.isDouble()) {
        return data.toInt();
    }
    return fallback;
}

// "Invalid parameter(s): per_page" + " (per_page must be between 1 ...)" from data.params.
QString withParamDetails(const QString &message, const QJsonObject &error)
{
    const QJsonObject params =
        error.value(QLatin1String("data")).toObject().value(QLatin1String("params")).toObject();
    if (params.isEmpty())
        return message;
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        parts << it.value().toString();
    return message + QStringLiteral(" (") + parts.join(QStringLiteral("; ")) + QLatin1Char(')');
}

struct Rule {
    ErrorCategory category;
    QString hint;
};

Rule classify(const QString &code, const QString &message, int status)
{
    if (code == QLatin1String("woocommerce_rest_authentication_error")) {
        if (message.contains(QLatin1String("write permission")))
            return {ErrorCategory::Auth,
                    QStringLiteral("The API key is read-only: give it Read/Write permissions in "
                                   "WooCommerce → Settings → Advanced → REST API.")};
        if (message.contains(QLatin1String("secret")))
            return {ErrorCategory::Auth,
                    QStringLiteral("The consumer secret does not match the key: copy the key pair "
                                   "again from WooCommerce → Settings → Advanced → REST API.")};
        return {ErrorCategory::Auth,
                QStringLiteral("The store refused the credentials; check the consumer key and "
                               "secret, and for oauth1 this machine's clock.")};
    }
    if (code == QLatin1String("woocommerce_rest_authentication_missing_parameter"))
        return {ErrorCategory::Auth,
                QStringLiteral("The store did not receive all OAuth parameters; try auth \"oauth1\" "
                               "with the parameters in the query string.")};
    if (code.startsWith(QLatin1String("woocommerce_rest_cannot_")) && (status == 401 || status == 403))
        return {ErrorCategory::Auth,
                QStringLiteral("The store did not accept the credentials: the consumer key is "
                               "unknown or lacks rights, or Basic auth was ignored because "
                               "WordPress does not see HTTPS (behind a proxy, set "
                               "X-Forwarded-Proto handling, or use auth \"oauth1\").")};
    if (status == 401 || status == 403)
        return {ErrorCategory::Auth,
                QStringLiteral("Check the connection's consumer key and secret and their "
                               "permissions.")};
    if (code == QLatin1String("rest_no_route"))
        return {ErrorCategory::Validation,
                QStringLiteral("The store has no such REST route: check the store URL, that "
                               "WooCommerce is active, and that the id in the request is valid.")};
    if (code == QLatin1String("woocommerce_rest_shop_order_invalid_id"))
        return {ErrorCategory::Validation,
                QStringLiteral("The order does not exist in the store (deleted, or a wrong id).")};
    if (code == QLatin1String("rest_invalid_param") || code == QLatin1String("rest_missing_callback_param"))
        return {ErrorCategory::Validation,
                QStringLiteral("The store rejected a parameter of the request; this is a bug or "
                               "a configuration value the store does not know (e.g. an order "
                               "status).")};
    if (code == QLatin1String("woocommerce_rest_request_entity_too_large"))
        return {ErrorCategory::Validation,
                QStringLiteral("Too many items in one batch for this store; lower the batch size.")};
    if (code == QLatin1String("woocommerce_rest_cannot_create_order_refund"))
        return {ErrorCategory::Business,
                QStringLiteral("The store refused the refund; check the amount against what is "
                               "left to refund and the payment gateway.")};
    if (code == QLatin1String("woocommerce_rest_already_trashed") || code == QLatin1String("product_invalid_sku"))
        return {ErrorCategory::Conflict,
                QStringLiteral("The store's data conflicts with the request; compare both sides.")};
    if (status == 429 || status == 503)
        return {ErrorCategory::TransientThrottled,
                QStringLiteral("The store asks to slow down; Backroom waits and retries.")};
    if (status >= 500)
        return {ErrorCategory::TransientRemote,
                QStringLiteral("The store failed; Backroom retries automatically. If it persists, "
                               "check the store's PHP error log.")};
    return {ErrorCategory::Validation,
            QStringLiteral("The store rejected the request; fix the data, it is not retried until "
                           "changed.")};
}

} // namespace

SyncError wooErrorFromObject(const QJsonObject &error, int httpStatus)
{
    SyncError e;
    e.code = error.value(QLatin1String("code")).toString();
    e.httpStatus = statusOf(error, httpStatus);
    e.message = withParamDetails(error.value(QLatin1String("message")).toString(), error);
    if (e.message.isEmpty())
        e.message = e.code;
    const Rule rule = classify(e.code, e.message, e.httpStatus);
    e.category = rule.category;
    e.hint = rule.hint;
    return e;
}

SyncError wooErrorFromResponse(const HttpResponse &response)
{
    SyncError base = response.error.value_or(SyncError{});
    if (!response.error && response.status >= 200 && response.status < 300) {
        base.category = ErrorCategory::Internal;
        base.message = QStringLiteral("not an error");
    }
    if (response.status == 0 || looksLikeHtml(response.header("Content-Type"), response.body))
        return base;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return base;
    const QJsonObject obj = doc.object();
    if (!obj.value(QLatin1String("code")).isString())
        return base;
    SyncError e = wooErrorFromObject(obj, response.status);
    e.httpStatus = response.status; // the wire status wins over data.status for the exchange
    e.requestId = base.requestId.isEmpty() ? response.correlationId : base.requestId;
    e.retryAfterMs = base.retryAfterMs;
    // Throttling and 5xx keep their transient class whatever the body says (except the known
    // business refusals), so the retry policy of the HTTP layer stays intact.
    if (base.category == ErrorCategory::TransientThrottled)
        e.category = ErrorCategory::TransientThrottled;
    return e;
}

} // namespace backroom
