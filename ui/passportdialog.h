#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace backroom {

class EmptyState;
class JournalReader;
class PassportModel;

// One order followed across systems: the timeline of revisions, attempts (request and
// response summaries, redacted), links, exceptions, commands and audit entries; the selected
// entry's full text; the ERP document it became.
class PassportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassportDialog)
public:
    PassportDialog(JournalReader *reader, QWidget *parent = nullptr);

    void load(qint64 orderKey);
    // The ERP's site root: the document name becomes a link to its form.
    void setErpBaseUrl(const QString &url);

    PassportModel *model() const { return m_model; }
    QTableView *timeline() const { return m_timeline; }
    QString detailText() const;
    QString erpText() const;

private:
    void onLoaded();
    void showDetail();

    PassportModel *m_model;
    QLabel *m_title;
    QLabel *m_erp;
    QTableView *m_timeline;
    QPlainTextEdit *m_detail;
    EmptyState *m_empty;
    QString m_erpBaseUrl;
};

} // namespace backroom
