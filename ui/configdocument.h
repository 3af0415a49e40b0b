#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace backroom::ConfigDocument {

// The config file of DESIGN.md §7, as JSON, for the settings dialog and the console's
// launcher. Secrets in the file are always references (`env:NAME`); the console resolves a
// NAME missing from the environment from the OS keychain.

// <AppConfigLocation>/backroom.json
QString defaultPath();

// Reads a config file; an empty object and *error when it cannot be read or parsed.
QJsonObject read(const QString &path, QString *error);
// Writes atomically (QSaveFile), indented; false and *error on failure.
bool write(const QString &path, const QJsonObject &config, QString *error);

// Every NAME of an "env:NAME" string anywhere in the config.
QStringList secretRefs(const QJsonObject &config);
// A copy with each "env:NAME" replaced by values[NAME] where present.
QJsonObject substitute(const QJsonObject &config, const QMap<QString, QString> &values);
// Checks the structure with the engine's own parser (secrets replaced by placeholders):
// empty when fine, else the engine's one-line error naming the key.
QString validate(const QJsonObject &config, const QString &baseDir);

// The environment variable (and keychain entry) a secret field refers to, e.g.
// secretName("erp", "api_secret") == "BACKROOM_ERP_API_SECRET",
// secretName("store main", "consumer_key") == "BACKROOM_STORE_MAIN_CONSUMER_KEY".
QString secretName(const QString &scope, const QString &field);

} // namespace backroom::ConfigDocument
