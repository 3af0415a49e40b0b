// The wc/v3 endpoints of WooServer: list semantics, validation messages and paging headers as
// captured from WooCommerce 10.0.2 (fixtures/woocommerce-live).
#include "sim/woo/wooserver.h"

#include "sim/woo/wooformat.h"

#include <QJsonDocument>
#include <QUrl>

namespace backroom::sim::woo {

namespace {

const QStringList kStatuses = {
    QStringLiteral("any"),        QStringLiteral("trash"),     QStringLiteral("auto-draft"),
    QStringLiteral("pending"),    QStringLiteral("processing"), QStringLiteral("on-hold"),
    QStringLiteral("completed"),  QStringLiteral("cancelled"), QStringLiteral("refunded"),
    QStringLiteral("failed"),     QStringLiteral("checkout-draft")};

QString oneOf(const QStringList &values)
{
    QStringList v = values;
    const QString last = v.takeLast();
    return v.join(QStringLiteral(", ")) + QStringLiteral(", and ") + last;
}

std::optional<int> toInt(const QString &s)
{
    bool ok = false;
    const int v = s.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

QByteArray phpUrlEncode(const QString &s)
{
    QByteArray e = QUrl::toPercentEncoding(s, " ");
    e.replace(' ', '+');
    return e;
}

QByteArray joinArray(const QList<QByteArray> &items)
{
    QByteArray out;
    out.reserve(items.size() * 64 + 2);
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += ']';
    return out;
}

QJsonObject pickFields(const QJsonObject &o, const QStringList &fields, bool keepLinks)
{
    QJsonObject out;
    for (const QString &f : fields) {
        const QString top = f.section(QLatin1Char('.'), 0, 0);
        if (o.contains(top))
            out.insert(top, o.value(top));
    }
    if (keepLinks && o.contains(QStringLiteral("_links")))
        out.insert(QStringLiteral("_links"), o.value(QStringLiteral("_links")));
    return out;
}

std::optional<QJsonObject> jsonBody(const SimRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

SimResponse invalidJson()
{
    return wpError(400, QStringLiteral("rest_invalid_json"), QStringLiteral("Invalid JSON body passed."),
                   QJsonObject{{QStringLiteral("json_error_code"), 4},
                               {QStringLiteral("json_error_message"), QStringLiteral("Syntax error")}});
}

SimResponse invalidOrderId(int status)
{
    return wpError(status, QStringLiteral("woocommerce_rest_shop_order_invalid_id"), QStringLiteral("Invalid ID."));
}

} // namespace

std::optional<SimResponse> WooServer::parsePaging(const SimRequest &request, Paging *paging)
{
    if (request.hasQuery(QStringLiteral("per_page"))) {
        const auto v = toInt(request.queryValue(QStringLiteral("per_page")));
        if (!v)
            return invalidParam(QStringLiteral("per_page"), QStringLiteral("rest_invalid_type"),
                                QStringLiteral("per_page is not of type integer."));
        if (*v < 1 || *v > 100)
            return invalidParam(QStringLiteral("per_page"), QStringLiteral("rest_out_of_bounds"),
                                QStringLiteral("per_page must be between 1 (inclusive) and 100 (inclusive)"));
        paging->perPage = *v;
    }
    if (request.hasQuery(QStringLiteral("page"))) {
        const auto v = toInt(request.queryValue(QStringLiteral("page")));
        if (!v)
            return invalidParam(QStringLiteral("page"), QStringLiteral("rest_invalid_type"),
                                QStringLiteral("page is not of type integer."));
        if (*v < 1)
            return invalidParam(QStringLiteral("page"), QStringLiteral("rest_out_of_bounds"),
                                QStringLiteral("page must be greater than or equal to 1"));
        paging->page = *v;
    }
    return std::nullopt;
}

QByteArray WooServer::linkHeader(const SimRequest &request, const QString &route, int page) const
{
    // add_query_arg(request params + filled-in defaults, route): page replaced in place or appended.
    QByteArray q;
    bool pageSeen = false, statusSeen = false, dpSeen = false, contextSeen = false;
    for (const auto &p : request.query) {
        if (!q.isEmpty())
            q += '&';
        if (p.first == QLatin1String("page")) {
            pageSeen = true;
            q += "page=" + QByteArray::number(page);
            continue;
        }
        statusSeen = statusSeen || p.first.startsWith(QLatin1String("status"));
        dpSeen = dpSeen || p.first == QLatin1String("dp");
        contextSeen = contextSeen || p.first == QLatin1String("context");
        q += phpUrlEncode(p.first) + '=' + phpUrlEncode(p.second);
    }
    const auto add = [&q](const QByteArray &pair) {
        if (!q.isEmpty())
            q += '&';
        q += pair;
    };
    if (route == QLatin1String("orders") && !statusSeen)
        add("status%5B0%5D=any");
    if (route == QLatin1String("orders") && !dpSeen)
        add("dp=2");
    if (!contextSeen)
        add("context=view");
    if (!pageSeen)
        add("page=" + QByteArray::number(page));
    return m_store->baseUrl().toUtf8() + "/wp-json/wc/v3/" + route.toUtf8() + '?' + q;
}

SimResponse WooServer::pagedResponse(const SimRequest &request, const QString &route, const QByteArray &body,
                                     int page, int total, int perPage, bool emptyPage) const
{
    // HPOS reports 0 / 0 for a page past the end (fixture 01_..._page4_past_end).
    if (emptyPage)
        total = 0;
    const int maxPages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    SimResponse r = SimResponse::rawJson(200, body);
    r.header("X-WP-Total", QByteArray::number(total));
    r.header("X-WP-TotalPages", QByteArray::number(maxPages));
    QList<QByteArray> links;
    if (page > 1) {
        const int prev = std::min(page - 1, maxPages);
        links << "<" + linkHeader(request, route, prev) + ">; rel=\"prev\"";
    }
    if (maxPages > page)
        links << "<" + linkHeader(request, route, page + 1) + ">; rel=\"next\"";
    if (!links.isEmpty())
        r.header("Link", links.join(", "));
    return r;
}

SimResponse WooServer::listOrders(const SimRequest &request)
{
    ++m_orderListings;
    Paging paging;
    if (auto error = parsePaging(request, &paging))
        return *error;
    WooStore::ListQuery q;
    q.page = paging.page;
    q.perPage = paging.perPage;

    const QStringList statuses = request.queryValues(QStringLiteral("status"), true);
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!kStatuses.contains(statuses[i]))
            return invalidParam(QStringLiteral("status"), QStringLiteral("rest_not_in_enum"),
                                QStringLiteral("status[%1] is not one of %2.").arg(i).arg(oneOf(kStatuses)));
    }
    if (!statuses.contains(QStringLiteral("any")))
        q.statuses = statuses.isEmpty() ? QStringList() : statuses;
    if (!q.statuses.isEmpty() && q.statuses == QStringList{QStringLiteral("trash")})
        q.statuses = {QStringLiteral("__none__")};

