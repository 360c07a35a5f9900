#pragma once

#include "gui/models/RecordRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace pr::gui {

// The records of one part of the register as a table: the rows a section definition read
// through the repositories (sections/), held as text so that painting and sorting never
// touch the database. Read-only; a change reloads it.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by
        IdRole,                      // the record's id (every column)
        SearchRole,                  // the row's folded text (every column)
    };

    explicit RecordTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(QList<RecordRow> rows);

    // The row of the record with ID, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<RecordRow> m_rows;
};

} // namespace pr::gui
