#include "cli/commands/DeadlinesIcsCommand.h"

#include "cli/CommandContext.h"
#include "cli/commands/DueCommand.h"
#include "storage/ByteView.h"
#include "storage/file/AtomicFile.h"
#include "usecases/due/DeadlineCalendarExport.h"

namespace pr::cli {

namespace {
const QString kOut = QStringLiteral("out");
} // namespace

QString DeadlinesIcsCommand::summary() const
{
    return tr("Write the open deadlines as an iCalendar (.ics) file.");
}

QString DeadlinesIcsCommand::details() const
{
    return tr("One event per deadline, each with a reminder: the promised and the legal "
              "deadline of every open request (all-day; the extended legal deadline once "
              "extended) and every running breach clock (at the hour, in UTC). Events name a "
              "request or breach by its reference only. Their UIDs stay the same from one "
              "export to the next, so importing again updates the events instead of adding "
              "copies. Without --out the calendar goes to stdout.");
}

void DeadlinesIcsCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kOut, tr("Write to PATH instead of stdout."), tr("PATH")});
    DueCommand::addPromiseOption(parser);
}

ExitCode DeadlinesIcsCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const core::Period promise = DueCommand::promise(arguments, context.settings());
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const QByteArray ics =
        usecases::DeadlineCalendarExport::calendar(context.useCases(*reg), promise);
    if (!arguments.isSet(kOut)) {
        context.out() << QString::fromUtf8(ics);
        return ExitCode::Success;
    }
    storage::AtomicFile::write(arguments.value(kOut), storage::byteView(ics));
    const int events = static_cast<int>(ics.count("BEGIN:VEVENT\r\n"));
    context.out() << tr("Wrote %n deadline(s) to %1.", nullptr, events).arg(arguments.value(kOut))
                  << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
