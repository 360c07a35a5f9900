#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pr::gui {

// One record as a list shows it: the text of each column, what each column sorts by (a date
// sorts as a date, not as "21-11-2026"), and the folded text of all columns that search
// compares with, computed once per load rather than once per keystroke.
struct RecordRow {
    qint64 id = 0;
    QStringList texts;
    QVariantList sortKeys; // per column; an invalid QVariant sorts by the text
    QString searchText;    // TextFolding::fold of every column's text
};

} // namespace pr::gui
