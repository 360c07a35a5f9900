#pragma once

#include "gui/models/RecordRow.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <vector>

namespace pr::gui {

// The records of one part of the register as a table: the rows a section definition read
// through the repositories (sections/), held as text so that painting and sorting never
// touch the database. Read-only; a change reloads it. A row that needs attention (RowAttention)
// is coloured, and its first column carries a warning icon.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by
        IdRole,                      // the record's id (every column)
        SearchRole,                  // the row's folded text (every column)
        AttentionRole,               // the row's RowAttention as an int (every column)
    };

    explicit RecordTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(QList<RecordRow> rows);

    // The row of the record with ID, or -1.
    int rowOf(qint64 id) const;

    // What RecordFilterModel reads for every row on every keystroke, without a QVariant.
    const QString& searchText(int row) const { return m_rows[row].searchText; }
    // Every row, sorted ascending by COLUMN (its sort key, else its text, compared as people
    // expect in their language, ignoring case); rows that compare equal keep their order.
    // Computed for a column the first time it is asked and kept until the rows change, so
    // that RecordFilterModel never sorts on a keystroke.
    const std::vector<int>& rowsSortedBy(int column) const
    {
        if (column < static_cast<int>(m_orders.size()) && !m_orders[column].empty()) {
            return m_orders[column];
        }
        return computeOrder(column);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant attentionData(RowAttention attention, int column, int role) const;
    const std::vector<int>& computeOrder(int column) const;

    QStringList m_headers;
    QList<RecordRow> m_rows;
    mutable std::vector<std::vector<int>> m_orders; // per column: rows in order; empty: not yet
    mutable QIcon m_overdueIcon;                    // from the style, on first use
    mutable QIcon m_soonIcon;
};

} // namespace pr::gui
