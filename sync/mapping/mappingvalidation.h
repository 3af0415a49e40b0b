#pragma once

#include "sync/config/config.h"
#include "sync/model/erpdocs.h"
#include "sync/woo/storeclient.h"

#include <QHash>
#include <QList>

namespace backroom {

// What the live catalogues say, fetched by CatalogueFetch (sync/engine/cataloguefetch.h).
struct CatalogueSnapshot {
    QList<CatalogueItem> wooItems;   // products and variations of every store
    QList<ErpItem> erpItems;
    QHash<QString, int> soldSkus;    // SKU -> orders in the journal that sell it
    bool hasWoo = false;             // false: the store catalogue could not be read
    bool hasErp = false;             // false: the ERP item list could not be read
};

struct ValidationFinding {
    enum class Kind {
        UnmappedSku,     // sold, neither in the crosswalk nor an ERP item
        EmptySku,        // a product or variation without a SKU and without a "product:<id>" row
        DuplicateSku,    // two products/variations share one SKU
        UnknownErpItem,  // the crosswalk names an item code the ERP does not have
        DisabledErpItem, // the item code a SKU goes to is disabled in the ERP
    };
    Kind kind = Kind::UnmappedSku;
    QString key;      // the SKU, "product:<id>" or the ERP item code
    QString detail;   // one sentence: what is wrong and what to do
    int orders = 0;   // orders in the journal that sell it (0 when not known)
};

QString findingKindName(ValidationFinding::Kind k); // unmapped_sku, empty_sku, ...

// Findings sorted by kind, then by orders (most first), then by key.
QList<ValidationFinding> validateMappings(const Mappings &mappings, const CatalogueSnapshot &catalogue);

} // namespace backroom
