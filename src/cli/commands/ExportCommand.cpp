#include "cli/commands/ExportCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "storage/ByteView.h"
#include "storage/file/AtomicFile.h"
#include "storage/transfer/RegisterTransfer.h"

namespace pr::cli {

namespace {
const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");
} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the whole register as JSON, its audit trail included.");
}

QString ExportCommand::details() const
{
    return tr("The export is NOT encrypted: it holds every personal data item of the register. "
              "Keep it as carefully as the register itself and delete it when it has served "
              "its purpose. Without --out it goes to stdout.");
}

void ExportCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {kFormat, tr("The format: json (the only one)."), tr("FORMAT"), QStringLiteral("json")});
    parser.addOption(
        {kOut, tr("Write to PATH (readable by you only) instead of stdout."), tr("PATH")});
}

ExitCode ExportCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    if (arguments.value(kFormat) != QLatin1String("json")) {
        throw UsageError(
            tr("unknown format '%1'; the only format is json").arg(arguments.value(kFormat)));
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const QByteArray json =
        core::json::toJsonDocument(storage::RegisterTransfer::exportDocument(reg->database()))
            .toJson(QJsonDocument::Indented);
    if (arguments.isSet(kOut)) {
        storage::AtomicFile::write(arguments.value(kOut), storage::byteView(json));
        context.out() << tr("Exported to %1.").arg(arguments.value(kOut)) << '\n';
    } else {
        context.out() << QString::fromUtf8(json);
    }
    return ExitCode::Success;
}

} // namespace pr::cli
