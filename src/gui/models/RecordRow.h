#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pr::gui {

// How urgently a row needs the user: a deadline that has passed, or one that is near (a
// request due within the week, a breach clock that runs). The list colours the row, marks it
// with an icon and says it in words in one of its columns: never by colour alone.
enum class RowAttention : quint8 { None, Soon, Overdue };

// One record as a list shows it: the text of each column, what each column sorts by (a date
// sorts as a date, not as "21-11-2026"), and the folded text of all columns that search
// compares with, computed once per load rather than once per keystroke.
struct RecordRow {
    qint64 id = 0;
    QStringList texts;
    QVariantList sortKeys; // per column; an invalid QVariant sorts by the text
    QString searchText;    // TextFolding::fold of every column's text
    RowAttention attention = RowAttention::None;
};

} // namespace pr::gui
