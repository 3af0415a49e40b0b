#pragma once

#include "sync/journal/journal.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace backroom {

class ErpAdapter;

// What a retry of one exception will do (replay safety): the ERP already holds a sales order
// with the order's reference (the retry links it and creates nothing), it holds none (the
// retry creates one), or it could not be asked.
struct RetryPreviewItem {
    qint64 exceptionId = 0;
    QString number;
    QString reference;
    QString action;            // link | create | none (not an ERP delivery) | unknown
    QString existing;          // the ERP document found, for link
    QString note;              // why unknown, or what none means
};

// The preview_retry command's result text (JSON): {"items":[…],"link":n,"create":n,"unknown":n,"none":n}.
QString retryPreviewJson(const QList<RetryPreviewItem> &items);
QList<RetryPreviewItem> parseRetryPreview(const QString &json);

// Runs preview_retry on the engine: one ERP look-up per exception, off the console's thread.
class RetryPreview final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryPreview)
public:
    using Finish = std::function<void(qint64 commandId, bool ok, const QString &result)>;
    RetryPreview(Journal *journal, ErpAdapter *erp, QHash<QString, QString> referencePrefixes, Finish finish,
                 QObject *parent = nullptr);

    // Takes the command if it is a preview_retry (marks it running); false otherwise.
    bool take(const CommandRecord &command);

private:
    Journal *m_journal;
    ErpAdapter *m_erp;
    QHash<QString, QString> m_prefixes;
    Finish m_finish;
};

} // namespace backroom
