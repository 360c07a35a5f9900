#pragma once

#include "core/dashboard/DashboardWarning.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pr::core {

// The words of the overview's warnings, in the user's language: a short status that goes on
// the coloured label ("5 days overdue", "21 hours left"; the colour is never the only signal;
// deadlines in the words of TimeLeft) and a sentence that says what is due when. Dates in the
// user's notation (Dutch: 21-11-2026).
class WarningText {
    Q_DECLARE_TR_FUNCTIONS(WarningText)

public:
    static QString status(const DashboardWarning& warning);
    static QString details(const DashboardWarning& warning);
    // "4 items need your attention, 2 of them urgent." over all WARNINGS.
    static QString summary(const QList<DashboardWarning>& warnings);

    static QString date(QDate date);
    static QString dateTime(const QDateTime& moment);
};

} // namespace pr::core
