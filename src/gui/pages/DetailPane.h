#pragma once

#include "gui/sections/RecordDetails.h"

#include <QScrollArea>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace pr::gui {

// The selected record, read-only, beside its list: a title, then every filled-in field as
// "label: value". Values are plain text (register content is never read as HTML) and can be
// selected with the mouse to copy. Buttons that act on the record go in actions().
class DetailPane : public QScrollArea {
    Q_OBJECT

public:
    explicit DetailPane(QWidget* parent = nullptr);

    void showDetails(const RecordDetails& details);
    // No record: HINT says how to get one.
    void showHint(const QString& hint);

    // Below the title: for buttons such as "Mark as planned". Hidden while no record is shown.
    QHBoxLayout* actions() const { return m_actionsLayout; }
    // Adds ROW below the buttons of actions(), for more buttons than one row takes; shown and
    // hidden with them.
    void addActionRow(QWidget* row);

    QString title() const;
    // The warning shown under the title (RecordDetails::warning); empty when there is none.
    QString warning() const;
    // The value shown beside LABEL, or an empty string.
    QString value(const QString& label) const;

private:
    void clearFields();

    QLabel* m_title;
    QLabel* m_warning;
    QWidget* m_actions;
    QVBoxLayout* m_actionRows;
    QHBoxLayout* m_actionsLayout;
    QFormLayout* m_form;
    QLabel* m_hint;
};

} // namespace pr::gui
