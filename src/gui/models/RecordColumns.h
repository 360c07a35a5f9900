#pragma once

#include "gui/models/RecordRow.h"
#include "storage/repositories/TextFolding.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace pr::gui {

// One column of a list of records of type T: its header, its text, and optionally what it
// sorts by. A list is defined by its columns; RecordTableModel shows any such list.
template <typename T>
struct RecordColumn {
    QString header;
    std::function<QString(const T&)> text;
    std::function<QVariant(const T&)> sortKey = {};
};

template <typename T>
QStringList headersOf(const QList<RecordColumn<T>>& columns)
{
    QStringList headers;
    for (const RecordColumn<T>& column : columns) {
        headers << column.header;
    }
    return headers;
}

// RECORDS as rows of COLUMNS, each row with the record's id and, when ATTENTION is given,
// how urgently the record needs the user.
template <typename T>
QList<RecordRow> rowsOf(const QList<T>& records, const QList<RecordColumn<T>>& columns,
                        const std::function<RowAttention(const T&)>& attention = {})
{
    QList<RecordRow> rows;
    rows.reserve(records.size());
    for (const T& record : records) {
        RecordRow row;
        row.id = record.id;
        for (const RecordColumn<T>& column : columns) {
            row.texts << column.text(record);
            row.sortKeys << (column.sortKey ? column.sortKey(record) : QVariant());
        }
        row.searchText = storage::TextFolding::fold(row.texts.join(u'\n'));
        if (attention) {
            row.attention = attention(record);
        }
        rows << row;
    }
    return rows;
}

} // namespace pr::gui
