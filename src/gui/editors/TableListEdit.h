#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pr::gui {

// A list of small records edited as a table, one record a row, with Add and Remove buttons
// under it. The common part of the editors' tables (the breach's reports to the AP, the
// activity's transfers), so that they look, read aloud and behave alike: the table and its
// buttons, Remove for the current row (enabled only when there is one), and changed() for
// every edit. A subclass fills the cells and reads them back.
class TableListEdit : public QWidget {
    Q_OBJECT

public:
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

protected:
    struct Texts {
        QStringList headers;
        QString tableName;
        QString add;
        QString remove;
    };

    TableListEdit(const Texts& texts, QWidget* parent);

    // Appends the row that Add makes and puts the cursor in it.
    virtual void addRow() = 0;
    void updateButtons();

    QTableWidget* const m_table;

private:
    QPushButton* const m_add;
    QPushButton* const m_remove;
};

} // namespace pr::gui
