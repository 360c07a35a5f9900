#pragma once

#include <QAbstractProxyModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace pr::gui {

class RecordTableModel;

// Search-as-you-type and sorting over a RecordTableModel: a row stays when every word typed
// occurs in the text of one of its columns, ignoring case and accents ("beheer" finds "Beheer",
// "cafe" finds "café"), in any order ("afstand beheer" finds "Beheer op afstand"). Sorts by
// each column's sort key, texts in the user's locale without regard to case.
//
// With 100,000 rows a keystroke must stay well under 50 ms (docs/performance.md), which a
// QSortFilterProxyModel cannot do: it sorts whatever stays after each keystroke. This proxy
// keeps every row in the current sort order (RecordTableModel::rowsSortedBy, computed once per
// column and load) and filters by walking that order, so the rows that stay are in order
// without sorting; a word that narrows the last search only looks at the rows shown. A change
// of search or sort is a layout change whose persistent indexes follow their records: the
// selected record stays selected while it is shown.
class RecordFilterModel : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit RecordFilterModel(QObject* parent = nullptr);

    // Shows the rows of RECORDS (not owned; nullptr: none).
    void setSourceModel(RecordTableModel* records);
    void setSearchText(const QString& text);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // COLUMN -1: the source's order. Descending is ascending reversed.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Only a RecordTableModel can be shown: through the base class, any other model shows none.
    void setSourceModel(QAbstractItemModel* model) override;

    // All rows of the source in the current sort order.
    std::vector<int> sortedRows() const;
    bool matches(int sourceRow) const;
    // m_shown: the rows of CANDIDATES (in order) that match the search.
    std::vector<int> matchingRows(const std::vector<int>& candidates) const;
    // Sorts and filters everything anew, within a model reset: the source changed.
    void rebuild();
    // Applies CHANGE to m_sorted and m_shown as a layout change, moving the persistent indexes
    // (the view's selection and current row) along with their source rows.
    void changeLayout(const std::function<void()>& change);
    void indexShown();

    RecordTableModel* m_records = nullptr;
    QStringList m_words; // folded, as typed
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;    // every source row, in sort order
    std::vector<int> m_shown;     // proxy row -> source row: m_sorted's rows that match
    std::vector<int> m_proxyRows; // source row -> proxy row, -1 when hidden
};

} // namespace pr::gui
