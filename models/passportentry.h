#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace backroom {

// One line of an order's passport timeline, built on the reader thread.
struct PassportEntry {
    enum class Kind { Revision, Attempt, Link, Exception, Command, Audit };
    qint64 atMs = 0;
    QString system;          // woocommerce | erp | helpdesk | backroom
    Kind kind = Kind::Revision;
    QString summary;
    QString outcome;
    QString detail;          // full text: request/response, field-level diff, audit before/after
    QString correlationId;
};

struct OrderPassport {
    qint64 orderKey = 0;
    bool found = false;
    QString number;
    QString store;
    QString erpRef;
    QList<PassportEntry> entries; // by time, oldest first
};

} // namespace backroom

Q_DECLARE_METATYPE(backroom::OrderPassport)
