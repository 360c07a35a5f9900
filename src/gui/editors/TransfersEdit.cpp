#include "gui/editors/TransfersEdit.h"

#include "gui/editors/EnumCombo.h"

#include <QComboBox>
#include <QTableWidget>

namespace pr::gui {

namespace {
enum Column { Recipient, Country, Safeguard, Details };
}

TransfersEdit::TransfersEdit(QWidget* parent)
    : TableListEdit({{tr("Recipient"), tr("Country"), tr("Safeguard"), tr("Details")},
                     tr("Transfers outside the EEA"),
                     tr("Add transfer"),
                     tr("Remove transfer")},
                    parent)
{}

void TransfersEdit::addRow()
{
    appendRow({});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Recipient);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, Recipient));
}

void TransfersEdit::appendRow(const core::ThirdCountryTransfer& transfer)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Recipient, new QTableWidgetItem(transfer.recipient));
    m_table->setItem(row, Country, new QTableWidgetItem(transfer.country));
    m_table->setItem(row, Details, new QTableWidgetItem(transfer.safeguardDetails));
    auto* combo = new QComboBox(m_table);
    fillEnumCombo<core::TransferSafeguard>(combo, tr("(choose)"));
    setEnum(combo, transfer.safeguard);
    combo->setAccessibleName(tr("Safeguard of transfer %1").arg(row + 1));
    connect(combo, &QComboBox::currentIndexChanged, this, &TransfersEdit::changed);
    m_table->setCellWidget(row, Safeguard, combo);
    updateButtons();
}

QList<core::ThirdCountryTransfer> TransfersEdit::transfers() const
{
    QList<core::ThirdCountryTransfer> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::ThirdCountryTransfer transfer;
        transfer.recipient = m_table->item(row, Recipient)->text();
        transfer.country = m_table->item(row, Country)->text();
        transfer.safeguardDetails = m_table->item(row, Details)->text();
        transfer.safeguard = enumOf<core::TransferSafeguard>(
            qobject_cast<QComboBox*>(m_table->cellWidget(row, Safeguard)));
        result << transfer;
    }
    return result;
}

void TransfersEdit::setTransfers(const QList<core::ThirdCountryTransfer>& transfers)
{
    m_table->setRowCount(0);
    for (const core::ThirdCountryTransfer& transfer : transfers) {
        appendRow(transfer);
    }
}

} // namespace pr::gui
