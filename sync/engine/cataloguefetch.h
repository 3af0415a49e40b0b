#pragma once

#include "sync/config/config.h"
#include "sync/mapping/mappingvalidation.h"

#include <QObject>

class QNetworkAccessManager;

namespace backroom {

class ErpAdapter;
class HttpClient;

// Reads the live catalogues for the mapping editors: every store's products and variations
// (StoreClient::listProducts/listVariations) and the ERP's items (ErpAdapter::listItems).
// Owns its own network stack, so it can live on a worker thread (the console moves it there).
class CatalogueFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueFetch)
public:
    explicit CatalogueFetch(Config config, QObject *parent = nullptr);
    ~CatalogueFetch() override;

    // Fetches everything; emits finished() once. soldSkus is passed through to the snapshot.
    void run(const QHash<QString, int> &soldSkus);

Q_SIGNALS:
    // errors: one line per catalogue that could not be read (empty: both were read).
    void finished(const backroom::CatalogueSnapshot &snapshot, const QStringList &errors);

private:
    void fetchProducts(int storeIndex, int page);
    void fetchVariations(int storeIndex, QList<qint64> pending);
    void fetchErp();
    void finish();

    Config m_config;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    CatalogueSnapshot m_snapshot;
    QStringList m_errors;
    bool m_wooFailed = false;
    int m_pendingNextPage = 0; // the products page to read after the pending variations
    int m_pendingStore = 0;
};

} // namespace backroom

Q_DECLARE_METATYPE(backroom::CatalogueSnapshot)
