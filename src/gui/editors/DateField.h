#pragma once

#include <QDateEdit>

namespace pr::gui {

// A date in Dutch notation (dd-MM-yyyy) that may be left empty: the lowest date shows as
// "empty" and means no date. Ctrl+Delete empties it.
class DateField : public QDateEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // The date; a null QDate when empty.
    QDate value() const;
    // An invalid or null DATE empties the field.
    void setValue(QDate date);
    // What an empty field starts from when the user steps into it (today, usually).
    void setSuggestedDate(QDate date) { m_suggested = date; }

protected:
    void stepBy(int steps) override;
    // Ctrl+Delete empties the field.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QDate m_suggested;
};

} // namespace pr::gui
