#pragma once

#include "core/domain/EntityKind.h"
#include "gui/models/RecordRow.h"
#include "gui/sections/RecordDetails.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// What a list page needs to know about one part of the register: its columns, how to read
// its rows and one record's details through the repositories, and how it sorts at first.
// Each part defines one (ActivitySection, MeasureSection, …); RecordListPage shows any.
struct RecordSection {
    core::EntityKind kind = core::EntityKind::ProcessingActivity;
    QString listName; // the table's accessible name, e.g. "Processing activities"
    QStringList headers;
    std::function<QList<RecordRow>(const storage::SqliteDatabase&)> rows;
    std::function<std::optional<RecordDetails>(const storage::SqliteDatabase&, qint64)> details;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

} // namespace pr::gui
