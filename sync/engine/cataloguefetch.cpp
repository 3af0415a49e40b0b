#include "sync/engine/cataloguefetch.h"

#include "sync/core/clock.h"
#include "sync/erp/erpfactory.h"
#include "sync/http/httpclient.h"
#include "sync/woo/woocommerceclient.h"

#include <QNetworkAccessManager>

namespace backroom {

namespace {
constexpr int kPerPage = 100;
}

CatalogueFetch::CatalogueFetch(Config config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

CatalogueFetch::~CatalogueFetch()
{
    delete m_http; // aborts what is in flight without calling back
}

void CatalogueFetch::run(const QHash<QString, int> &soldSkus)
{
    m_snapshot = CatalogueSnapshot{};
    m_snapshot.soldSkus = soldSkus;
    m_errors.clear();
    m_wooFailed = false;
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        HttpClientOptions options;
        options.perHostConcurrency = m_config.perHostConcurrency;
        m_http = new HttpClient(m_nam, options, SystemClock::instance(), nullptr);
    }
    fetchProducts(0, 1);
}

void CatalogueFetch::fetchProducts(int storeIndex, int page)
{
    if (storeIndex >= m_config.stores.size()) {
        m_snapshot.hasWoo = !m_wooFailed && !m_config.stores.isEmpty();
        fetchErp();
        return;
    }
    const StoreConfig &store = m_config.stores.at(storeIndex);
    WooConnection conn;
    conn.storeId = store.id;
    conn.url = store.url;
    conn.auth = store.auth;
    conn.consumerKey = store.consumerKey;
    conn.consumerSecret = store.consumerSecret;
    conn.caFile = store.caFile;
    conn.timeout = std::chrono::seconds(m_config.httpTimeoutS);
    auto *client = new WooCommerceClient(conn, m_http, SystemClock::instance(), this);
    client->listProducts(page, kPerPage, [this, client, storeIndex, page](const Result<CataloguePage> &r) {
        client->deleteLater();
        if (!r) {
            m_wooFailed = true;
            m_errors << QStringLiteral("store %1: %2").arg(m_config.stores.at(storeIndex).id, r.error().message);
            fetchProducts(storeIndex + 1, 1);
            return;
        }
        QList<qint64> variable;
        for (const CatalogueItem &i : r.value().items) {
            m_snapshot.wooItems << i;
            if (i.type == QLatin1String("variable"))
                variable << i.id;
        }
        const bool more = !r.value().items.isEmpty()
            && (r.value().totalPages > page || (r.value().totalPages < 0 && r.value().items.size() == kPerPage));
        // Variations of this page first, then the next page.
        if (!variable.isEmpty()) {
            m_pendingNextPage = more ? page + 1 : 0;
            m_pendingStore = storeIndex;
            fetchVariations(storeIndex, variable);
            return;
        }
        if (more)
            fetchProducts(storeIndex, page + 1);
        else
            fetchProducts(storeIndex + 1, 1);
    });
}

void CatalogueFetch::fetchVariations(int storeIndex, QList<qint64> pending)
{
    if (pending.isEmpty()) {
        if (m_pendingNextPage > 0)
            fetchProducts(storeIndex, m_pendingNextPage);
        else
            fetchProducts(storeIndex + 1, 1);
        return;
    }
    const StoreConfig &store = m_config.stores.at(storeIndex);
    WooConnection conn;
    conn.storeId = store.id;
    conn.url = store.url;
    conn.auth = store.auth;
    conn.consumerKey = store.consumerKey;
    conn.consumerSecret = store.consumerSecret;
    conn.caFile = store.caFile;
    conn.timeout = std::chrono::seconds(m_config.httpTimeoutS);
    auto *client = new WooCommerceClient(conn, m_http, SystemClock::instance(), this);
    const qint64 productId = pending.takeFirst();
    // Variations of one product: up to 100 is WooCommerce's page limit; more pages are rare.
    client->listVariations(productId, 1, kPerPage, [this, client, storeIndex, pending](const Result<CataloguePage> &r) {
        client->deleteLater();
        if (r) {
            m_snapshot.wooItems << r.value().items;
        } else {
            m_wooFailed = true;
            m_errors << QStringLiteral("store %1 variations: %2").arg(m_config.stores.at(storeIndex).id, r.error().message);
        }
        fetchVariations(storeIndex, pending);
    });
}

void CatalogueFetch::fetchErp()
{
    const Result<ErpAdapter *> made = createErpAdapter(m_config.erp, m_http, std::chrono::seconds(m_config.httpTimeoutS), this);
    if (!made) {
        m_errors << made.error().message;
        finish();
        return;
    }
    ErpAdapter *erp = made.value();
    erp->listItems([this, erp](const Result<QList<ErpItem>> &r) {
        erp->deleteLater();
        if (r) {
            m_snapshot.erpItems = r.value();
            m_snapshot.hasErp = true;
        } else {
            m_errors << QStringLiteral("%1: %2").arg(erp->connectionName(), r.error().message);
        }
        finish();
    });
}

void CatalogueFetch::finish()
{
    Q_EMIT finished(m_snapshot, m_errors);
}

} // namespace backroom
