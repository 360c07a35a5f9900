#include "cli/commands/AnonymiseRequestsCommand.h"

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/workflow/RequestRetention.h"
#include "usecases/requests/ExpiredRequestAnonymisation.h"

namespace pr::cli {

namespace {
// Unqualified return types below: lupdate files a Class::tr() call in a free function whose
// return type is qualified (core::Period) under the wrong context.
using core::Period;

const QString kDryRun = QStringLiteral("dry-run");
const QString kRetention = QStringLiteral("retention");

Period retention(const QCommandLineParser& arguments, const CommandContext& context)
{
    if (!arguments.isSet(kRetention)) {
        return context.settings().requestRetentionPeriod();
    }
    const auto parsed = core::Period::parse(arguments.value(kRetention));
    if (!parsed) {
        throw UsageError(AnonymiseRequestsCommand::tr("'%1' is not a period; write it as 24m, "
                                                      "104w or 730d")
                             .arg(arguments.value(kRetention)));
    }
    return *parsed;
}
} // namespace

QString AnonymiseRequestsCommand::summary() const
{
    return tr("Anonymise closed requests kept past their retention period.");
}

QString AnonymiseRequestsCommand::details() const
{
    return tr("A closed request (answered, refused, withdrawn) is kept for the retention period "
              "after closing (the setting, default 24m), then flagged. This command replaces "
              "the requester's name by ***, blanks the contact and replaces every free text "
              "(outcome, reasons) by ***; it keeps the reference, right, channel, dates, status, "
              "extension and client, so that the statistics stay complete. All flagged requests "
              "change in one save. The audit trail still holds the old values: see docs/cli.md.");
}

void AnonymiseRequestsCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kDryRun, tr("Only list the requests that would be anonymised.")});
    parser.addOption({kRetention,
                      tr("The retention period after closing: 24m, 104w or 730d (default: the "
                         "setting, else 24m)."),
                      tr("PERIOD")});
}

ExitCode AnonymiseRequestsCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const core::Period period = retention(arguments, context);
    const bool dryRun = arguments.isSet(kDryRun);
    const auto reg =
        context.openRegister(dryRun ? storage::OpenMode::ReadOnly : storage::OpenMode::ReadWrite);
    const QList<core::DataSubjectRequest> due =
        usecases::ExpiredRequestAnonymisation::due(context.useCases(*reg), period);
    if (due.isEmpty()) {
        context.out()
            << tr("No closed request is past the retention period of %1.").arg(period.describe())
            << '\n';
        return ExitCode::Success;
    }
    // Reference and dates only: the names are what this command is about to remove.
    for (const core::DataSubjectRequest& request : due) {
        context.out()
            << request.id << '\t' << request.reference << '\t'
            << "closed=" << core::RequestRetention::closedOn(request).toString(Qt::ISODate) << '\t'
            << "anonymise-from="
            << core::RequestRetention::anonymiseFrom(request, period).toString(Qt::ISODate) << '\n';
    }
    const int count = static_cast<int>(due.size());
    if (dryRun) {
        context.out() << tr("%n request(s) would be anonymised; nothing was changed.", nullptr,
                            count)
                      << '\n';
        return ExitCode::Success;
    }
    const usecases::ChangeResult result =
        usecases::ExpiredRequestAnonymisation::anonymise(context.useCases(*reg), due);
    if (result.status != usecases::ChangeResult::Status::Saved) {
        context.err() << ChangeFailure::text(result) << '\n';
        return ExitCode::Failed;
    }
    context.out() << tr("Anonymised %n request(s).", nullptr, count) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