    if (request.hasQuery(QStringLiteral("orderby"))) {
        static const QStringList orderbys = {QStringLiteral("date"), QStringLiteral("id"), QStringLiteral("include"),
                                             QStringLiteral("title"), QStringLiteral("slug"), QStringLiteral("modified")};
        q.orderBy = request.queryValue(QStringLiteral("orderby"));
        if (!orderbys.contains(q.orderBy))
            return invalidParam(QStringLiteral("orderby"), QStringLiteral("rest_not_in_enum"),
                                QStringLiteral("orderby is not one of %1.").arg(oneOf(orderbys)));
    }
    if (request.hasQuery(QStringLiteral("order"))) {
        const QString order = request.queryValue(QStringLiteral("order"));
        if (order != QLatin1String("asc") && order != QLatin1String("desc"))
            return invalidParam(QStringLiteral("order"), QStringLiteral("rest_not_in_enum"),
                                QStringLiteral("order is not one of asc and desc."));
        q.ascending = order == QLatin1String("asc");
    }
    for (const QString &v : request.queryValues(QStringLiteral("include"), true)) {
        const auto id = toInt(v);
        if (!id)
            return invalidParam(QStringLiteral("include"), QStringLiteral("rest_invalid_type"),
                                QStringLiteral("include[0] is not of type integer."));
        q.include.append(*id);
    }
    if (request.hasQuery(QStringLiteral("customer")))
        q.customer = toInt(request.queryValue(QStringLiteral("customer"))).value_or(-1);
    if (request.hasQuery(QStringLiteral("offset")))
        q.offset = toInt(request.queryValue(QStringLiteral("offset"))).value_or(-1);

