#include "gui/editors/DateTimeField.h"

#include <QKeyEvent>

namespace pr::gui {

namespace {
const QDateTime kEmpty(QDate(1900, 1, 1), QTime(0, 0));
} // namespace

DateTimeField::DateTimeField(QWidget* parent)
    : QDateTimeEdit(parent)
    , m_suggested(QDateTime::currentDateTime())
{
    setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    setMinimumDateTime(kEmpty);
    setSpecialValueText(tr("empty"));
    setCalendarPopup(true);
    setToolTip(tr("Ctrl+Delete empties the date."));
    setDateTime(kEmpty);
}

QDateTime DateTimeField::value() const
{
    if (dateTime() == kEmpty) {
        return {};
    }
    // The field shows minutes: while the user has not changed the minute, the moment is the
    // one given, to the millisecond, so that an unchanged record stays as it was.
    const auto toMinute = [](const QDateTime& moment) {
        return moment.toSecsSinceEpoch() / 60;
    };
    if (m_exact.isValid() && toMinute(m_exact) == toMinute(dateTime())) {
        return m_exact;
    }
    return dateTime();
}

void DateTimeField::setValue(const QDateTime& moment)
{
    m_exact = moment;
    setDateTime(moment.isValid() ? moment : kEmpty);
}

void DateTimeField::stepBy(int steps)
{
    if (dateTime() == kEmpty && steps > 0) {
        setDateTime(m_suggested);
        return;
    }
    QDateTimeEdit::stepBy(steps);
}

void DateTimeField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        setDateTime(kEmpty);
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}

} // namespace pr::gui
