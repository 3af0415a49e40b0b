#include "models/passportmodel.h"

#include <QDateTime>
#include <QLocale>

namespace backroom {

PassportModel::PassportModel(JournalReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(m_reader, &JournalReader::passportFetched, this, &PassportModel::onFetched);
}

void PassportModel::load(qint64 orderKey)
{
    m_requestedKey = orderKey;
    m_request = m_reader->fetchPassport(orderKey);
}

void PassportModel::onFetched(quint64 requestId, const OrderPassport &passport)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    beginResetModel();
    m_passport = passport;
    endResetModel();
    Q_EMIT loaded();
}

int PassportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_passport.entries.size());
}

int PassportModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PassportModel::kindText(PassportEntry::Kind kind)
{
    switch (kind) {
    case PassportEntry::Kind::Revision: return tr("Revision");
    case PassportEntry::Kind::Attempt: return tr("Attempt");
    case PassportEntry::Kind::Link: return tr("Link");
    case PassportEntry::Kind::Exception: return tr("Exception");
    case PassportEntry::Kind::Command: return tr("Command");
    case PassportEntry::Kind::Audit: return tr("Audit");
    }
    return {};
}

QVariant PassportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PassportEntry &e = m_passport.entries.at(index.row());
    switch (role) {
    case DetailRole: return e.detail;
    case CorrelationIdRole: return e.correlationId;
    case KindRole: return int(e.kind);
    case TimeMsRole: return e.atMs;
    case Qt::ToolTipRole: return index.column() == Summary ? e.detail : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case System: return e.system;
        case Kind: return kindText(e.kind);
        case Summary: return e.summary;
        case Outcome: return e.outcome;
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant PassportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case System: return tr("System");
    case Kind: return tr("Kind");
    case Summary: return tr("What happened");
    case Outcome: return tr("Outcome");
    case ColumnCount: break;
    }
    return {};
}

} // namespace backroom