    const QString gmtFlag = request.queryValue(QStringLiteral("dates_are_gmt")).toLower();
    const bool datesAreGmt = gmtFlag == QLatin1String("true") || gmtFlag == QLatin1String("1");
    const int offset = m_store->utcOffset();
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("modified_after"), &q.modifiedAfter}, std::pair{QStringLiteral("modified_before"), &q.modifiedBefore},
          std::pair{QStringLiteral("after"), &q.createdAfter}, std::pair{QStringLiteral("before"), &q.createdBefore}}) {
        if (!request.hasQuery(name))
            continue;
        const auto parsed = parseWpDate(request.queryValue(name));
        if (!parsed)
            return invalidParam(name, QStringLiteral("rest_invalid_date"), QStringLiteral("Invalid date."));
        // WordPress reads the value in the site's zone (a designator converts it into site-local
        // wall-clock time), then compares that wall clock with the *_gmt column when
        // dates_are_gmt is set, or with the local column otherwise.
        const qint64 localWall = parsed->hasZone ? parsed->naiveSecs - parsed->offsetSecs + offset : parsed->naiveSecs;
        *target = datesAreGmt ? localWall : localWall - offset;
    }

    const WooStore::ListResult result = m_store->list(q);
    const QStringList fields = request.queryValues(QStringLiteral("_fields"), true);
    // render() adds only payment_url and _links to the stored data: other fields are picked
    // from the data without rendering the whole order.
    bool needsRender = false;
    for (const QString &f : fields) {
        const QString top = f.section(QLatin1Char('.'), 0, 0);
        needsRender = needsRender || top == QLatin1String("payment_url") || top == QLatin1String("_links");
    }
    QList<QByteArray> items;
    items.reserve(result.ids.size());
    for (int id : result.ids) {
        OrderRecord *o = m_store->find(id);
        if (fields.isEmpty())
            items.append(m_store->renderBytes(*o));
        else
            items.append(wpJson(pickFields(needsRender ? m_store->render(*o) : o->data, fields, false)));
    }
    return pagedResponse(request, QStringLiteral("orders"), joinArray(items), q.page, result.total, q.perPage,
                         result.ids.isEmpty());
}

SimResponse WooServer::getOrder(const SimRequest &request, int id)
{
    OrderRecord *o = m_store->find(id);
    if (!o)
        return invalidOrderId(404);
    const QStringList fields = request.queryValues(QStringLiteral("_fields"), true);
    if (!fields.isEmpty())
        return SimResponse::rawJson(200, wpJson(pickFields(m_store->render(*o), fields, true)));
    return SimResponse::rawJson(200, m_store->renderBytes(*o));
}

SimResponse WooServer::updateOrder(const SimRequest &request, int id)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    OrderRecord *o = m_store->find(id);
    if (!o)
        return invalidOrderId(400);
    if (body->contains(QStringLiteral("status")) && !kStatuses.contains(body->value(QStringLiteral("status")).toString()))
        return invalidParam(QStringLiteral("status"), QStringLiteral("rest_not_in_enum"),
                            QStringLiteral("status is not one of %1.").arg(oneOf(kStatuses.mid(2))));
    m_store->update(*o, *body, now());
    return SimResponse::rawJson(200, m_store->renderBytes(*o));
}

SimResponse WooServer::deleteOrder(int id)
{
    OrderRecord *o = m_store->find(id);
    if (!o)
        return invalidOrderId(404);
    const QByteArray body = m_store->renderBytes(*o);
    m_store->remove(id);
    return SimResponse::rawJson(200, body);
}

