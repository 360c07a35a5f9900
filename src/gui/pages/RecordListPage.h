#pragma once

#include "gui/sections/RecordSection.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QTableView;

namespace Ui {
class RecordListPage;
}

namespace pr::storage {
class Register;
}

namespace pr::gui {

class DetailPane;
class RecordFilterModel;
class RecordTableModel;

// One part of the register as a list with search-as-you-type and sortable columns, and the
// selected record's details beside it. What it lists comes from a RecordSection; the page
// itself knows no entity.
class RecordListPage : public QWidget {
    Q_OBJECT

public:
    RecordListPage(RecordSection section, const storage::Register& reg, QWidget* parent = nullptr);
    ~RecordListPage() override;

    const RecordSection& section() const { return m_section; }

    // Reads the rows again and keeps the selected record selected while it exists.
    void reload();
    // Shows SECTION instead (the same part of the register, read differently, e.g. after a
    // setting changed) and reads the rows again.
    void setSection(RecordSection section);
    // Selects the record with ID, clearing the search when it hides the record. False when the
    // list has no such record.
    bool selectRecord(qint64 id);
    // The selected record's id; 0 when none is selected.
    qint64 currentId() const;
    void focusSearch();

    QLineEdit* searchField() const;
    QTableView* table() const;
    DetailPane* detailPane() const { return m_details; }
    RecordFilterModel* filterModel() const { return m_filter; }

Q_SIGNALS:
    void currentRecordChanged(qint64 id);

private:
    void showCurrent();
    void showCurrentIfChanged();
    void updateCount();

    std::unique_ptr<Ui::RecordListPage> m_ui;
    RecordSection m_section;
    const storage::Register& m_register;
    RecordTableModel* m_model;
    RecordFilterModel* m_filter;
    DetailPane* m_details;
    qint64 m_shownId = 0; // the record whose details the pane shows; 0: none
    bool m_sized = false;
};

} // namespace pr::gui
