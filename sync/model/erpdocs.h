#pragma once

#include "sync/model/money.h"

#include <QList>
#include <QString>

namespace backroom {

// ERP-side documents of the flows after the sales order (DESIGN.md §3), vendor-neutral.
// ERPNext calls them Bin, Delivery Note, Sales Invoice (return); Tryton calls them
// product quantities, stock.shipment.out, account.invoice (credit note).

// Sellable stock of one item: on hand minus reserved, summed over the configured warehouse(s).
struct StockLevel {
    QString itemCode;
    double available = 0;
};

struct DeliveryLine {
    QString itemCode;
    double quantity = 0;
};

// A delivery (shipment) against a sales order the engine created.
struct Delivery {
    QString name;             // ERP document name
    QString salesOrder;       // ERP sales order it delivers against
    QList<DeliveryLine> lines;
    QString trackingNumber;   // empty when the ERP has none
    QString carrier;
    QString modified;         // the ERP's modified timestamp, as it sends it (cursor)
};

struct DeliveryPage {
    QList<Delivery> deliveries;
    QString nextCursor;       // pass to the next call; equal to the input when nothing is new
};

// What the ERP says about one sales order now.
struct SalesOrderState {
    enum class Status { Open, PartlyDelivered, Delivered, Cancelled, Closed, Missing };
    QString name;
    Status status = Status::Open;
    QString erpStatus;        // the ERP's own word for it (ERPNext "To Bill", Tryton "done"): erp_status map keys
    Money grandTotal;
    Money totalTax;
    struct Line {
        QString itemCode;
        double ordered = 0;
        double delivered = 0;
        double shortfall = 0; // ordered minus what stock can cover now (backorder); 0 if covered
    };
    QList<Line> lines;
};

struct CreditNoteLine {
    QString itemCode;
    double quantity = 0;      // positive: units returned
    Money amount;             // positive: net amount credited for this line
};

// A return / credit note for one WooCommerce refund.
struct CreditNoteDraft {
    QString reference;        // idempotency key stored in the ERP: "<order reference>-R<refund id>"
    QString salesOrder;       // ERP sales order name
    QString customerName;
    QList<CreditNoteLine> lines; // empty: an amount-only credit (refund without lines)
    Money amount;             // positive: total refunded, lines + charges + tax
    QString reason;
};

// An item of the ERP catalogue, as the mapping editors validate against it.
struct ErpItem {
    QString itemCode;
    bool disabled = false;
};

} // namespace backroom
