#include "cli/commands/RequestStepCommand.h"

#include "cli/CommandContext.h"
#include "cli/StepRefusal.h"
#include "cli/UsageError.h"
#include "core/workflow/RequestWorkflow.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/steps/RequestSteps.h"

namespace pr::cli {

namespace {
// Unqualified return types below: lupdate files a Class::tr() call in a free function whose
// return type is qualified (core::RequestStep) under the wrong context.
using core::RequestStep;
using core::RequestStepDetails;

const QString kTo = QStringLiteral("to");
const QString kDate = QStringLiteral("date");
const QString kReason = QStringLiteral("reason");
const QString kOutcome = QStringLiteral("outcome");
const QString kCopyDestroyed = QStringLiteral("copy-destroyed");
const QString kGround = QStringLiteral("ground");
const QString kDoubt = QStringLiteral("doubt");
const QString kProofAsked = QStringLiteral("proof-asked");

QString groundCodes()
{
    QStringList codes;
    for (const core::RefusalGround ground : core::enumValues<core::RefusalGround>()) {
        codes << core::enumCode(ground);
    }
    return codes.join(QStringLiteral(", "));
}

// Left out: none chosen (the workflow then says a refusal needs one).
void readGround(const QCommandLineParser& arguments, RequestStepDetails& details)
{
    if (!arguments.isSet(kGround)) {
        return;
    }
    const QString code = arguments.value(kGround);
    details.refusalGround = core::enumFromCode<core::RefusalGround>(code);
    if (details.refusalGround) {
        return;
    }
    throw UsageError(
        RequestStepCommand::tr("unknown ground '%1'; use one of: %2").arg(code, groundCodes()));
}

QString stepCodes()
{
    QStringList codes;
    for (const core::RequestStep step : core::enumValues<core::RequestStep>()) {
        codes << core::enumCode(step);
    }
    return codes.join(QStringLiteral(", "));
}

qint64 requestId(const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    if (positional.size() != 1) {
        throw UsageError(RequestStepCommand::tr("write: request-step ID --to STEP"));
    }
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        throw UsageError(RequestStepCommand::tr("'%1' is not an id").arg(positional.first()));
    }
    return id;
}

QDate dateOption(const QCommandLineParser& arguments, const QString& option, QDate fallback)
{
    if (!arguments.isSet(option)) {
        return fallback;
    }
    const QDate date = QDate::fromString(arguments.value(option), Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError(RequestStepCommand::tr("'%1' is not a date; write it as YYYY-MM-DD")
                             .arg(arguments.value(option)));
    }
    return date;
}

RequestStep stepOption(const QCommandLineParser& arguments)
{
    const QString code = arguments.value(kTo);
    if (const auto step = core::enumFromCode<core::RequestStep>(code)) {
        return *step;
    }
    // "closed" is the word; the register closes a request as one of three outcomes.
    throw UsageError(RequestStepCommand::tr("unknown step '%1'; use one of: %2 (a request is "
                                            "closed by answered, refused or withdrawn)")
                         .arg(code, stepCodes()));
}

QString describe(const core::DataSubjectRequest& request)
{
    return request.reference.isEmpty() ? RequestStepCommand::tr("Request %1").arg(request.id)
                                       : RequestStepCommand::tr("Request %1 (%2)")
                                             .arg(QString::number(request.id), request.reference);
}

// The codes of the steps REQUEST can take, as --to takes them.
QString nextSteps(const core::DataSubjectRequest& request)
{
    QStringList next;
    for (const core::RequestStep step : core::RequestWorkflow::possibleSteps(request)) {
        next << core::enumCode(step);
    }
    return next.join(QLatin1Char(' '));
}

void printState(CommandContext& context, const core::DataSubjectRequest& request)
{
    // Fixed labels, like `deadline`: scripts read them.
    context.out() << "stage: " << core::enumCode(core::stageOf(request)) << '\n'
                  << "next: " << nextSteps(request) << '\n';
}
} // namespace

QString RequestStepCommand::summary() const
{
    return tr("Record one dated step of a data-subject request (or show the possible steps).");
}

QString RequestStepCommand::details() const
{
    return tr("STEP is one of: %1. The date defaults to today and may not lie in the future, "
              "before the request came in or before the previous step. 'identity-requested' "
              "needs --doubt (why the identity is in reasonable doubt, AVG art. 12(6)) and takes "
              "--proof-asked (what the person is asked to provide). 'extended' needs --reason "
              "and must lie within the first month; 'refused' needs --ground (one of: %2; it "
              "must fit the right invoked) and --reason, and --outcome holds the information "
              "about complaint and appeal the person was given (a standard sentence when left "
              "out). 'identity-verified' takes --copy-destroyed: only the date the ID copy was "
              "destroyed is kept, never the copy. A request about a client's data is closed "
              "only after 'client-informed'. Without --to: print the request's stage and next "
              "steps. A step that is not possible exits 2 with the reason.")
        .arg(stepCodes(), groundCodes());
}

void RequestStepCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The request's id (see list requests)."));
    parser.addOption({kTo, tr("The step to record."), tr("STEP")});
    parser.addOption({kDate, tr("The date of the step (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({kReason, tr("Why: for extended and refused."), tr("TEXT")});
    parser.addOption({kOutcome,
                      tr("What was done (answered), or the complaint and appeal information given "
                         "(refused)."),
                      tr("TEXT")});
    parser.addOption({kCopyDestroyed, tr("identity-verified: the date the ID copy was destroyed."),
                      tr("YYYY-MM-DD")});
    parser.addOption({kGround, tr("refused: the legal ground of the refusal."), tr("GROUND")});
    parser.addOption(
        {kDoubt, tr("identity-requested: why the identity is in reasonable doubt."), tr("TEXT")});
    parser.addOption(
        {kProofAsked, tr("identity-requested: what the person is asked to provide."), tr("TEXT")});
}

ExitCode RequestStepCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const qint64 id = requestId(arguments);
    if (!arguments.isSet(kTo)) {
        const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
        const auto request = storage::RequestRepository::find(reg->database(), id);
        if (!request) {
            context.err() << tr("There is no request %1.").arg(id) << '\n';
            return ExitCode::Failed;
        }
        printState(context, *request);
        return ExitCode::Success;
    }
    const core::RequestStep step = stepOption(arguments);
    const QDate date = dateOption(arguments, kDate, context.clock().today());
    core::RequestStepDetails details;
    details.reason = arguments.value(kReason);
    details.outcome = arguments.value(kOutcome);
    details.idCopyDestroyed = dateOption(arguments, kCopyDestroyed, {});
    details.identityDoubt = arguments.value(kDoubt);
    details.identityProofAsked = arguments.value(kProofAsked);
    readGround(arguments, details);

    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::StepChange<core::DataSubjectRequest> change =
        usecases::RequestSteps::record(context.useCases(*reg), id, step, date, details);
    if (const auto refused = reportRefusal<core::DataSubjectRequest>(
            context, change,
            [step](const core::DataSubjectRequest& request) {
                return tr("%1: '%2' is not possible:").arg(describe(request), core::enumCode(step));
            },
            [](const core::DataSubjectRequest& request) {
                return QStringLiteral("  next: %1\n").arg(nextSteps(request));
            })) {
        return *refused;
    }
    const core::DataSubjectRequest& request = *change.before;
    context.out() << tr("%1: %2 on %3.")
                         .arg(describe(request), core::enumLabel(step), date.toString(Qt::ISODate))
                  << '\n';
    printState(context, *change.after);
    return ExitCode::Success;
}

} // namespace pr::cli
