#pragma once

#include "gui/editors/ListEntryCombo.h"

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace pr::gui {

// A list of texts edited as a list, not as comma-separated text: pick an entry from the pick
// list or type a new one and press Enter (or Add); Delete removes the selected item, Alt+Up
// and Alt+Down move it, F2 or a double click edits it. Every control has an accessible name
// derived from the list's name. What is typed but not added yet is pendingText(): the dialog
// around the list takes it along on Save and asks about it before it closes otherwise.
class TextListEdit : public QWidget {
    Q_OBJECT

public:
    explicit TextListEdit(QWidget* parent = nullptr);

    // NAME says what the list holds ("Purposes"): the controls are named after it.
    void setListName(const QString& name);
    const QString& listName() const { return m_listName; }
    // What the pick list offers (the catalogue and the values in use).
    void setChoices(const QStringList& choices);

    QStringList items() const;
    void setItems(const QStringList& items);

    // Adds TEXT (trimmed) at the end and selects it; nothing for blank text.
    void addItem(const QString& text);

    // The text typed or picked in the input that adding would put in the list, trimmed; empty
    // when there is none: the input is blank, the text is in the list already, or the list is
    // disabled.
    QString pendingText() const;
    // Adds pendingText(), if any, and empties the input.
    void addPendingText();

    QListWidget* list() const { return m_list; }
    ListEntryCombo* picker() const { return m_picker; }
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void changed();
    // Another item became the current one (-1: none).
    void currentRowChanged(int row);

protected:
    // Keys of the list itself (Delete, Alt+Up, Alt+Down).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFromPicker();
    void removeCurrent();
    void move(int step);
    void updateButtons();

    ListEntryCombo* m_picker;
    QPushButton* m_add;
    QListWidget* m_list;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QString m_listName;
};

} // namespace pr::gui
