#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace pr::gui {

// Search-as-you-type over a RecordTableModel: a row stays when every word typed occurs in the
// text of one of its columns, ignoring case and accents ("beheer" finds "Beheer", "cafe" finds
// "café"), in any order ("afstand beheer" finds "Beheer op afstand"). Sorts by each column's
// sort key, texts in the user's locale without regard to case.
class RecordFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RecordFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words; // folded
};

} // namespace pr::gui
