#pragma once

#include "core/domain/ThirdCountryTransfer.h"
#include "gui/editors/TableListEdit.h"

#include <QList>

namespace pr::gui {

// The transfers of an activity outside the EEA as a table: recipient, country, safeguard and
// its details per row; Add appends a row and puts the cursor in it, Remove deletes the
// current row.
class TransfersEdit : public TableListEdit {
    Q_OBJECT

public:
    explicit TransfersEdit(QWidget* parent = nullptr);

    QList<core::ThirdCountryTransfer> transfers() const;
    void setTransfers(const QList<core::ThirdCountryTransfer>& transfers);

private:
    void addRow() override;
    void appendRow(const core::ThirdCountryTransfer& transfer);
};

} // namespace pr::gui
