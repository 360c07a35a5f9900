#pragma once

#include <QComboBox>

namespace pr::gui {

// The input of a list field (TextListEdit): an editable combo box in which Enter means "add
// what is typed" and never reaches the dialog around it. Enter with the suggestions open takes
// the highlighted suggestion, if any, and adds that.
//
// This has to be the combo box itself, not a filter on its line edit: the line edit's focus
// proxy is the combo box, which passes keys on by calling the line edit's event() directly,
// and the suggestions popup does the same with the combo box. Event filters see neither, and
// the line edit leaves Enter unhandled, so it went on to the dialog's default button.
class ListEntryCombo : public QComboBox {
    Q_OBJECT

public:
    explicit ListEntryCombo(QWidget* parent = nullptr);

Q_SIGNALS:
    // Enter was pressed: what currentText() holds now is to be added (it may be blank).
    void entered();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace pr::gui
