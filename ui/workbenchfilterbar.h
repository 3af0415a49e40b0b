#pragma once

#include "sync/journal/workbenchtypes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace backroom {

// The workbench's filters: cause, system, store, age, assignee, state, and the saved filters
// (kept in the journal, shared by everyone who works on this data directory).
class WorkbenchFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchFilterBar)
public:
    explicit WorkbenchFilterBar(QWidget *parent = nullptr);

    ExceptionFilter filter() const;      // without the group: the view adds it
    void setFilter(const ExceptionFilter &filter);
    void setCategory(const QString &category);
    void setSystem(const QString &system);
    void setState(const QString &state);
    void setSavedFilters(const QList<SavedFilter> &filters);
    QComboBox *savedBox() const { return m_saved; }
    // Moves the keyboard focus to the first filter.
    void focusFirst();

Q_SIGNALS:
    void changed();
    void saveRequested(const QString &name);
    void deleteRequested(const QString &name);

private:
    void applySaved(int index);
    void selectData(QComboBox *box, const QString &value);

    QComboBox *m_category;
    QComboBox *m_system;
    QLineEdit *m_store;
    QComboBox *m_age;
    QComboBox *m_assignee;
    QComboBox *m_state;
    QComboBox *m_saved;
    QPushButton *m_save;
    QPushButton *m_delete;
    QList<SavedFilter> m_savedFilters;
    bool m_applying = false;
};

} // namespace backroom
