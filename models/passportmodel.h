#pragma once

#include "models/journalreader.h"

#include <QAbstractTableModel>

namespace backroom {

// One order's timeline across systems: revisions (with a field-level diff against the
// previous one), attempts, links, exceptions, commands and audit entries.
class PassportModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassportModel)
public:
    enum Column { Time, System, Kind, Summary, Outcome, ColumnCount };
    enum Role {
        DetailRole = Qt::UserRole + 1, // full text: request/response summary, field-level diff, audit before/after
        CorrelationIdRole,
        KindRole,                      // int(PassportEntry::Kind)
        TimeMsRole,
    };

    explicit PassportModel(JournalReader *reader, QObject *parent = nullptr);
    void load(qint64 orderKey);
    qint64 orderKey() const { return m_passport.orderKey; }
    QString erpRef() const { return m_passport.erpRef; }
    QString number() const { return m_passport.number; }
    QString store() const { return m_passport.store; }
    bool found() const { return m_passport.found; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(PassportEntry::Kind kind); // translated
    // Builds the timeline (diffs included); runs on the reader thread.
    static OrderPassport buildPassport(const OrderHistory &history);

Q_SIGNALS:
    void loaded();

private:
    void onFetched(quint64 requestId, const OrderPassport &passport);

    JournalReader *m_reader;
    quint64 m_request = 0;
    qint64 m_requestedKey = 0;
    OrderPassport m_passport;
};

} // namespace backroom
