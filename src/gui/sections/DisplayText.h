#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace pr::gui {

// How values look in lists and detail panes, the same everywhere: dates in the user's
// notation (Dutch 21-11-2026), yes/no, lists one item per line.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString date(QDate date);                  // empty for a null date
    static QString dateTime(const QDateTime& moment); // local time; empty when invalid
    static QString yesNo(bool value);
    static QString yesNoOpen(const std::optional<bool>& value); // "Not decided yet" when empty
    static QString lines(const QStringList& items);             // one per line, blank ones left out
    // A list of things: one per line, each after a bullet when there are several, so that an
    // item that wraps is not read as two.
    static QString bullets(const QStringList& items);
    static QString commaList(const QStringList& items); // "a, b, c"
};

} // namespace pr::gui
