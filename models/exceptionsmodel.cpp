#include "models/exceptionsmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace backroom {

namespace {
QString ageText(qint64 seconds)
{
    if (seconds < 3600)
        return ExceptionsModel::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return ExceptionsModel::tr("%n h", nullptr, int(seconds / 3600));
    return ExceptionsModel::tr("%n d", nullptr, int(seconds / 86400));
}
} // namespace

ExceptionsModel::ExceptionsModel(JournalReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(m_reader, &JournalReader::workbenchFetched, this, &ExceptionsModel::onFetched);
    refresh();
}

void ExceptionsModel::setFilter(const QString &category, bool openOnly)
{
    ExceptionFilter f = m_filter;
    f.category = category;
    f.state = openOnly ? QStringLiteral("open") : QStringLiteral("all");
    setWorkbenchFilter(f);
}

void ExceptionsModel::setWorkbenchFilter(const ExceptionFilter &filter)
{
    m_filter = filter;
    m_filterChanged = true;
    refresh();
}

void ExceptionsModel::refresh() { m_request = m_reader->fetchWorkbench(m_filter, m_rowLimit); }

void ExceptionsModel::setRowLimit(int limit)
{
    m_rowLimit = std::max(1, limit);
    m_filterChanged = true;
    refresh();
}

int ExceptionsModel::matchingCount() const
{
    // The groups are counted under the filter without its group: all of them, or the chosen one.
    int n = 0;
    for (const ExceptionGroup &g : m_groups) {
        if (m_filter.groupKey.isEmpty() || (g.category == m_filter.groupCategory && groupFilterKey(g) == m_filter.groupKey))
            n += g.count;
    }
    return std::max(n, rowCount());
}

QString ExceptionsModel::groupFilterKey(const ExceptionGroup &g)
{
    return g.groupKey.isEmpty() ? QStringLiteral("code:") + g.code : g.groupKey;
}

QString ExceptionsModel::groupLabel(const ExceptionGroup &g)
{
    QString cause;
    const QString &k = g.groupKey;
    if (g.category == QLatin1String("mapping") && k.startsWith(QLatin1String("product:")))
        cause = tr("Product %1 has no SKU").arg(k.mid(8));
    else if (g.category == QLatin1String("mapping") && !k.isEmpty() && !k.contains(QLatin1Char(':')) && !k.contains(QLatin1Char(' ')))
        cause = tr("SKU %1 unmapped").arg(k);
    else if (!k.isEmpty())
        cause = tr("%1: %2").arg(g.category, k);
    else if (!g.code.isEmpty())
        cause = tr("%1: %2").arg(g.category, g.code);
    else
        cause = tr("%1: %2").arg(g.category, g.sample.left(60));
    return g.count == 1 ? tr("%1 — 1 order").arg(cause) : tr("%1 — %2 orders").arg(cause).arg(g.count);
}

ExceptionRecord ExceptionsModel::exceptionAt(int row) const { return m_rows.value(row); }

void ExceptionsModel::onFetched(quint64 requestId, const QList<ExceptionRecord> &rows, const QList<ExceptionGroup> &groups)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    m_groups = groups;
    bool sameIds = !m_filterChanged && rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    m_filterChanged = false;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    Q_EMIT loaded();
}

int ExceptionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ExceptionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExceptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExceptionRecord &e = m_rows.at(index.row());
    const qint64 ageS = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - e.createdMs) / 1000);
    switch (role) {
    case ExceptionIdRole: return e.id;
    case OrderKeyRole: return e.orderKey;
    case GroupKeyRole: return e.groupKey;
    case StateRole: return e.state;
    case CorrelationIdRole: return e.correlationId;
    case CreatedMsRole: return e.createdMs;
    case AssigneeRole: return e.assignee;
    case SnoozedUntilRole: return e.snoozedUntilMs;
    case NoteCountRole: return e.noteCount;
    case SortRole:
        switch (Column(index.column())) {
        case Id: return e.id;
        case Order: return e.number;
        case Age: return ageS;
        case Attempts: return e.attempts;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Message || index.column() == Hint)
            return e.hint.isEmpty() ? e.message : tr("%1\n\nWhat to do: %2").arg(e.message, e.hint);
        if (index.column() == Order && e.noteCount > 0)
            return tr("%n note(s)", nullptr, e.noteCount);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Attempts || index.column() == Age)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id: return e.id;
        case Order:
            if (e.orderKey == 0)
                return tr("connection %1").arg(e.groupKey);
            return e.storeId.isEmpty() ? e.number : tr("%1 (%2)").arg(e.number, e.storeId);
        case Category: return e.category;
        case Message: return e.message;
        case Hint: return e.hint;
        case System: return e.system;
        case Age: return ageText(ageS);
        case Attempts: return e.attempts;
        case Assignee:
            if (e.snoozedUntilMs > QDateTime::currentMSecsSinceEpoch())
                return tr("%1 (snoozed until %2)").arg(e.assignee, QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.snoozedUntilMs), QLocale::ShortFormat)).trimmed();
            return e.assignee;
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("Id");
    case Order: return tr("Order");
    case Category: return tr("Category");
    case Message: return tr("Message");
    case Hint: return tr("What to do");
    case System: return tr("System");
    case Age: return tr("Age");
    case Attempts: return tr("Attempts");
    case Assignee: return tr("Assignee");
    case ColumnCount: break;
    }
    return {};
}

} // namespace backroom
