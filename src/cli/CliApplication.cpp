#include "cli/CliApplication.h"

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "cli/UsageError.h"
#include "core/AppInfo.h"
#include "core/logging/Log.h"
#include "storage/RegisterErrors.h"

#include <exception>
#include <new>

namespace pr::cli {

namespace {
const QString kProgram = QStringLiteral("privacyregister-cli");

QString commandUsage(const Command& command, QCommandLineParser& parser)
{
    QString text = parser.helpText();
    // Qt's first line names the running executable (a test binary, a symlink); replace it
    // with the tool and the command, so that the usage line can be copied as it is.
    // The line is "<Usage:> <executable> <the rest>" in whatever language Qt speaks.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QStringList words = text.left(firstLineEnd).split(QLatin1Char(' '));
    const QString rest = words.mid(2).join(QLatin1Char(' '));
    text.replace(0, firstLineEnd,
                 CliApplication::tr("Usage: %1 %2").arg(kProgram, command.name()) +
                     (rest.isEmpty() ? QString() : QLatin1Char(' ') + rest));
    if (!command.details().isEmpty()) {
        text += QLatin1Char('\n') + command.details() + QLatin1Char('\n');
    }
    return text;
}

void prepareParser(QCommandLineParser& parser, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    GlobalOptions::addTo(parser);
}
} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QIODevice& in,
                               const core::Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_clock(clock)
    , m_commands(allCommands())
{}

CliApplication::~CliApplication() = default;

QString CliApplication::usage() const
{
    QString text = tr("Usage: %1 [--register PATH] [--password-file PATH | --password-stdin] "
                      "[--verbose] COMMAND [ARGUMENTS]\n\n"
                      "Keeps the privacy register (AVG/GDPR) of a small IT firm.\n\n"
                      "Commands:\n")
                       .arg(kProgram);
    for (const auto& command : m_commands) {
        text += QStringLiteral("  %1%2\n").arg(command->name(), -18).arg(command->summary());
    }
    text += tr("\nRun '%1 COMMAND --help' for the options of a command. Exit codes: "
               "docs/cli.md.\n")
                .arg(kProgram);
    return text;
}

Command* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

ExitCode CliApplication::usageError(const QString& message, const QString& usageText)
{
    m_err << kProgram << ": " << message << '\n' << '\n' << usageText;
    m_err.flush();
    return ExitCode::UsageError;
}

ExitCode CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser global;
    prepareParser(global, tr("Keeps the privacy register (AVG/GDPR) of a small IT firm."));
    global.addVersionOption();
    // Everything after the command name belongs to the command.
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    if (!global.parse(arguments)) {
        return usageError(global.errorText(), usage());
    }
    if (global.isSet(QStringLiteral("version"))) {
        m_out << kProgram << ' ' << app::kVersion << '\n';
        return ExitCode::Success;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(QStringLiteral("help")) ? m_err : m_out) << usage();
        return global.isSet(QStringLiteral("help")) ? ExitCode::Success : ExitCode::UsageError;
    }
    Command* found = find(rest.first());
    if (found == nullptr) {
        return usageError(tr("unknown command '%1'").arg(rest.first()), usage());
    }
    GlobalOptions options;
    options.mergeFrom(global);
    return runCommand(*found, rest, std::move(options));
}

ExitCode CliApplication::runCommand(Command& command, const QStringList& arguments,
                                    GlobalOptions options)
{
    QCommandLineParser parser;
    prepareParser(parser, command.summary());
    command.defineOptions(parser);

    // QCommandLineParser expects the program name first; ARGUMENTS starts with the command.
    QStringList forParser = arguments;
    forParser.first() = kProgram;
    if (!parser.parse(forParser)) {
        return usageError(parser.errorText(), commandUsage(command, parser));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << commandUsage(command, parser);
        return ExitCode::Success;
    }
    options.mergeFrom(parser);
    if (options.verbose) {
        core::Log::initialise({core::Log::defaultDirectory(), true, true});
    }

    CommandContext context(m_out, m_err, m_in, m_clock, options);
    const auto fail = [this](const QString& message, ExitCode code) {
        m_out.flush();
        m_err << kProgram << ": " << message << '\n';
        m_err.flush();
        return code;
    };
    try {
        const ExitCode code = command.run(context, parser);
        m_out.flush();
        m_err.flush();
        return code;
    } catch (const UsageError& error) {
        return usageError(error.message(), commandUsage(command, parser));
    } catch (const storage::WrongPasswordError& error) {
        return fail(error.message(), ExitCode::WrongPassword);
    } catch (const storage::DamagedFileError& error) {
        return fail(error.message(), ExitCode::DamagedFile);
    } catch (const storage::SaveError& error) {
        return fail(error.message() + QLatin1Char(' ') + ChangeFailure::lostSentence(),
                    ExitCode::Failed);
    } catch (const storage::RegisterError& error) {
        return fail(error.message(), ExitCode::Failed);
    } catch (const std::bad_alloc&) {
        spdlog::error("command {} ran out of memory", command.name());
        return fail(tr("There is not enough memory to finish this command. What it had not saved "
                       "yet is lost; the register file holds its last completed save."),
                    ExitCode::Failed);
    } catch (const std::exception& error) {
        spdlog::error("command {} failed with an unexpected error", command.name());
        return fail(QString::fromUtf8(error.what()), ExitCode::Failed);
    }
}

} // namespace pr::cli
