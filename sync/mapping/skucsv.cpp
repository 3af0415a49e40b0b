#include "sync/mapping/skucsv.h"

#include <QHash>
#include <QStringList>

namespace backroom {

namespace {

struct Record {
    int line = 0;
    QStringList fields;
    QString quotingError; // non-empty: the record's quoting is broken
};

// Splits the text into records by RFC 4180. A broken record is reported and the reader
// resynchronises at the next line break outside quotes.
QList<Record> splitRecords(const QString &text)
{
    QList<Record> out;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        Record r;
        r.line = line;
        QString field;
        bool quoted = false;     // the current field started with a quote
        bool inQuotes = false;
        bool afterQuote = false; // a quoted field was closed; only a separator may follow
        bool endOfRecord = false;
        while (i < n && !endOfRecord) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    afterQuote = true;
                } else {
                    if (c == QLatin1Char('\n'))
                        ++line;
                    if (c != QLatin1Char('\r') || i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                        field += c;
                }
                ++i;
                continue;
            }
            if (c == QLatin1Char(',')) {
                r.fields << (quoted ? field : field.trimmed());
                field.clear();
                quoted = afterQuote = false;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++line;
                endOfRecord = true;
            } else if (c == QLatin1Char('"')) {
                if (!field.trimmed().isEmpty() || afterQuote) {
                    if (r.quotingError.isEmpty())
                        r.quotingError = QStringLiteral("a quote inside a field that is not quoted (write it as \"\")");
                } else {
                    field.clear();
                    quoted = inQuotes = true;
                }
            } else if (afterQuote) {
                if (!c.isSpace() && r.quotingError.isEmpty())
                    r.quotingError = QStringLiteral("text after the closing quote of a field");
            } else {
                field += c;
            }
            ++i;
        }
        if (inQuotes)
            r.quotingError = QStringLiteral("a quoted field is never closed");
        r.fields << (quoted ? field : field.trimmed());
        const bool blank = r.fields.size() == 1 && r.fields.first().isEmpty() && !quoted;
        if (!blank || !r.quotingError.isEmpty())
            out << r;
    }
    return out;
}

bool isHeader(const QStringList &f)
{
    return f.size() == 2 && f.at(0).compare(QLatin1String("woo_sku"), Qt::CaseInsensitive) == 0
        && f.at(1).compare(QLatin1String("erp_item_code"), Qt::CaseInsensitive) == 0;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')) && s.trimmed() == s)
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

SkuCsvImport parseSkuCsv(const QByteArray &data)
{
    SkuCsvImport out;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<Record> records = splitRecords(QString::fromUtf8(bytes));
    QHash<QString, int> firstLine;
    QMap<QString, QString> rows;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &r = records.at(i);
        auto error = [&](const QString &message) {
            out.errors << CsvLineError{r.line, QStringLiteral("line %1: %2").arg(r.line).arg(message)};
        };
        if (!r.quotingError.isEmpty()) {
            error(r.quotingError);
            continue;
        }
        if (i == 0 && isHeader(r.fields))
            continue;
        if (r.fields.size() != 2) {
            error(QStringLiteral("%1 columns, expected 2 (woo_sku,erp_item_code)").arg(r.fields.size()));
            continue;
        }
        const QString sku = r.fields.at(0);
        const QString item = r.fields.at(1);
        if (sku.isEmpty()) {
            error(QStringLiteral("the SKU is empty"));
            continue;
        }
        if (item.isEmpty()) {
            error(QStringLiteral("the ERP item code for SKU \"%1\" is empty").arg(sku));
            continue;
        }
        if (const auto seen = firstLine.constFind(sku); seen != firstLine.constEnd()) {
            error(QStringLiteral("SKU \"%1\" is already on line %2").arg(sku).arg(*seen));
            continue;
        }
        firstLine.insert(sku, r.line);
        rows.insert(sku, item);
    }
    if (out.errors.isEmpty())
        out.rows = rows;
    return out;
}

QByteArray skuCsv(const QMap<QString, QString> &crosswalk)
{
    QString text = QStringLiteral("woo_sku,erp_item_code\n");
    for (auto it = crosswalk.begin(); it != crosswalk.end(); ++it)
        text += csvField(it.key()) + QLatin1Char(',') + csvField(it.value()) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace backroom
