#pragma once

#include <QString>

namespace backroom::bench {

// Fills (or reuses) a journal at `path` with `want` orders through the real Journal API:
// 90 % posted to the ERP, one order every 30 s up to now. Returns the number of orders the
// journal holds (-1 on failure); *fillMs is the time spent filling (0 when reused).
qint64 fillJournal(const QString &path, qint64 want, double *fillMs);

} // namespace backroom::bench
