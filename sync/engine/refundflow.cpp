#include "sync/engine/refundflow.h"

#include "sync/engine/writebatch.h"
#include "sync/woo/wooorderparser.h"

#include <QJsonDocument>

#include <algorithm>

namespace backroom {

Result<CreditNoteDraft> RefundFlow::draftFor(const StoreRefund &refund, const QString &orderReference,
                                             const QString &salesOrder, const QString &customer, const Mappings &mappings)
{
    CreditNoteDraft d;
    d.reference = QStringLiteral("%1-R%2").arg(orderReference).arg(refund.id);
    d.salesOrder = salesOrder;
    d.customerName = customer;
    d.amount = refund.amount;
    d.reason = refund.reason.isEmpty() ? QStringLiteral("WooCommerce refund %1").arg(refund.id)
                                       : QStringLiteral("WooCommerce refund %1: %2").arg(refund.id).arg(refund.reason);
    Money lines;
    for (const StoreRefundLine &l : refund.lines) {
        if (l.sku.isEmpty()) {
            SyncError e;
            e.category = ErrorCategory::Mapping;
            e.code = QStringLiteral("refund_line_without_sku");
            e.message = QStringLiteral("Refund %1 returns \"%2\", which has no SKU").arg(refund.id).arg(l.name);
            e.hint = QStringLiteral("Give the product a SKU that matches an ERP item, then retry; or book the credit in the "
                                    "ERP by hand and resolve the exception.");
            e.groupKey = l.name;
            return e;
        }
        lines += l.total + l.tax;
        if (l.quantity > 0)
            d.lines << CreditNoteLine{mappings.itemCodeFor(l.sku), l.quantity, l.total};
    }
    if (lines > refund.amount + Money::fromMinor4(100)) {
        SyncError e;
        e.category = ErrorCategory::Validation;
        e.code = QStringLiteral("refund_lines_exceed_amount");
        e.message = QStringLiteral("Refund %1 returns lines worth %2 but refunds only %3")
                        .arg(refund.id).arg(lines.toString(), refund.amount.toString());
        e.hint = QStringLiteral("Correct the refund in WooCommerce, or book the credit in the ERP by hand and resolve the exception.");
        return e;
    }
    return d;
}

void RefundFlow::process(const OutboxItem &item)
{
    if (!m_ctx.settings.refunds) {
        succeed(item, nullptr, QStringLiteral("refund flow turned off"));
        return;
    }
    StoreClient *client = store(item);
    client->listRefunds(item.wooId, [this, item, client](const Result<QList<StoreRefund>> &refunds) {
        if (!refunds) {
            fail(item, refunds.error(), QStringLiteral("woocommerce"), client->connectionName());
            return;
        }
        QList<StoreRefund> list = refunds.value();
        std::sort(list.begin(), list.end(), [](const StoreRefund &a, const StoreRefund &b) { return a.id < b.id; });
        // The ERP customer of the order: cached by e-mail, else matched (or created) by the adapter.
        const Result<Order> order = parseWooOrder(QJsonDocument::fromJson(m_ctx.journal->latestRevision(item.orderKey)).object(),
                                                  item.storeId);
        if (!order) {
            fail(item, order.error(), QStringLiteral("woocommerce"), client->connectionName());
            return;
        }
        const QString cached = m_ctx.journal->cachedCustomer(order.value().customer.email);
        if (!cached.isEmpty()) {
            next(item, list, Money(), cached);
            return;
        }
        m_ctx.erp->ensureCustomer(order.value().customer, [this, item, list](const Result<QString> &customer) {
            if (!customer) {
                fail(item, customer.error(), QStringLiteral("erp"), m_ctx.erp->connectionName());
                return;
            }
            next(item, list, Money(), customer.value());
        });
    });
}

void RefundFlow::next(const OutboxItem &item, QList<StoreRefund> refunds, Money refunded, const QString &customer)
{
    if (refunds.isEmpty()) {
        // Fully refunded once the refunds reach the order's total.
        const Result<Order> order = parseWooOrder(QJsonDocument::fromJson(m_ctx.journal->latestRevision(item.orderKey)).object(),
                                                  item.storeId);
        const bool full = order.ok() && order.value().total > Money() && refunded >= order.value().total;
        succeed(item, full ? Stage::Refunded : nullptr, QStringLiteral("refunds booked: %1").arg(refunded.toString()));
        return;
    }
    const StoreRefund refund = refunds.takeFirst();
    refunded += refund.amount;
    const std::optional<Journal::RefundRecord> rec = m_ctx.journal->refundRecord(item.orderKey, refund.id);
    if (rec && rec->state == QLatin1String("done")) {
        next(item, refunds, refunded, customer);
        return;
    }
    book(item, refund, [this, item, refunds, refunded, customer] { next(item, refunds, refunded, customer); }, customer);
}

void RefundFlow::book(const OutboxItem &item, const StoreRefund &refund, std::function<void()> then, const QString &customer)
{
    const Result<CreditNoteDraft> draft = draftFor(refund, reference(item), item.erpRef, customer, m_ctx.mappings);
    if (!draft) {
        fail(item, draft.error(), QStringLiteral("woocommerce"), store(item)->connectionName());
        return;
    }
    const QString ref = draft.value().reference;
    auto booked = [this, item, refund, then](const QString &creditNote) {
        if (m_ctx.batch->open()) {
            (void)m_ctx.journal->refundBooked(item.orderKey, refund.id, creditNote, m_ctx.clock->nowMs());
            (void)m_ctx.batch->flush();
        }
        then();
    };
    auto create = [this, item, refund, draft, booked] {
        // Recorded as sending (durably) before the create: a lost answer is looked up next time.
        if (!m_ctx.batch->open())
            return fail(item, SyncError{ErrorCategory::Internal, QStringLiteral("journal"), 0,
                                        QStringLiteral("the journal is not writable"), {}, {}, {}, {}},
                        QStringLiteral("backroom"), m_ctx.erp->connectionName());
        (void)m_ctx.journal->refundSending(item.orderKey, refund.id, draft.value().reference, refund.amount.toString(),
                                           m_ctx.clock->nowMs());
        (void)m_ctx.batch->flush();
        m_ctx.erp->createCreditNote(draft.value(), [this, item, booked](const Result<QString> &name) {
            if (!name) {
                fail(item, name.error(), QStringLiteral("erp"), m_ctx.erp->connectionName());
                return;
            }
            booked(name.value());
        });
    };
    const std::optional<Journal::RefundRecord> rec = m_ctx.journal->refundRecord(item.orderKey, refund.id);
    if (!rec && item.attempts <= 1) {
        create();
        return;
    }
    m_ctx.erp->findCreditNote(ref, [this, item, booked, create](const Result<std::optional<QString>> &found) {
        if (!found) {
            fail(item, found.error(), QStringLiteral("erp"), m_ctx.erp->connectionName());
            return;
        }
        if (found.value())
            booked(*found.value());
        else
            create();
    });
}

} // namespace backroom
