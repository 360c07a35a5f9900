#include "gui/editors/NotificationsEdit.h"

#include "gui/editors/DateTimeField.h"
#include "gui/editors/EnumCombo.h"

#include <QComboBox>
#include <QTableWidget>

namespace pr::gui {

namespace {
enum Column { Phase, Moment, Summary, Final };
}

NotificationsEdit::NotificationsEdit(QWidget* parent)
    : TableListEdit({{tr("Phase"), tr("Sent at"), tr("Summary"), tr("Final")},
                     tr("Reports to the AP"),
                     tr("Add report"),
                     tr("Remove report")},
                    parent)
{}

void NotificationsEdit::addRow()
{
    core::ApNotification report;
    report.phase = m_table->rowCount() == 0 ? core::NotificationPhase::Initial
                                            : core::NotificationPhase::FollowUp;
    report.at = m_suggested;
    appendRow(report);
    m_table->setCurrentCell(m_table->rowCount() - 1, Summary);
    m_table->setFocus();
}

void NotificationsEdit::appendRow(const core::ApNotification& notification)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* phase = new QComboBox(m_table);
    fillEnumCombo<core::NotificationPhase>(phase);
    setEnum(phase, std::optional(notification.phase));
    phase->setAccessibleName(tr("Phase of report %1").arg(row + 1));
    connect(phase, &QComboBox::currentIndexChanged, this, &NotificationsEdit::changed);
    m_table->setCellWidget(row, Phase, phase);
    auto* moment = new DateTimeField(m_table);
    moment->setValue(notification.at);
    moment->setAccessibleName(tr("Moment of report %1").arg(row + 1));
    connect(moment, &QDateTimeEdit::dateTimeChanged, this, &NotificationsEdit::changed);
    m_table->setCellWidget(row, Moment, moment);
    m_table->setItem(row, Summary, new QTableWidgetItem(notification.summary));
    // Art. 33(4): preliminary until the firm marks the report final.
    auto* final = new QTableWidgetItem();
    final->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    final->setCheckState(notification.final ? Qt::Checked : Qt::Unchecked);
    final->setData(Qt::AccessibleTextRole, tr("Report %1 is final").arg(row + 1));
    m_table->setItem(row, Final, final);
}

QList<core::ApNotification> NotificationsEdit::notifications() const
{
    QList<core::ApNotification> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::ApNotification report;
        report.phase = enumOf<core::NotificationPhase>(
                           qobject_cast<QComboBox*>(m_table->cellWidget(row, Phase)))
                           .value_or(report.phase);
        report.at = qobject_cast<DateTimeField*>(m_table->cellWidget(row, Moment))->value();
        report.summary = m_table->item(row, Summary)->text();
        report.final = m_table->item(row, Final)->checkState() == Qt::Checked;
        result << report;
    }
    return result;
}

void NotificationsEdit::setNotifications(const QList<core::ApNotification>& notifications)
{
    m_table->setRowCount(0);
    for (const core::ApNotification& notification : notifications) {
        appendRow(notification);
    }
}

} // namespace pr::gui
