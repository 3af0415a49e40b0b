#pragma once

#include "sim/core/simhttpserver.h"
#include "sim/woo/woooauth.h"
#include "sim/woo/woostore.h"

#include <QJsonArray>
#include <QSet>

#include <optional>

namespace backroom::sim::woo {

struct WooCredentials {
    QString key, secret;
    bool write = true;
};

// The HTTP face of the simulated shop (see WooSim for the public API).
class WooServer final : public SimHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WooServer)
public:
    WooServer(QList<WooCredentials> keys, WooStore *store, const FaultSpec &faults, QObject *parent = nullptr);

    static qint64 now();
    int apiNotesFor(int orderId) const { return m_apiNotes.value(orderId); }
    const QHash<int, int> &apiNotes() const { return m_apiNotes; }
    QJsonObject statsJson() const;
    int apiRefunds() const { return m_apiRefunds; }
    int orderListings() const { return m_orderListings; }

protected:
    SimResponse handle(const SimRequest &request) override;
    SimResponse handleAdmin(const SimRequest &request) override;
    QJsonObject adminStats() const override;
    SimResponse authFault(const SimRequest &request) override;
    bool applyShift(const SimRequest &request) override;

private:
    enum class Kind { List, Read, Edit, Create, Batch, Delete };
    struct Auth {
        const WooCredentials *who = nullptr;
        std::optional<SimResponse> error;
    };
    Auth authenticate(const SimRequest &request);
    SimResponse dispatch(const SimRequest &request, const QStringList &segs, const Auth &auth);
    static SimResponse noRoute();
    static SimResponse notAllowed(Kind kind);
    SimResponse finish(SimResponse r, const QByteArray &allow) const;

    // Endpoints (wooroutes.cpp).
    SimResponse listOrders(const SimRequest &request);
    SimResponse getOrder(const SimRequest &request, int id);
    SimResponse updateOrder(const SimRequest &request, int id);
    SimResponse deleteOrder(int id);
    SimResponse batchOrders(const SimRequest &request);
    SimResponse listNotes(int id);
    SimResponse createNote(const SimRequest &request, int id);
    SimResponse listRefunds(int id);
    SimResponse createRefund(const SimRequest &request, int id);
    std::optional<SimResponse> flowAdmin(const SimRequest &request, const QStringList &segs);
    SimResponse listProducts(const SimRequest &request);
    SimResponse getProduct(int id);
    SimResponse listVariations(const SimRequest &request, int productId);
    SimResponse listCustomers(const SimRequest &request);

public:
    // Stock (woostock.cpp): the batch endpoints of products and variations, hand edits and a
    // per-item fault for the tests.
    SimResponse batchStock(const SimRequest &request, int parentId);
    bool setStockByHand(int id, int quantity);
    void setManageStock(int id, bool manage);
    void failStockWrites(int id, bool fail) { if (fail) m_failStock.insert(id); else m_failStock.remove(id); }
    int stockBatches() const { return m_stockBatches; }
    int stockItemsWritten() const { return m_stockItemsWritten; }

private:

    // Paging helpers (wooroutes.cpp).
    struct Paging { int page = 1; int perPage = 10; };
    static std::optional<SimResponse> parsePaging(const SimRequest &request, Paging *paging);
    SimResponse pagedResponse(const SimRequest &request, const QString &route, const QByteArray &body,
                              int page, int total, int perPage, bool emptyPage) const;
    QByteArray linkHeader(const SimRequest &request, const QString &route, int page) const;

    QList<WooCredentials> m_keys;
    WooStore *m_store;
    WooOAuthVerifier m_oauth;
    QHash<int, int> m_apiNotes;
    int m_orderListings = 0; // GET /orders answered (listing pages and include= fetches)
    int m_apiRefunds = 0; // refunds created through the REST API (an integration must make none)
    SimRng m_shiftRng{7};
    QSet<int> m_failStock;
    int m_stockBatches = 0;
    int m_stockItemsWritten = 0;
};

QByteArray apiRootLink(const QString &baseUrl);

} // namespace backroom::sim::woo
