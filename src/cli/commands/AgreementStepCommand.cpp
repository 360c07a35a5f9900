#include "cli/commands/AgreementStepCommand.h"

#include "cli/CommandContext.h"
#include "cli/DpaWarnings.h"
#include "cli/StepRefusal.h"
#include "cli/UsageError.h"
#include "core/workflow/AgreementWorkflow.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/steps/AgreementSteps.h"

#include <QFile>
#include <QFileInfo>

namespace pr::cli {

namespace {
// Unqualified return types below: lupdate files a Class::tr() call in a free function whose
// return type is qualified (core::AgreementStep) under the wrong context.
using core::AgreementStep;
using core::AgreementStepDetails;

const QString kAgreement = QStringLiteral("agreement");
const QString kDate = QStringLiteral("date");
const QString kName = QStringLiteral("name");
const QString kFunction = QStringLiteral("function");
const QString kPlace = QStringLiteral("place");
const QString kPdf = QStringLiteral("pdf");
const QString kOnPaper = QStringLiteral("on-paper");

QString stepCodes()
{
    QStringList codes;
    for (const core::AgreementStep step : core::enumValues<core::AgreementStep>()) {
        codes << core::enumCode(step);
    }
    return codes.join(QStringLiteral(", "));
}

qint64 agreementId(const QCommandLineParser& arguments)
{
    if (!arguments.isSet(kAgreement)) {
        throw UsageError(
            AgreementStepCommand::tr("write: agreement-step --agreement ID [STEP] (STEP: %1)")
                .arg(stepCodes()));
    }
    bool ok = false;
    const qint64 id = arguments.value(kAgreement).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw UsageError(
            AgreementStepCommand::tr("'%1' is not an id").arg(arguments.value(kAgreement)));
    }
    return id;
}

QDate dateOption(const QCommandLineParser& arguments, QDate fallback)
{
    if (!arguments.isSet(kDate)) {
        return fallback;
    }
    const QDate date = QDate::fromString(arguments.value(kDate), Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError(AgreementStepCommand::tr("'%1' is not a date; write it as YYYY-MM-DD")
                             .arg(arguments.value(kDate)));
    }
    return date;
}

std::optional<AgreementStep> stepArgument(const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    if (positional.isEmpty()) {
        return std::nullopt;
    }
    if (positional.size() > 1) {
        throw UsageError(
            AgreementStepCommand::tr("one step at a time; use one of: %1").arg(stepCodes()));
    }
    if (const auto step = core::enumFromCode<core::AgreementStep>(positional.first())) {
        return *step;
    }
    throw UsageError(AgreementStepCommand::tr("unknown step '%1'; use one of: %2")
                         .arg(positional.first(), stepCodes()));
}

// The client's signed PDF, read after its size is checked, so that a wrong file of gigabytes
// is refused before it is in memory. The workflow checks that it is a PDF.
QByteArray readPdf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        throw UsageError(AgreementStepCommand::tr("there is no file '%1'").arg(path));
    }
    if (info.size() > core::kMaxSignedPdfBytes) {
        const int limit = static_cast<int>(core::kMaxSignedPdfBytes / (1024 * 1024));
        throw UsageError(AgreementStepCommand::tr("'%1' is larger than %2 MiB, the most the "
                                                  "register keeps; scan it at a lower "
                                                  "resolution or in black and white")
                             .arg(path)
                             .arg(limit));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw UsageError(
            AgreementStepCommand::tr("cannot read '%1': %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

AgreementStepDetails detailsFrom(const QCommandLineParser& arguments, AgreementStep step)
{
    const bool signs = step == AgreementStep::SignByFirm || step == AgreementStep::Countersign;
    const bool countersigns = step == AgreementStep::Countersign;
    const bool signatoryGiven =
        arguments.isSet(kName) || arguments.isSet(kFunction) || arguments.isSet(kPlace);
    if (!signs && signatoryGiven) {
        throw UsageError(AgreementStepCommand::tr("--name, --function and --place belong to "
                                                  "sign and countersign"));
    }
    if (!countersigns && (arguments.isSet(kPdf) || arguments.isSet(kOnPaper))) {
        throw UsageError(AgreementStepCommand::tr("--pdf and --on-paper belong to countersign"));
    }
    core::AgreementStepDetails details;
    details.signatory.name = arguments.value(kName);
    details.signatory.function = arguments.value(kFunction);
    details.signatory.place = arguments.value(kPlace);
    if (arguments.isSet(kPdf)) {
        details.signedPdf = readPdf(arguments.value(kPdf));
    }
    details.onPaper = arguments.isSet(kOnPaper);
    return details;
}

QString describe(const core::Agreement& agreement)
{
    return AgreementStepCommand::tr("Agreement %1 (version %2)")
        .arg(QString::number(agreement.id), agreement.version);
}

QString nextSteps(const core::Agreement& agreement)
{
    QStringList next;
    for (const core::AgreementStep step : core::AgreementWorkflow::possibleSteps(agreement)) {
        next << core::enumCode(step);
    }
    return next.join(QLatin1Char(' '));
}

void printState(CommandContext& context, const core::Agreement& agreement)
{
    // Fixed labels, like `request-step`: scripts read them.
    context.out() << "state: " << core::enumCode(agreement.signingState) << '\n'
                  << "next: " << nextSteps(agreement) << '\n';
}
} // namespace

QString AgreementStepCommand::summary() const
{
    return tr("Record one dated step in the signing of an agreement (or show the possible "
              "steps).");
}

QString AgreementStepCommand::details() const
{
    return tr("STEP is one of: %1. send: sent to the client; sign: signed for the firm "
              "(--name, --function, --place; empty ones keep what the agreement says); "
              "countersign: signed by the client, with --pdf FILE (the PDF they signed, or a "
              "scan; at most 20 MiB) or --on-paper, or both; terminate: ended on the date. "
              "The date defaults to today and may not lie in the future or before the previous "
              "step. A draft is deleted rather than terminated, and countersign follows sign. "
              "Without STEP: print the signing state and next steps. A step that is not "
              "possible exits 2 with the reason and the current state.")
        .arg(stepCodes());
}

void AgreementStepCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("step"),
                                 tr("The step to record: %1.").arg(stepCodes()), tr("[STEP]"));
    parser.addOption({kAgreement, tr("The agreement's id (see list agreements)."), tr("ID")});
    parser.addOption({kDate, tr("The date of the step (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({kName, tr("sign, countersign: who signed."), tr("NAME")});
    parser.addOption({kFunction, tr("sign, countersign: in which function."), tr("FUNCTION")});
    parser.addOption({kPlace, tr("sign, countersign: where."), tr("PLACE")});
    parser.addOption(
        {kPdf, tr("countersign: the PDF the client signed, kept in the register."), tr("FILE")});
    parser.addOption({kOnPaper, tr("countersign: the client signed a printed copy.")});
}

ExitCode AgreementStepCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const qint64 id = agreementId(arguments);
    const std::optional<AgreementStep> step = stepArgument(arguments);
    if (!step) {
        const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
        const auto agreement = storage::AgreementRepository::find(reg->database(), id);
        if (!agreement) {
            context.err() << tr("There is no agreement %1.").arg(id) << '\n';
            return ExitCode::Failed;
        }
        printState(context, *agreement);
        return ExitCode::Success;
    }
    const QDate date = dateOption(arguments, context.clock().today());
    const core::AgreementStepDetails details = detailsFrom(arguments, *step);

    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::StepChange<core::Agreement> change =
        usecases::AgreementSteps::record(context.useCases(*reg), id, *step, date, details);
    if (const auto refused = reportRefusal<core::Agreement>(
            context, change,
            [&step](const core::Agreement& agreement) {
                return tr("%1 is '%2': '%3' is not possible:")
                    .arg(describe(agreement), core::enumLabel(agreement.signingState),
                         core::enumCode(*step));
            },
            [](const core::Agreement& agreement) {
                return QStringLiteral("  state: %1\n  next: %2\n")
                    .arg(core::enumCode(agreement.signingState), nextSteps(agreement));
            })) {
        return *refused;
    }
    const core::Agreement& agreement = *change.before;
    context.out() << tr("%1: %2 on %3.")
                         .arg(describe(agreement), core::enumLabel(*step),
                              date.toString(Qt::ISODate))
                  << '\n';
    printState(context, *change.after);
    if (*step == AgreementStep::Send || *step == AgreementStep::SignByFirm) {
        printDpaWarnings(context, context.useCases(*reg), id);
    }
    return ExitCode::Success;
}

} // namespace pr::cli
