#pragma once

#include "core/domain/ApNotification.h"
#include "gui/editors/TableListEdit.h"

#include <QDateTime>
#include <QList>

namespace pr::gui {

// The reports of a breach to the AP as a table: phase, moment, summary and whether it is final
// per row, first report first; Add appends a report, Remove deletes the current one.
class NotificationsEdit : public TableListEdit {
    Q_OBJECT

public:
    explicit NotificationsEdit(QWidget* parent = nullptr);

    QList<core::ApNotification> notifications() const;
    void setNotifications(const QList<core::ApNotification>& notifications);
    // Where the moment of a new report starts.
    void setSuggestedMoment(const QDateTime& moment) { m_suggested = moment; }

private:
    void addRow() override;
    void appendRow(const core::ApNotification& notification);

    QDateTime m_suggested;
};

} // namespace pr::gui
