#include "cli/commands/BreachStepCommand.h"

#include "cli/CommandContext.h"
#include "cli/StepRefusal.h"
#include "cli/UsageError.h"
#include "storage/repositories/BreachRepository.h"
#include "usecases/steps/BreachSteps.h"

namespace pr::cli {

namespace {
// Unqualified return types below: lupdate files a Class::tr() call in a free function whose
// return type is qualified (core::BreachStep) under the wrong context.
using core::BreachStep;

const QString kTo = QStringLiteral("to");
const QString kAt = QStringLiteral("at");
const QString kText = QStringLiteral("text");
const QString kApReference = QStringLiteral("ap-reference");

QString stepCodes()
{
    QStringList codes;
    for (const core::BreachStep step : core::enumValues<core::BreachStep>()) {
        codes << core::enumCode(step);
    }
    return codes.join(QStringLiteral(", "));
}

qint64 breachId(const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    if (positional.size() != 1) {
        throw UsageError(BreachStepCommand::tr("write: breach-step ID --to STEP"));
    }
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        throw UsageError(BreachStepCommand::tr("'%1' is not an id").arg(positional.first()));
    }
    return id;
}

BreachStep stepOption(const QCommandLineParser& arguments)
{
    const QString code = arguments.value(kTo);
    if (const auto step = core::enumFromCode<core::BreachStep>(code)) {
        return *step;
    }
    throw UsageError(
        BreachStepCommand::tr("unknown step '%1'; use one of: %2").arg(code, stepCodes()));
}

// --at as an ISO 8601 moment in local time (2026-11-21T14:30) or with its offset; now when
// left out.
QDateTime momentOption(const QCommandLineParser& arguments, const QDateTime& now)
{
    if (!arguments.isSet(kAt)) {
        return now;
    }
    const QDateTime at = QDateTime::fromString(arguments.value(kAt), Qt::ISODate);
    if (!at.isValid()) {
        throw UsageError(BreachStepCommand::tr("'%1' is not a moment; write it as "
                                               "YYYY-MM-DDTHH:MM")
                             .arg(arguments.value(kAt)));
    }
    return at;
}

QString describe(const core::Breach& breach)
{
    return breach.reference.isEmpty() ? BreachStepCommand::tr("Breach %1").arg(breach.id)
                                      : BreachStepCommand::tr("Breach %1 (%2)")
                                            .arg(QString::number(breach.id), breach.reference);
}

// The codes of the steps BREACH can take, as --to takes them.
QString nextSteps(const core::Breach& breach)
{
    QStringList next;
    for (const core::BreachStep step : core::BreachWorkflow::possibleSteps(breach)) {
        next << core::enumCode(step);
    }
    return next.join(QLatin1Char(' '));
}

void printState(CommandContext& context, const core::Breach& breach)
{
    // Fixed labels, like `request-step`: scripts read them.
    context.out() << "role: " << (breach.clientId != 0 ? "processor" : "controller") << '\n'
                  << "next: " << nextSteps(breach) << '\n';
}
} // namespace

QString BreachStepCommand::summary() const
{
    return tr("Record one step in the handling of a data breach (or show the possible steps).");
}

QString BreachStepCommand::details() const
{
    return tr("STEP is one of: %1. Which steps a breach has depends on the firm's role: for its "
              "own data (controller) it reports to the AP (report-ap, again for a follow-up) or "
              "records why not (no-ap-report, --text with the reason), and tells the people "
              "(subjects-informed) or records why not (subjects-not-informed, --text); for a "
              "client's data (processor) it informs the client (client-informed), who decides "
              "on the rest. --at is the moment (default now), not in the future and not before "
              "the discovery. Without --to: print the role and the next steps. A step that is "
              "not possible exits 2 with the reason.")
        .arg(stepCodes());
}

void BreachStepCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The breach's id (see list breaches)."));
    parser.addOption({kTo, tr("The step to record."), tr("STEP")});
    parser.addOption({kAt, tr("When it happened (default now)."), tr("YYYY-MM-DDTHH:MM")});
    parser.addOption({kText,
                      tr("report-ap: what the report said; no-ap-report and "
                         "subjects-not-informed: the reason."),
                      tr("TEXT")});
    parser.addOption({kApReference, tr("report-ap: the AP's number for the report."), tr("TEXT")});
}

ExitCode BreachStepCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const qint64 id = breachId(arguments);
    if (!arguments.isSet(kTo)) {
        const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
        const auto breach = storage::BreachRepository::find(reg->database(), id);
        if (!breach) {
            context.err() << usecases::BreachStepTraits::missing(id) << '\n';
            return ExitCode::Failed;
        }
        printState(context, *breach);
        return ExitCode::Success;
    }
    const BreachStep step = stepOption(arguments);
    const QDateTime at = momentOption(arguments, context.clock().now());
    const core::BreachStepDetails details{arguments.value(kText), arguments.value(kApReference)};

    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::StepChange<core::Breach> change =
        usecases::BreachSteps::record(context.useCases(*reg), id, step, at, details);
    if (const auto refused = reportRefusal<core::Breach>(
            context, change,
            [step](const core::Breach& breach) {
                return tr("%1: '%2' is not possible:").arg(describe(breach), core::enumCode(step));
            },
            [](const core::Breach& breach) {
                return QStringLiteral("  next: %1\n").arg(nextSteps(breach));
            })) {
        return *refused;
    }
    const core::Breach& breach = *change.before;
    context.out() << tr("%1: %2 at %3.")
                         .arg(describe(breach), core::enumLabel(step), at.toString(Qt::ISODate))
                  << '\n';
    printState(context, *change.after);
    return ExitCode::Success;
}

} // namespace pr::cli
