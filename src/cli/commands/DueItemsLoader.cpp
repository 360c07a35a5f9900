#include "cli/commands/DueItemsLoader.h"

#include "cli/UsageError.h"
#include "core/settings/AppSettings.h"
#include "core/workflow/DeadlineIcs.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/RequestRepository.h"

namespace pr::cli {

const QString DueItemsLoader::kPromiseOption = QStringLiteral("promise");

void DueItemsLoader::addPromiseOption(QCommandLineParser& parser)
{
    parser.addOption({kPromiseOption,
                      tr("The firm's own answer term: 4w, 28d or 1m (default: the setting of the "
                         "desktop program, else 4w)."),
                      tr("TERM")});
}

core::Period DueItemsLoader::promise(const QCommandLineParser& arguments)
{
    if (!arguments.isSet(kPromiseOption)) {
        return core::AppSettings().promisedAnswerPeriod();
    }
    const auto parsed = core::Period::parse(arguments.value(kPromiseOption));
    if (!parsed) {
        throw UsageError(tr("'%1' is not a term; write it as 4w, 28d or 1m")
                             .arg(arguments.value(kPromiseOption)));
    }
    return *parsed;
}

core::DueItems DueItemsLoader::load(const storage::SqliteDatabase& db, const core::Clock& clock,
                                    const core::Period& promise, int withinDays)
{
    return core::DueItems::compute(
        storage::RequestRepository::all(db), storage::BreachRepository::all(db),
        storage::AgreementRepository::all(db), promise, clock, withinDays);
}

QString DueItemsLoader::registerKey(const storage::SqliteDatabase& db)
{
    const QList<core::AuditEntry> trail = storage::AuditTrail::all(db);
    return core::DeadlineIcs::registerKey(trail.isEmpty() ? QByteArray() : trail.first().hash);
}

} // namespace pr::cli
