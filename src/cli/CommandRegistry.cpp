#include "cli/CommandRegistry.h"

#include "cli/commands/AgreementNewVersionCommand.h"
#include "cli/commands/AgreementStepCommand.h"
#include "cli/commands/AnonymiseRequestsCommand.h"
#include "cli/commands/AuditCommand.h"
#include "cli/commands/BreachStepCommand.h"
#include "cli/commands/CertificateCommand.h"
#include "cli/commands/ChangePasswordCommand.h"
#include "cli/commands/DeadlineCommand.h"
#include "cli/commands/DeadlinesIcsCommand.h"
#include "cli/commands/DueCommand.h"
#include "cli/commands/EnglishTextsCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/ImportCommand.h"
#include "cli/commands/InfoCommand.h"
#include "cli/commands/InitCommand.h"
#include "cli/commands/ListCommand.h"
#include "cli/commands/RenderCommand.h"
#include "cli/commands/RequestStepCommand.h"
#include "cli/commands/ShowCommand.h"
#include "cli/commands/SignCommand.h"
#include "cli/commands/SubProcessorNoticeCommand.h"
#include "cli/commands/VerifyCommand.h"
#include "cli/commands/VerifyPdfCommand.h"

namespace pr::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<ChangePasswordCommand>());
    commands.push_back(std::make_unique<DeadlineCommand>());
    commands.push_back(std::make_unique<RenderCommand>());
    commands.push_back(std::make_unique<DueCommand>());
    commands.push_back(std::make_unique<DeadlinesIcsCommand>());
    commands.push_back(std::make_unique<RequestStepCommand>());
    commands.push_back(std::make_unique<AgreementStepCommand>());
    commands.push_back(std::make_unique<AgreementNewVersionCommand>());
    commands.push_back(std::make_unique<BreachStepCommand>());
    commands.push_back(std::make_unique<SubProcessorNoticeCommand>());
    commands.push_back(std::make_unique<EnglishTextsCommand>());
    commands.push_back(std::make_unique<AnonymiseRequestsCommand>());
    commands.push_back(std::make_unique<CertificateCommand>());
    commands.push_back(std::make_unique<SignCommand>());
    commands.push_back(std::make_unique<VerifyPdfCommand>());
    return commands;
}

} // namespace pr::cli
