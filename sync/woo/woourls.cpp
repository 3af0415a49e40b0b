#include "sync/woo/woourls.h"

namespace backroom {

QUrl wooApiUrl(const QUrl &storeUrl, const QString &path)
{
    QUrl url = storeUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/wp-json/wc/v3") + path);
    return url;
}

QUrl wooWithQuery(QUrl url, const QueryParams &params)
{
    if (params.isEmpty()) {
        url.setQuery(QString());
        return url.adjusted(QUrl::RemoveQuery);
    }
    QByteArray q;
    for (const auto &p : params) {
        if (!q.isEmpty())
            q += '&';
        q += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return url;
}

QString wooNaiveUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString wooNormalizeGmt(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // naive: it already is UTC
        dt.setTimeSpec(Qt::UTC);
    return wooNaiveUtc(dt);
}

QueryParams wooOrderListParams(const OrderListQuery &query)
{
    QueryParams p;
    p.reserve(7);
    p.append({QStringLiteral("per_page"), QString::number(query.perPage)});
    p.append({QStringLiteral("page"), QString::number(query.page)});
    p.append({QStringLiteral("orderby"), query.orderBy});
    p.append({QStringLiteral("order"), query.order});
    if (!query.statuses.isEmpty())
        p.append({QStringLiteral("status"), query.statuses.join(QLatin1Char(','))});
    if (!query.fields.isEmpty())
        p.append({QStringLiteral("_fields"), query.fields.join(QLatin1Char(','))});
    if (!query.include.isEmpty()) {
        QStringList ids;
        ids.reserve(query.include.size());
        for (qint64 id : query.include)
            ids << QString::number(id);
        p.append({QStringLiteral("include"), ids.join(QLatin1Char(','))});
    }
    const QString after = wooNormalizeGmt(query.modifiedAfterGmt);
    if (!after.isEmpty()) {
        p.append({QStringLiteral("modified_after"), after});
        p.append({QStringLiteral("dates_are_gmt"), QStringLiteral("true")});
    }
    return p;
}

QString wooOrderListQueryProblem(const OrderListQuery &query)
{
    if (query.perPage < 1 || query.perPage > 100)
        return QStringLiteral("per_page must be between 1 and 100 (got %1)").arg(query.perPage);
    if (query.page < 1)
        return QStringLiteral("page must be 1 or more (got %1)").arg(query.page);
    static const QStringList orderBys{QStringLiteral("date"),  QStringLiteral("id"),
                                      QStringLiteral("include"), QStringLiteral("title"),
                                      QStringLiteral("slug"),  QStringLiteral("modified")};
    if (!orderBys.contains(query.orderBy))
        return QStringLiteral("orderby must be one of %1 (got \"%2\")")
            .arg(orderBys.join(QStringLiteral(", ")), query.orderBy);
    if (query.order != QLatin1String("asc") && query.order != QLatin1String("desc"))
        return QStringLiteral("order must be asc or desc (got \"%1\")").arg(query.order);
    for (const QString &s : query.statuses) {
        if (s.isEmpty() || s.contains(QLatin1Char(',')))
            return QStringLiteral("invalid order status \"%1\"").arg(s);
    }
    if (!query.modifiedAfterGmt.trimmed().isEmpty() && wooNormalizeGmt(query.modifiedAfterGmt).isEmpty())
        return QStringLiteral("modified_after is not a timestamp: \"%1\"").arg(query.modifiedAfterGmt);
    return {};
}

} // namespace backroom
