#include "gui/models/RecordTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QIcon>
#include <QStyle>

#include <algorithm>
#include <numeric>

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
    m_orders.clear();
    endResetModel();
}

const std::vector<int>& RecordTableModel::computeOrder(int column) const
{
    // What each row sorts by, prepared once rather than per comparison (a sort of 100,000 rows
    // compares about two million times): its key, and for rows without one the collator's key
    // of its text, which compares as fast as bytes.
    const auto rowCount = static_cast<std::size_t>(m_rows.size());
    std::vector<const QVariant*> keys(rowCount, nullptr);
    for (std::size_t row = 0; row < rowCount; ++row) {
        const QVariantList& sortKeys = m_rows[static_cast<qsizetype>(row)].sortKeys;
        if (column < sortKeys.size() && sortKeys[column].isValid()) {
            keys[row] = &sortKeys[column];
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // In the C locale Qt's sort keys heed case, unlike its compare(): there the texts are
    // compared by the collator itself, slower but in the same order.
    const bool useTextKeys = std::find(keys.begin(), keys.end(), nullptr) != keys.end() &&
                             collator.locale().language() != QLocale::C;
    std::vector<QCollatorSortKey> textKeys;
    if (useTextKeys) {
        textKeys.reserve(rowCount);
        for (const RecordRow& row : m_rows) {
            textKeys.push_back(collator.sortKey(row.texts.value(column)));
        }
    }
    std::vector<int> order(rowCount);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QVariant* keyA = keys[static_cast<std::size_t>(a)];
        const QVariant* keyB = keys[static_cast<std::size_t>(b)];
        if (keyA != nullptr && keyB != nullptr) {
            return QVariant::compare(*keyA, *keyB) == QPartialOrdering::Less;
        }
        if (useTextKeys) {
            return textKeys[static_cast<std::size_t>(a)].compare(
                       textKeys[static_cast<std::size_t>(b)]) < 0;
        }
        return collator.compare(m_rows[a].texts.value(column), m_rows[b].texts.value(column)) < 0;
    });
    if (m_orders.size() <= static_cast<std::size_t>(column)) {
        m_orders.resize(static_cast<std::size_t>(column) + 1);
    }
    m_orders[static_cast<std::size_t>(column)] = std::move(order);
    return m_orders[static_cast<std::size_t>(column)];
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
    case AttentionRole:
        return static_cast<int>(row.attention);
    default:
        return row.attention == RowAttention::None
                   ? QVariant()
                   : attentionData(row.attention, index.column(), role);
    }
}

QVariant RecordTableModel::attentionData(RowAttention attention, int column, int role) const
{
    // Light backgrounds with dark text: readable in light and dark themes alike, and the
    // selection colour still shows over them.
    const bool overdue = attention == RowAttention::Overdue;
    switch (role) {
    case Qt::BackgroundRole:
        return QBrush(overdue ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xf0, 0xc2));
    case Qt::ForegroundRole:
        return QBrush(overdue ? QColor(0x6a, 0x10, 0x1a) : QColor(0x5c, 0x45, 0x00));
    case Qt::DecorationRole:
        if (column != 0) {
            return {};
        }
        if (m_overdueIcon.isNull()) {
            m_overdueIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            m_soonIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return overdue ? m_overdueIcon : m_soonIcon;
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
