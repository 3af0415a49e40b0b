#include "ui/workbenchfilterbar.h"

#include "ui/uiformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace backroom {

namespace {
const char *const kCategories[] = {"transient.network", "transient.throttled", "transient.remote", "auth", "validation",
                                   "mapping", "business", "conflict", "internal"};
struct AgeRange {
    qint64 minS, maxS;
};
const AgeRange kAges[] = {{0, 0}, {0, 3600}, {3600, 86400}, {86400, 0}, {7 * 86400, 0}};
} // namespace

WorkbenchFilterBar::WorkbenchFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_category(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_store(new QLineEdit(this))
    , m_age(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_saved(new QComboBox(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("workbenchFilters"));
    m_category->setObjectName(QStringLiteral("exceptionsCategory"));
    m_system->setObjectName(QStringLiteral("exceptionsSystem"));
    m_store->setObjectName(QStringLiteral("exceptionsStore"));
    m_age->setObjectName(QStringLiteral("exceptionsAge"));
    m_assignee->setObjectName(QStringLiteral("exceptionsAssignee"));
    m_state->setObjectName(QStringLiteral("exceptionsState"));
    m_saved->setObjectName(QStringLiteral("exceptionsSavedFilter"));
    m_save->setObjectName(QStringLiteral("exceptionsSaveFilter"));
    m_delete->setObjectName(QStringLiteral("exceptionsDeleteFilter"));

    m_category->addItem(tr("All causes"), QString());
    for (const char *c : kCategories)
        m_category->addItem(ui::categoryText(QLatin1String(c)), QLatin1String(c));
    m_system->addItem(tr("All systems"), QString());
    for (const char *s : {"woocommerce", "erp", "helpdesk"})
        m_system->addItem(ui::systemText(QLatin1String(s)), QLatin1String(s));
    m_store->setPlaceholderText(tr("any store"));
    m_store->setClearButtonEnabled(true);
    m_store->setMaximumWidth(110);
    m_age->addItem(tr("Any age"));
    m_age->addItem(tr("Under 1 hour"));
    m_age->addItem(tr("1 to 24 hours"));
    m_age->addItem(tr("Over 1 day"));
    m_age->addItem(tr("Over 1 week"));
    m_assignee->setEditable(true);
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Nobody"), QStringLiteral("-"));
    const QString me = qEnvironmentVariable("USER");
    if (!me.isEmpty())
        m_assignee->addItem(me, me);
    m_assignee->setToolTip(tr("Whose exceptions: anyone, nobody, or type a name"));
    m_state->addItem(tr("Open"), QStringLiteral("open"));
    m_state->addItem(tr("Snoozed"), QStringLiteral("snoozed"));
    m_state->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_state->addItem(tr("Skipped"), QStringLiteral("skipped"));
    m_state->addItem(tr("Retried"), QStringLiteral("retried"));
    m_state->addItem(tr("All states"), QStringLiteral("all"));
    m_saved->addItem(tr("(no saved filter)"));
    m_saved->setToolTip(tr("Filters saved in the journal, shared by everyone on this data directory"));
    m_save->setToolTip(tr("Save the current filter under a name"));

    // Two rows, so the workbench fits a 1366 px screen: the filters, then the saved filters.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(second);
    auto label = [this](QHBoxLayout *into, const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        into->addWidget(l);
        into->addWidget(buddy);
    };
    for (QComboBox *b : {m_category, m_system, m_age, m_assignee, m_state, m_saved}) {
        b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        b->setMinimumContentsLength(12);
    }
    label(layout, tr("&Cause:"), m_category);
    label(layout, tr("S&ystem:"), m_system);
    label(layout, tr("St&ore:"), m_store);
    label(layout, tr("A&ge:"), m_age);
    label(layout, tr("Ass&ignee:"), m_assignee);
    label(layout, tr("S&tate:"), m_state);
    layout->addStretch(1);
    label(second, tr("Sa&ved filter:"), m_saved);
    m_saved->setMinimumContentsLength(20);
    second->addWidget(m_save);
    second->addWidget(m_delete);
    second->addStretch(1);

    auto emitChanged = [this] {
        if (!m_applying)
            Q_EMIT changed();
    };
    for (QComboBox *b : {m_category, m_system, m_age, m_state})
        connect(b, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_assignee, &QComboBox::currentTextChanged, this, emitChanged);
    connect(m_store, &QLineEdit::editingFinished, this, emitChanged);
    connect(m_saved, &QComboBox::activated, this, &WorkbenchFilterBar::applySaved);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"), QLineEdit::Normal,
                                                   m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok).trimmed();
        if (ok && !name.isEmpty())
            Q_EMIT saveRequested(name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0)
            Q_EMIT deleteRequested(m_saved->currentText());
    });
}

ExceptionFilter WorkbenchFilterBar::filter() const
{
    ExceptionFilter f;
    f.category = m_category->currentData().toString();
    f.system = m_system->currentData().toString();
    f.store = m_store->text().trimmed();
    const AgeRange age = kAges[std::clamp(m_age->currentIndex(), 0, int(std::size(kAges)) - 1)];
    f.minAgeS = age.minS;
    f.maxAgeS = age.maxS;
    const int a = m_assignee->findText(m_assignee->currentText());
    f.assignee = a >= 0 ? m_assignee->itemData(a).toString() : m_assignee->currentText().trimmed();
    f.state = m_state->currentData().toString();
    return f;
}

void WorkbenchFilterBar::selectData(QComboBox *box, const QString &value)
{
    int i = box->findData(value);
    if (i < 0) {
        box->addItem(box == m_category ? ui::categoryText(value) : value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

void WorkbenchFilterBar::setFilter(const ExceptionFilter &f)
{
    m_applying = true;
    selectData(m_category, f.category);
    selectData(m_system, f.system);
    m_store->setText(f.store);
    int age = 0;
    for (int i = 0; i < int(std::size(kAges)); ++i)
        age = kAges[i].minS == f.minAgeS && kAges[i].maxS == f.maxAgeS ? i : age;
    m_age->setCurrentIndex(age);
    selectData(m_assignee, f.assignee);
    selectData(m_state, f.state.isEmpty() ? QStringLiteral("open") : f.state);
    m_applying = false;
    Q_EMIT changed();
}

void WorkbenchFilterBar::setCategory(const QString &category)
{
    selectData(m_category, category);
}

void WorkbenchFilterBar::setSystem(const QString &system)
{
    selectData(m_system, system);
}

void WorkbenchFilterBar::setState(const QString &state)
{
    selectData(m_state, state);
}

void WorkbenchFilterBar::setSavedFilters(const QList<SavedFilter> &filters)
{
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    m_savedFilters = filters;
    m_saved->clear();
    m_saved->addItem(tr("(no saved filter)"));
    for (const SavedFilter &f : filters)
        m_saved->addItem(f.name);
    const int i = m_saved->findText(current);
    m_saved->setCurrentIndex(i > 0 ? i : 0);
}

void WorkbenchFilterBar::applySaved(int index)
{
    if (index <= 0 || index > m_savedFilters.size())
        return;
    setFilter(m_savedFilters.at(index - 1).filter);
}

void WorkbenchFilterBar::focusFirst()
{
    m_category->setFocus(Qt::ShortcutFocusReason);
}

} // namespace backroom
