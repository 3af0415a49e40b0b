#include "ui/configdocument.h"

#include "sync/config/config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace backroom::ConfigDocument {

namespace {

void collect(const QJsonValue &v, QStringList *out)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith(QLatin1String("env:")) && !out->contains(s.mid(4)))
            out->append(s.mid(4));
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collect(e, out);
    }
}

QJsonValue replace(const QJsonValue &v, const QMap<QString, QString> &values)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith(QLatin1String("env:")) && values.contains(s.mid(4)))
            return values.value(s.mid(4));
        return v;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = replace(it.value(), values);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = replace(a.at(i), values);
        return a;
    }
    return v;
}

} // namespace

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/backroom.json");
}

QJsonObject read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not valid JSON (%2)").arg(path, pe.errorString());
        return {};
    }
    return doc.object();
}

bool write(const QString &path, const QJsonObject &config, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(config).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

QStringList secretRefs(const QJsonObject &config)
{
    QStringList out;
    collect(config, &out);
    return out;
}

QJsonObject substitute(const QJsonObject &config, const QMap<QString, QString> &values)
{
    return replace(config, values).toObject();
}

QString validate(const QJsonObject &config, const QString &baseDir)
{
    QMap<QString, QString> placeholders;
    for (const QString &name : secretRefs(config))
        placeholders.insert(name, QStringLiteral("placeholder"));
    QJsonObject copy = substitute(config, placeholders);
    copy.remove(QStringLiteral("mappings_file")); // checked when the engine starts
    const Result<Config> parsed = parseConfig(copy, baseDir);
    return parsed.ok() ? QString() : parsed.error().message;
}

QString secretName(const QString &scope, const QString &field)
{
    static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
    QString s = QStringLiteral("BACKROOM_%1_%2").arg(scope, field).toUpper();
    s.replace(nonWord, QStringLiteral("_"));
    return s;
}

} // namespace backroom::ConfigDocument
