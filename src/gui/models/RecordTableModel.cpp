#include "gui/models/RecordTableModel.h"

namespace pr::gui {

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecordTableModel::setHeaders(const QStringList& headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void RecordTableModel::setRows(QList<RecordRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size()) {
        return {};
    }
    const RecordRow& row = m_rows[index.row()];
    const QString text = row.texts.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        // Long texts are cut off in the cell; the tooltip shows them whole.
        return text.size() > 40 ? QVariant(text) : QVariant();
    case SortRole: {
        const QVariant key = row.sortKeys.value(index.column());
        return key.isValid() ? key : QVariant(text);
    }
    case IdRole:
        return row.id;
    case SearchRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return m_headers.value(section);
    }
    return {};
}

} // namespace pr::gui
