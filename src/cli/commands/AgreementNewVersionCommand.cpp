#include "cli/commands/AgreementNewVersionCommand.h"

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/signing/NewAgreementVersion.h"

namespace pr::cli {

namespace {
const QString kAgreement = QStringLiteral("agreement");
} // namespace

QString AgreementNewVersionCommand::summary() const
{
    return tr("Make the next version of a signed agreement, as a draft.");
}

QString AgreementNewVersionCommand::details() const
{
    return tr("The signed agreement stays as it was signed: its PDF is the record. The new "
              "version is a draft with the same client, terms and activities, the next version "
              "number and today as its start date; edit it, render it and have it signed. "
              "Terminate the old one once the new one is signed.");
}

void AgreementNewVersionCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kAgreement, tr("The signed agreement (see: list agreements)."), tr("ID")});
}

ExitCode AgreementNewVersionCommand::run(CommandContext& context,
                                         const QCommandLineParser& arguments)
{
    bool ok = false;
    const qint64 id = arguments.value(kAgreement).toLongLong(&ok);
    if (!arguments.isSet(kAgreement) || !ok || id <= 0) {
        throw UsageError(tr("write: agreement-version --agreement ID"));
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::ChangeResult result =
        usecases::NewAgreementVersion::create(context.useCases(*reg), id);
    if (result.refused()) {
        context.err() << result.explanation() << '\n';
        return ExitCode::Failed;
    }
    const auto created = storage::AgreementRepository::find(reg->database(), result.id);
    context.out() << tr("Made agreement %1, version %2, as a draft; agreement %3 stays the "
                        "signed record.")
                         .arg(result.id)
                         .arg(created ? created->version : QString())
                         .arg(id)
                  << '\n';
    if (result.status == usecases::ChangeResult::Status::NotSaved) {
        context.err() << ChangeFailure::text(result) << '\n';
        return ExitCode::Failed;
    }
    return ExitCode::Success;
}

} // namespace pr::cli
