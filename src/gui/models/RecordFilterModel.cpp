#include "gui/models/RecordFilterModel.h"

#include "gui/models/RecordTableModel.h"
#include "storage/repositories/TextFolding.h"

namespace pr::gui {

RecordFilterModel::RecordFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RecordFilterModel::setSearchText(const QString& text)
{
    const QStringList words =
        storage::TextFolding::fold(text).simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(RecordTableModel::SearchRole)
                             .toString();
    for (const QString& word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace pr::gui
