#include "sync/engine/retrypreview.h"

#include "sync/erp/erpadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace backroom {

QString retryPreviewJson(const QList<RetryPreviewItem> &items)
{
    QJsonArray arr;
    QHash<QString, int> counts;
    for (const RetryPreviewItem &i : items) {
        QJsonObject o{{QStringLiteral("id"), i.exceptionId}, {QStringLiteral("order"), i.number},
                      {QStringLiteral("reference"), i.reference}, {QStringLiteral("action"), i.action}};
        if (!i.existing.isEmpty())
            o.insert(QStringLiteral("existing"), i.existing);
        if (!i.note.isEmpty())
            o.insert(QStringLiteral("note"), i.note);
        arr.append(o);
        ++counts[i.action];
    }
    QJsonObject root{{QStringLiteral("items"), arr}};
    for (const char *a : {"link", "create", "unknown", "none"})
        root.insert(QLatin1String(a), counts.value(QLatin1String(a)));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QList<RetryPreviewItem> parseRetryPreview(const QString &json)
{
    QList<RetryPreviewItem> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        out << RetryPreviewItem{o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("order")).toString(),
                                o.value(QStringLiteral("reference")).toString(), o.value(QStringLiteral("action")).toString(),
                                o.value(QStringLiteral("existing")).toString(), o.value(QStringLiteral("note")).toString()};
    }
    return out;
}

RetryPreview::RetryPreview(Journal *journal, ErpAdapter *erp, QHash<QString, QString> referencePrefixes, Finish finish,
                           QObject *parent)
    : QObject(parent), m_journal(journal), m_erp(erp), m_prefixes(std::move(referencePrefixes)), m_finish(std::move(finish))
{
}

bool RetryPreview::take(const CommandRecord &c)
{
    if (c.kind != QLatin1String("preview_retry"))
        return false;
    (void)m_journal->markCommandRunning(c.id);
    struct Pending {
        QList<RetryPreviewItem> items;
        int waiting = 0;
    };
    auto state = std::make_shared<Pending>();
    QList<int> toAsk;
    for (const QJsonValue &v : c.args.value(QStringLiteral("ids")).toArray()) {
        const auto e = m_journal->exception(v.toInteger());
        RetryPreviewItem item;
        item.exceptionId = v.toInteger();
        if (!e) {
            item.action = QStringLiteral("none");
            item.note = QStringLiteral("there is no such exception");
        } else if (e->orderKey == 0) {
            item.action = QStringLiteral("none");
            item.note = QStringLiteral("a connection exception: retrying resumes the connection");
            item.number = e->groupKey;
        } else {
            item.number = e->number;
            item.reference = m_prefixes.value(e->storeId) + QString::number(e->wooId);
            const QString linked = m_journal->orderErpRef(e->orderKey);
            if (!linked.isEmpty()) {
                item.action = QStringLiteral("link");
                item.existing = linked;
                item.note = QStringLiteral("already linked in the journal");
            } else {
                toAsk << int(state->items.size());
            }
        }
        state->items << item;
    }
    const qint64 id = c.id;
    auto finishIfDone = [this, state, id] {
        if (state->waiting == 0)
            m_finish(id, true, retryPreviewJson(state->items));
    };
    state->waiting = int(toAsk.size());
    if (toAsk.isEmpty()) {
        finishIfDone();
        return true;
    }
    for (int index : toAsk) {
        m_erp->findSalesOrder(state->items.at(index).reference,
                              [state, index, finishIfDone](const Result<std::optional<QString>> &found) {
                                  RetryPreviewItem &item = state->items[index];
                                  if (!found) {
                                      item.action = QStringLiteral("unknown");
                                      item.note = found.error().message;
                                  } else if (found.value()) {
                                      item.action = QStringLiteral("link");
                                      item.existing = *found.value();
                                  } else {
                                      item.action = QStringLiteral("create");
                                  }
                                  --state->waiting;
                                  finishIfDone();
                              });
    }
    return true;
}

} // namespace backroom
