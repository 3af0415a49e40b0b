#include "ui/payloadeditdialog.h"

#include "models/journalreader.h"
#include "sync/engine/payloaddiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace backroom {

PayloadEditDialog::PayloadEditDialog(JournalReader *reader, qint64 orderKey, qint64 wooId, const QString &number, QWidget *parent)
    : QDialog(parent)
    , m_wooId(wooId)
    , m_source(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("payloadEditDialog"));
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_problem->setObjectName(QStringLiteral("payloadProblem"));
    m_diff->setObjectName(QStringLiteral("payloadDiff"));
    setWindowTitle(tr("Edit and retry order #%1").arg(number));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(tr("Loading…"));
    m_editor->setReadOnly(true);
    m_diff->setFont(mono);
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("No changes yet."));
    m_problem->setWordWrap(true);
    m_source->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Edit and retry"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Edit and retry (Ctrl+Enter)"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    auto *diffBox = new QWidget(split);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("Changes against the original (kept in the audit log):"), diffBox));
    diffLayout->addWidget(m_diff);
    split->addWidget(diffBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(split, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canApply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PayloadEditDialog::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loaded)
            m_debounce->start();
    });
    connect(reader, &JournalReader::payloadFetched, this, &PayloadEditDialog::onPayload);
    m_request = reader->fetchPayload(orderKey);
    resize(760, 620);
}

void PayloadEditDialog::onPayload(quint64 requestId, qint64, const QByteArray &storeRevision, const QByteArray &effective)
{
    if (requestId != m_request)
        return;
    m_original = QJsonDocument::fromJson(effective).object();
    m_source->setText(effective == storeRevision
                          ? tr("The order as the store sent it. The next attempt maps what you save here; the store's copy is not changed.")
                          : tr("The order as edited earlier (not as the store sent it). The next attempt maps what you save here."));
    m_editor->setReadOnly(false);
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(m_original).toJson(QJsonDocument::Indented)));
    m_loaded = true;
    validate();
    m_editor->setFocus();
}

void PayloadEditDialog::validate()
{
    m_debounce->stop();
    QJsonParseError error;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QString problem;
    m_edited = {};
    if (error.error != QJsonParseError::NoError) {
        const int line = int(text.left(error.offset).count('\n')) + 1;
        problem = tr("Not valid JSON at line %1: %2").arg(line).arg(error.errorString());
    } else if (!doc.isObject()) {
        problem = tr("The payload must be a JSON object (the order).");
    } else if (doc.object().value(QStringLiteral("id")).toInteger() != m_wooId) {
        problem = tr("Keep the order's \"id\" (%1): it says which order this is.").arg(m_wooId);
    } else {
        m_edited = doc.object();
    }
    QStringList lines;
    if (problem.isEmpty()) {
        for (const FieldChange &c : jsonFieldDiff(m_original, m_edited))
            lines << fieldChangeText(c);
        if (lines.isEmpty())
            problem = tr("Nothing changed yet.");
    }
    m_diff->setPlainText(lines.join(QLatin1Char('\n')));
    m_problem->setText(problem);
    m_problem->setStyleSheet(problem.isEmpty() || lines.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    if (!problem.isEmpty() && problem != tr("Nothing changed yet."))
        m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canApply());
}

QString PayloadEditDialog::problemText() const { return m_problem->text(); }
QString PayloadEditDialog::diffText() const { return m_diff->toPlainText(); }
bool PayloadEditDialog::canApply() const { return m_loaded && !m_edited.isEmpty() && !m_diff->toPlainText().isEmpty(); }

} // namespace backroom
