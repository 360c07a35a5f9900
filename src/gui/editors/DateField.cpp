#include "gui/editors/DateField.h"

#include <QKeyEvent>

namespace pr::gui {

namespace {
// Before any date the register holds: the "empty" value of the field.
const QDate kEmpty(1900, 1, 1);
} // namespace

DateField::DateField(QWidget* parent)
    : QDateEdit(parent)
    , m_suggested(QDate::currentDate())
{
    setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    setMinimumDate(kEmpty);
    setMaximumDate(QDate(9999, 12, 31));
    setSpecialValueText(tr("empty"));
    setCalendarPopup(true);
    setToolTip(tr("Ctrl+Delete empties the date."));
    setDate(kEmpty);
}

QDate DateField::value() const
{
    return date() == kEmpty ? QDate() : date();
}

void DateField::setValue(QDate date)
{
    setDate(date.isValid() ? date : kEmpty);
}

void DateField::stepBy(int steps)
{
    // Stepping out of "empty" starts at the suggested date, not at 1900.
    if (date() == kEmpty && steps > 0) {
        setDate(m_suggested);
        return;
    }
    QDateEdit::stepBy(steps);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        setDate(kEmpty);
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace pr::gui
