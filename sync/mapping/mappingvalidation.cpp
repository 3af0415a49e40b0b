#include "sync/mapping/mappingvalidation.h"

#include <QSet>

#include <algorithm>

namespace backroom {

QString findingKindName(ValidationFinding::Kind k)
{
    switch (k) {
    case ValidationFinding::Kind::UnmappedSku: return QStringLiteral("unmapped_sku");
    case ValidationFinding::Kind::EmptySku: return QStringLiteral("empty_sku");
    case ValidationFinding::Kind::DuplicateSku: return QStringLiteral("duplicate_sku");
    case ValidationFinding::Kind::UnknownErpItem: return QStringLiteral("unknown_erp_item");
    case ValidationFinding::Kind::DisabledErpItem: return QStringLiteral("disabled_erp_item");
    }
    return {};
}

QList<ValidationFinding> validateMappings(const Mappings &m, const CatalogueSnapshot &c)
{
    using K = ValidationFinding::Kind;
    QList<ValidationFinding> out;
    QHash<QString, bool> erp; // item code -> disabled
    for (const ErpItem &i : c.erpItems)
        erp.insert(i.itemCode, i.disabled);

    if (c.hasErp) {
        for (auto it = c.soldSkus.begin(); it != c.soldSkus.end(); ++it) {
            if (!m.sku.contains(it.key()) && !erp.contains(it.key()))
                out << ValidationFinding{K::UnmappedSku, it.key(),
                                         QStringLiteral("SKU %1 is sold but is neither in the crosswalk nor an ERP item: map it "
                                                        "to an ERP item code.").arg(it.key()),
                                         it.value()};
        }
        QSet<QString> reported;
        for (auto it = m.sku.begin(); it != m.sku.end(); ++it) {
            const QString code = it.value();
            const int orders = c.soldSkus.value(it.key());
            if (!erp.contains(code))
                out << ValidationFinding{K::UnknownErpItem, code,
                                         QStringLiteral("SKU %1 maps to %2, which the ERP does not have: correct the row or "
                                                        "create the item in the ERP.").arg(it.key(), code),
                                         orders};
            else if (erp.value(code) && !reported.contains(code))
                out << ValidationFinding{K::DisabledErpItem, code,
                                         QStringLiteral("SKU %1 maps to %2, which is disabled in the ERP: map it to an active "
                                                        "item or enable the item.").arg(it.key(), code),
                                         orders};
            reported.insert(code);
        }
        for (auto it = c.soldSkus.begin(); it != c.soldSkus.end(); ++it) {
            if (!m.sku.contains(it.key()) && erp.value(it.key(), false))
                out << ValidationFinding{K::DisabledErpItem, it.key(),
                                         QStringLiteral("SKU %1 is sold and its ERP item is disabled: map it to an active item "
                                                        "or enable the item.").arg(it.key()),
                                         it.value()};
        }
    }
    if (c.hasWoo) {
        QHash<QString, QList<qint64>> bySku;
        for (const CatalogueItem &i : c.wooItems) {
            if (i.type == QLatin1String("variable") || i.type == QLatin1String("grouped"))
                continue; // only their variations / children are sold
            if (i.sku.trimmed().isEmpty()) {
                const QString key = QStringLiteral("product:%1").arg(i.id);
                if (!m.sku.contains(key))
                    out << ValidationFinding{K::EmptySku, key,
                                             QStringLiteral("\"%1\" (%2 %3) has no SKU: give it one in WooCommerce or map "
                                                            "\"%4\" to an ERP item.").arg(i.name, i.type).arg(i.id).arg(key),
                                             0};
                continue;
            }
            bySku[i.sku] << i.id;
        }
        for (auto it = bySku.begin(); it != bySku.end(); ++it) {
            if (it.value().size() < 2)
                continue;
            QStringList ids;
            for (qint64 id : it.value())
                ids << QString::number(id);
            out << ValidationFinding{K::DuplicateSku, it.key(),
                                     QStringLiteral("SKU %1 is used by %2 products/variations (%3): give each its own SKU.")
                                         .arg(it.key()).arg(it.value().size()).arg(ids.join(QLatin1String(", "))),
                                     c.soldSkus.value(it.key())};
        }
    }
    std::sort(out.begin(), out.end(), [](const ValidationFinding &a, const ValidationFinding &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.orders != b.orders)
            return a.orders > b.orders;
        return a.key < b.key;
    });
    return out;
}

} // namespace backroom
