#pragma once

#include <QJsonObject>
#include <QString>

namespace backroom {

// What the exception workbench asks for (journalworkbench.cpp). Saved filters store it as JSON.
struct ExceptionFilter {
    QString category;          // "" all, a full name or a family ("transient")
    QString system;            // "" all, woocommerce | erp | helpdesk
    QString store;             // "" all
    qint64 minAgeS = 0;        // age of the exception; 0 = unbounded
    qint64 maxAgeS = 0;        // exclusive; 0 = unbounded
    QString assignee;          // "" anyone, "-" nobody, else that person
    QString state = QStringLiteral("open"); // open (not snoozed) | snoozed | resolved | skipped | retried | all
    QString groupCategory;     // with groupKey: only that group
    QString groupKey;

    QJsonObject toJson() const;
    static ExceptionFilter fromJson(const QJsonObject &o);
    bool operator==(const ExceptionFilter &) const = default;
};

// One cause and how many exceptions it holds under the filter (ignoring the filter's group).
struct ExceptionGroup {
    QString category;
    QString groupKey;          // may be empty: exceptions without a key group by code
    QString code;
    QString sample;            // the message of one of them
    int count = 0;
    qint64 oldestMs = 0;
};

// The cause in words, for the CLI: "SKU HOODIE-XL unmapped", "Product 42 has no SKU",
// "business: CreditLimitExceeded".
QString describeGroup(const ExceptionGroup &group);

struct ExceptionNote {
    qint64 id = 0;
    qint64 exceptionId = 0;
    qint64 atMs = 0;
    QString actor;
    QString text;
};

struct SavedFilter {
    QString name;
    ExceptionFilter filter;
    QString actor;
    qint64 updatedMs = 0;
};

} // namespace backroom
