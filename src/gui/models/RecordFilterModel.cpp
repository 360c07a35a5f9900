#include "gui/models/RecordFilterModel.h"

#include "gui/models/RecordTableModel.h"
#include "storage/repositories/TextFolding.h"

#include <algorithm>
#include <numeric>

namespace pr::gui {

namespace {
// True when every row that contains all of WORDS also contains all of EARLIER: each earlier
// word lies within one of the new ones ("ja" → "jan", "jan" → "jan de"). Then the new search
// only needs to look at the rows the earlier one left.
bool narrows(const QStringList& earlier, const QStringList& words)
{
    return std::all_of(earlier.begin(), earlier.end(), [&](const QString& old) {
        return std::any_of(words.begin(), words.end(),
                           [&](const QString& word) { return word.contains(old); });
    });
}

// Whether TEXT contains WORD (not empty). Finds WORD's first character with the vectorised
// search for one character and compares the rest only there: for the short words typed first,
// when a keystroke looks at most of the rows, this is much faster than QString::contains,
// which steps through every character of the text.
bool containsWord(QStringView text, QStringView word)
{
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    for (qsizetype at = text.indexOf(first); at >= 0 && at + word.size() <= text.size();
         at = text.indexOf(first, at + 1)) {
        if (text.sliced(at + 1, rest.size()) == rest) {
            return true;
        }
    }
    return false;
}
} // namespace

RecordFilterModel::RecordFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void RecordFilterModel::setSourceModel(QAbstractItemModel* model)
{
    setSourceModel(qobject_cast<RecordTableModel*>(model));
}

void RecordFilterModel::setSourceModel(RecordTableModel* records)
{
    if (records == m_records) {
        return;
    }
    beginResetModel();
    if (m_records != nullptr) {
        disconnect(m_records, nullptr, this, nullptr);
    }
    m_records = records;
    QAbstractProxyModel::setSourceModel(records);
    if (records != nullptr) {
        // A RecordTableModel changes only by a reset: it is read-only and reloaded as a whole.
        connect(records, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(records, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(records, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_records = nullptr;
            rebuild();
            endResetModel();
        });
    }
    rebuild();
    endResetModel();
}

void RecordFilterModel::setSearchText(const QString& text)
{
    QStringList words =
        storage::TextFolding::fold(text).simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    const bool narrower = narrows(m_words, words);
    m_words = std::move(words);
    std::vector<int> shown = matchingRows(narrower ? m_shown : m_sorted);
    changeLayout([&] { m_shown = std::move(shown); });
}

void RecordFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return; // always kept in order: nothing to do
    }
    m_sortColumn = column;
    m_sortOrder = order;
    std::vector<int> sorted = sortedRows();
    // The rows shown stay the same: keep those in the new order, without searching again.
    std::vector<int> shown;
    shown.reserve(m_shown.size());
    for (const int row : sorted) {
        if (m_proxyRows[static_cast<std::size_t>(row)] >= 0) {
            shown.push_back(row);
        }
    }
    changeLayout([&] {
        m_sorted = std::move(sorted);
        m_shown = std::move(shown);
    });
}

std::vector<int> RecordFilterModel::sortedRows() const
{
    const int rows = m_records != nullptr ? m_records->rowCount() : 0;
    if (m_sortColumn < 0 || m_sortColumn >= columnCount()) {
        std::vector<int> sourceOrder(static_cast<std::size_t>(rows));
        std::iota(sourceOrder.begin(), sourceOrder.end(), 0);
        return sourceOrder;
    }
    std::vector<int> sorted = m_records->rowsSortedBy(m_sortColumn);
    if (m_sortOrder == Qt::DescendingOrder) {
        std::reverse(sorted.begin(), sorted.end());
    }
    return sorted;
}

bool RecordFilterModel::matches(int sourceRow) const
{
    const QString& text = m_records->searchText(sourceRow);
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString& word) { return containsWord(text, word); });
}

std::vector<int> RecordFilterModel::matchingRows(const std::vector<int>& candidates) const
{
    if (m_words.isEmpty()) {
        return candidates;
    }
    std::vector<int> rows;
    for (const int row : candidates) {
        if (matches(row)) {
            rows.push_back(row);
        }
    }
    return rows;
}

void RecordFilterModel::rebuild()
{
    m_sorted = sortedRows();
    m_shown = matchingRows(m_sorted);
    indexShown();
}

void RecordFilterModel::changeLayout(const std::function<void()>& change)
{
    // Vertical: only rows move, appear or go; the columns and their widths stay as they are.
    const QList<QPersistentModelIndex> parents;
    Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex& index : before) {
        sources << mapToSource(index);
    }
    change();
    indexShown();
    QModelIndexList after;
    after.reserve(sources.size());
    for (const QModelIndex& source : sources) {
        after << mapFromSource(source);
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void RecordFilterModel::indexShown()
{
    m_proxyRows.assign(m_sorted.size(), -1);
    for (std::size_t proxyRow = 0; proxyRow < m_shown.size(); ++proxyRow) {
        m_proxyRows[static_cast<std::size_t>(m_shown[proxyRow])] = static_cast<int>(proxyRow);
    }
}

QModelIndex RecordFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || m_records == nullptr || proxyIndex.model() != this ||
        proxyIndex.row() >= rowCount()) {
        return {};
    }
    return m_records->index(m_shown[static_cast<std::size_t>(proxyIndex.row())],
                            proxyIndex.column());
}

QModelIndex RecordFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || m_records == nullptr || sourceIndex.model() != m_records ||
        static_cast<std::size_t>(sourceIndex.row()) >= m_proxyRows.size()) {
        return {};
    }
    const int proxyRow = m_proxyRows[static_cast<std::size_t>(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QModelIndex RecordFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex RecordFilterModel::parent(const QModelIndex& /*child*/) const
{
    return {}; // a table: no row has children
}

int RecordFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int RecordFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_records == nullptr ? 0 : m_records->columnCount();
}

bool RecordFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant RecordFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (m_records == nullptr) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_records->headerData(section, orientation, role);
    }
    // A row's header belongs to its record, wherever the record is shown.
    const QModelIndex source = mapToSource(index(section, 0));
    return source.isValid() ? m_records->headerData(source.row(), orientation, role) : QVariant();
}

} // namespace pr::gui
