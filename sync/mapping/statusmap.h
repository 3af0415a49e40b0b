#pragma once

#include "sync/config/config.h"
#include "sync/model/erpdocs.h"

#include <QMap>
#include <QStringList>

namespace backroom {

// The status map in both directions (docs/mappings.md, "Status map"):
//   status:     WooCommerce order status -> what Backroom does with the ERP sales order
//               (sync: post it; ignore: nothing; cancel: cancel it once it is in the ERP);
//   erp_status: ERP sales order state -> WooCommerce status Backroom sets on the store order.
// Pure functions: the intake, the journal, the fulfilment and reconciliation flows, the
// editors and the CLI all read the map through them.

// WooCommerce core order statuses (wc_get_order_statuses(), plus Blocks' checkout-draft).
QStringList coreWooStatuses();
// A status as the REST API spells it: lowercase letters, digits, '-' and '_', at most 17
// characters (WooCommerce stores "wc-" + slug in a 20-character column), no "wc-" prefix.
bool isWooStatusSlug(const QString &status);
// Core statuses plus every status the status table names (how a plugin's status is declared).
QStringList knownWooStatuses(const Mappings &m);

// --- WooCommerce -> ERP --------------------------------------------------------------------
// Statuses whose orders have their ERP sales order cancelled: the ones mapped to "cancel",
// plus "cancelled" unless the table maps it to something else.
QStringList cancelStatuses(const QMap<QString, QString> &statusTable);

// --- ERP -> WooCommerce --------------------------------------------------------------------
// Vendor-neutral names of SalesOrderState::Status, usable as erp_status keys:
// open, partly_delivered, delivered, cancelled, closed.
QString erpStateKey(SalesOrderState::Status status);
QStringList erpStateKeys();
// The WooCommerce status the map names for this ERP state: by the ERP's own status text
// (ERPNext "To Bill", Tryton "done") first, then by erpStateKey(). Empty: the map is silent.
QString mappedWooStatus(const QMap<QString, QString> &erpStatusTable, const SalesOrderState &state);
// The status a delivery that completes the sales order sets: the map's, else `fallback`
// (order_flows.delivered_status).
QString deliveredWooStatus(const QMap<QString, QString> &erpStatusTable, const SalesOrderState &state,
                           const QString &fallback);
// Statuses the intake keeps listing for orders already in the journal, so that the flows after
// posting see them: cancelled, refunded, completed, `deliveredStatus`, the cancel statuses and
// every status the erp_status table sets.
QStringList statusesToFollow(const Mappings &m, const QString &deliveredStatus);

// --- validation ------------------------------------------------------------------------------
struct StatusMapProblem {
    QString where;   // "mappings.erp_status.To Bill"
    QString problem; // one sentence
    QString line() const { return where + QStringLiteral(": ") + problem; }
};
// Entries that are refused (the mapping is not saved): a status key that is no WooCommerce
// status slug, an action other than sync/ignore/cancel, an erp_status value that is no known
// WooCommerce status, an ERP state that would set a status the status table cancels.
QList<StatusMapProblem> statusMapErrors(const Mappings &m);
// Entries that are accepted but worth a look: a status table key that is not a core status
// (fine when a plugin registers it in the store).
QList<StatusMapProblem> statusMapWarnings(const Mappings &m);

} // namespace backroom
