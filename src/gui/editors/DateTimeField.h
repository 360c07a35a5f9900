#pragma once

#include <QDateTimeEdit>

namespace pr::gui {

// A moment in Dutch notation (dd-MM-yyyy HH:mm) that may be left empty, like DateField: the
// lowest value shows as "empty" and means no moment.
class DateTimeField : public QDateTimeEdit {
    Q_OBJECT

public:
    explicit DateTimeField(QWidget* parent = nullptr);

    // The moment; a null QDateTime when empty.
    QDateTime value() const;
    void setValue(const QDateTime& moment);
    void setSuggested(const QDateTime& moment) { m_suggested = moment; }

protected:
    void stepBy(int steps) override;
    // Ctrl+Delete empties the field.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QDateTime m_suggested;
    QDateTime m_exact; // as given: seconds and time zone the field does not show
};

} // namespace pr::gui
