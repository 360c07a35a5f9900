#pragma once

#include "core/calendar/Period.h"
#include "core/time/Clock.h"
#include "core/workflow/DueItems.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::cli {

// What `due` and `deadlines-ics` share: the open deadlines of a register and the options that
// shape them.
class DueItemsLoader {
    Q_DECLARE_TR_FUNCTIONS(DueItemsLoader)

public:
    static const QString kPromiseOption;

    // Adds --promise TERM.
    static void addPromiseOption(QCommandLineParser& parser);
    // --promise when given (UsageError when it is not a term), else the setting.
    static core::Period promise(const QCommandLineParser& arguments);
    // Every open request and running breach clock of the register at the clock's now.
    static core::DueItems load(const storage::SqliteDatabase& db, const core::Clock& clock,
                               const core::Period& promise,
                               int withinDays = core::DueItems::kDefaultWithinDays);
    // The key of the register for calendar UIDs (core::DeadlineIcs::registerKey).
    static QString registerKey(const storage::SqliteDatabase& db);
};

} // namespace pr::cli
