#include "app/clioutput.h"

#include <QDateTime>

#include <cstdio>

namespace backroom::app {

void out(const QString &s)
{
    std::fputs(s.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

int fail(const QString &s, int code)
{
    std::fputs(QString(QStringLiteral("backroom: ") + s).toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    return code;
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace backroom::app