SimResponse WooServer::batchOrders(const SimRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    const QJsonArray creates = body->value(QStringLiteral("create")).toArray();
    const QJsonArray updates = body->value(QStringLiteral("update")).toArray();
    const QJsonArray deletes = body->value(QStringLiteral("delete")).toArray();
    if (creates.size() + updates.size() + deletes.size() > 100)
        return wpError(413, QStringLiteral("woocommerce_rest_request_entity_too_large"),
                       QStringLiteral("Unable to accept more than 100 items for this request."));
    const qint64 t = now();
    QByteArray out = "{";
    const auto section = [&out](const char *name, const QList<QByteArray> &items) {
        if (out.size() > 1)
            out += ',';
        out += '"' + QByteArray(name) + "\":" + joinArray(items);
    };
    const auto itemError = [](int id, const SimResponse &error) {
        QJsonObject e = QJsonDocument::fromJson(error.body).object();
        QJsonObject data = e.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("status"), 400);
        e.insert(QStringLiteral("data"), data);
        return wpJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("error"), e}});
    };
    if (body->contains(QStringLiteral("create"))) {
        QList<QByteArray> items;
        for (qsizetype i = 0; i < creates.size(); ++i)
            items << itemError(0, wpError(400, QStringLiteral("woocommerce_rest_shop_order_not_created"),
                                          QStringLiteral("The simulator does not create orders through the REST API.")));
        section("create", items);
    }
    if (body->contains(QStringLiteral("update"))) {
        QList<QByteArray> items;
        for (const QJsonValue &v : updates) {
            const QJsonObject patch = v.toObject();
            const int id = patch.value(QStringLiteral("id")).toInt();
            OrderRecord *o = id > 0 ? m_store->find(id) : nullptr;
            if (!o) {
                items << itemError(id, invalidOrderId(400));
                continue;
            }
            if (patch.contains(QStringLiteral("status")) && !kStatuses.contains(patch.value(QStringLiteral("status")).toString())) {
                items << itemError(id, invalidParam(QStringLiteral("status"), QStringLiteral("rest_not_in_enum"),
                                                    QStringLiteral("status is not one of %1.").arg(oneOf(kStatuses.mid(2)))));
                continue;
            }
            m_store->update(*o, patch, t);
            items << m_store->renderBytes(*o);
        }
        section("update", items);
    }
    if (body->contains(QStringLiteral("delete"))) {
        QList<QByteArray> items;
        for (const QJsonValue &v : deletes) {
            const int id = v.isObject() ? v.toObject().value(QStringLiteral("id")).toInt() : v.toInt();
            OrderRecord *o = m_store->find(id);
            if (!o) {
                items << itemError(id, invalidOrderId(400));
                continue;
            }
            items << m_store->renderBytes(*o);
            m_store->remove(id);
        }
        section("delete", items);
    }
    out += '}';
    return SimResponse::rawJson(200, out);
}

SimResponse WooServer::listNotes(int id)
{
    OrderRecord *o = m_store->find(id);
    if (!o)
        return wpError(404, QStringLiteral("woocommerce_rest_order_invalid_id"), QStringLiteral("Invalid order ID."));
    // Newest first, ties by id ascending; no paging and no X-WP-Total headers.
    QList<Note> notes = o->notes;
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        return a.createdGmt != b.createdGmt ? a.createdGmt > b.createdGmt : a.id < b.id;
    });
    QList<QByteArray> items;
    for (const Note &n : notes)
        items << wpJson(m_store->noteJson(*o, n));
    return SimResponse::rawJson(200, joinArray(items));
}

SimResponse WooServer::createNote(const SimRequest &request, int id)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalidJson();
    OrderRecord *o = m_store->find(id);
    if (!o)
        return wpError(404, QStringLiteral("woocommerce_rest_order_invalid_id"), QStringLiteral("Invalid order ID."));
    const QString text = body->value(QStringLiteral("note")).toString();
    if (text.isEmpty())
        return wpError(400, QStringLiteral("rest_missing_callback_param"), QStringLiteral("Missing parameter(s): note"),
                       QJsonObject{{QStringLiteral("params"), QJsonArray{QStringLiteral("note")}}});
    // A note does not bump the order's date_modified (checked on 10.0.2).
    const Note n = m_store->addNote(*o, text, body->value(QStringLiteral("customer_note")).toBool(), true, now());
    ++m_apiNotes[id];
    return SimResponse::rawJson(201, wpJson(m_store->noteJson(*o, n)));
}

