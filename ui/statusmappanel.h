#pragma once

#include "sync/config/config.h"

#include <QWidget>

class QLabel;

namespace backroom {

class MappingTableEditor;
class MappingTableModel;

// The "Order status" tab of the mapping editors: the status map in both directions side by
// side (WooCommerce status -> action on the ERP sales order; ERP state -> WooCommerce status),
// with what each direction means, and the entries that would be refused (unknown WooCommerce
// statuses, an ERP state that would cancel its own order) or deserve a look, as the user types.
class StatusMapPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusMapPanel)
public:
    StatusMapPanel(MappingTableModel *status, MappingTableModel *erpStatus, QWidget *parent = nullptr);

    // The mappings as edited now: refreshes the problems and the statuses the ERP side accepts.
    void setEdited(const Mappings &m);
    // The refused entries of the last setEdited(), one line each ("mappings.erp_status.X: ...").
    QStringList errors() const { return m_errors; }

private:
    MappingTableModel *m_erpStatus;
    MappingTableEditor *m_statusEditor;
    MappingTableEditor *m_erpEditor;
    QLabel *m_problems;
    QStringList m_errors;
};

} // namespace backroom
