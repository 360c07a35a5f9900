#include "gui/editors/ListEntryCombo.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace pr::gui {

ListEntryCombo::ListEntryCombo(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    // The list is where entries go; the combo box's own list holds only the choices.
    setInsertPolicy(QComboBox::NoInsert);
}

void ListEntryCombo::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QComboBox::keyPressEvent(event);
        return;
    }
    if (QCompleter* suggestions = completer();
        suggestions != nullptr && suggestions->popup()->isVisible()) {
        const QModelIndex highlighted = suggestions->popup()->currentIndex();
        if (highlighted.isValid()) {
            setEditText(highlighted.data(suggestions->completionRole()).toString());
        }
        suggestions->popup()->hide();
    }
    // Accepted also when nothing is typed: a second Enter right after adding must not save
    // the record behind the user's back.
    event->accept();
    Q_EMIT entered();
}

} // namespace pr::gui
