#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace backroom {

// CSV form of the SKU crosswalk: two columns, `woo_sku,erp_item_code`, RFC 4180 quoting
// ("a,b" and "say ""x""" are one field each; a quoted field may span lines). The header line
// is optional on import and always written on export. UTF-8, with or without a BOM; LF or CRLF.

struct CsvLineError {
    int line = 0;     // 1-based physical line where the record starts
    QString message;  // "line 4: 3 columns, expected 2 (woo_sku,erp_item_code)"
};

struct SkuCsvImport {
    QMap<QString, QString> rows;     // the whole crosswalk the file describes
    QList<CsvLineError> errors;      // any error: nothing may be imported
    bool ok() const { return errors.isEmpty(); }
};

// Reads every line and reports every bad one (wrong column count, empty SKU, empty item
// code, duplicate SKU, bad quoting), with its line number. When any line is bad, `rows` is
// empty: an import is all or nothing.
SkuCsvImport parseSkuCsv(const QByteArray &data);

QByteArray skuCsv(const QMap<QString, QString> &crosswalk);

} // namespace backroom
