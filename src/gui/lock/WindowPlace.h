#pragma once

#include "core/domain/EntityKind.h"
#include "gui/Section.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pr::gui {

class MainWindow;

// Where the user was in a main window, so that a new window on the same register can come
// back there after the register was locked and unlocked again: the window's geometry, the
// section, the list in view with its search text and its selected record. Holds no content
// of the register beyond a record's id and what the user typed into the search field.
struct WindowPlace {
    QByteArray geometry; // QWidget::saveGeometry()
    Section section = Section::Overview;
    std::optional<core::EntityKind> listKind; // the list in view; none on the overview
    bool auditTrail = false;                  // the list in view is the audit trail
    QString searchText;
    qint64 recordId = 0; // the selected record; 0 when none

    static WindowPlace of(const MainWindow& window);
    // Brings WINDOW (a new one, on the same register) to this place, as far as the records
    // still exist.
    void restore(MainWindow& window) const;
};

} // namespace pr::gui