SimResponse WooServer::listProducts(const SimRequest &request)
{
    Paging paging;
    if (auto error = parsePaging(request, &paging))
        return *error;
    const WooCatalogue &cat = m_store->catalogue();
    const QStringList skus = request.queryValues(QStringLiteral("sku"), true);
    QList<const Product *> rows;
    for (const Product &p : cat.products())
        if (!p.isVariation() && (skus.isEmpty() || skus.contains(p.sku)))
            rows.append(&p);   // all created in the same second: id ascending
    const qint64 created = m_store->orders().isEmpty() ? now() : m_store->orders().first().createdGmt - 86400;
    QList<QByteArray> items;
    const qsizetype start = qsizetype(paging.page - 1) * paging.perPage;
    for (qsizetype i = start; i < rows.size() && i < start + paging.perPage; ++i)
        items << wpJson(cat.productJson(*rows[i], m_store->baseUrl(), created, m_store->utcOffset()));
    return pagedResponse(request, QStringLiteral("products"), joinArray(items), paging.page, int(rows.size()),
                         paging.perPage, items.isEmpty());
}

SimResponse WooServer::getProduct(int id)
{
    const WooCatalogue &cat = m_store->catalogue();
    const Product *p = cat.product(id);
    if (!p || p->isVariation())
        return wpError(404, QStringLiteral("woocommerce_rest_product_invalid_id"), QStringLiteral("Invalid ID."));
    const qint64 created = m_store->orders().isEmpty() ? now() : m_store->orders().first().createdGmt - 86400;
    return SimResponse::rawJson(200, wpJson(cat.productJson(*p, m_store->baseUrl(), created, m_store->utcOffset())));
}

SimResponse WooServer::listVariations(const SimRequest &request, int productId)
{
    Paging paging;
    if (auto error = parsePaging(request, &paging))
        return *error;
    const WooCatalogue &cat = m_store->catalogue();
    const Product *parent = cat.product(productId);
    if (!parent || parent->isVariation())
        return wpError(404, QStringLiteral("woocommerce_rest_product_invalid_id"), QStringLiteral("Invalid ID."));
    const qint64 created = m_store->orders().isEmpty() ? now() : m_store->orders().first().createdGmt - 86400;
    // Variations list newest first: the last created (highest id) first.
    QList<int> ids = parent->variationIds;
    std::sort(ids.begin(), ids.end(), std::greater<int>());
    QList<QByteArray> items;
    const qsizetype start = qsizetype(paging.page - 1) * paging.perPage;
    for (qsizetype i = start; i < ids.size() && i < start + paging.perPage; ++i)
        items << wpJson(cat.variationJson(*cat.product(ids[i]), m_store->baseUrl(), created, m_store->utcOffset()));
    return pagedResponse(request, QStringLiteral("products/%1/variations").arg(productId), joinArray(items), paging.page,
                         int(ids.size()), paging.perPage, items.isEmpty());
}

SimResponse WooServer::listCustomers(const SimRequest &request)
{
    Paging paging;
    if (auto error = parsePaging(request, &paging))
        return *error;
    const WooCatalogue &cat = m_store->catalogue();
    const QString email = request.queryValue(QStringLiteral("email")).trimmed();
    QList<const Customer *> rows;
    for (const Customer &c : cat.customers())
        if (email.isEmpty() || c.person.email.compare(email, Qt::CaseInsensitive) == 0)
            rows.append(&c);
    const qint64 created = m_store->orders().isEmpty() ? now() : m_store->orders().first().createdGmt - 86400;
    QList<QByteArray> items;
    const qsizetype start = qsizetype(paging.page - 1) * paging.perPage;
    for (qsizetype i = start; i < rows.size() && i < start + paging.perPage; ++i)
        items << wpJson(cat.customerJson(*rows[i], m_store->baseUrl(), created, m_store->utcOffset()));
    return pagedResponse(request, QStringLiteral("customers"), joinArray(items), paging.page, int(rows.size()),
                         paging.perPage, items.isEmpty());
}

} // namespace backroom::sim::woo
