#pragma once

#include "core/domain/RetentionPeriod.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pr::gui {

// A retention period in one compact block: its kind; for a fixed period the amount, unit and
// the event it runs from (disabled for the other kinds, what they hold is kept); the note and
// the rule that sets it. For a client's own retention beside the activity's.
class RetentionEdit : public QWidget {
    Q_OBJECT

public:
    explicit RetentionEdit(QWidget* parent = nullptr);

    core::RetentionPeriod value() const;
    void setValue(const core::RetentionPeriod& period);

    QComboBox* kindCombo() const { return m_kind; }
    QSpinBox* amountSpin() const { return m_amount; }

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QComboBox* m_kind;
    QSpinBox* m_amount;
    QComboBox* m_unit;
    QComboBox* m_trigger;
    QLineEdit* m_description;
    QLineEdit* m_legalBasis;
};

} // namespace pr::gui
