#include "cli/commands/InfoCommand.h"

#include "cli/CommandContext.h"
#include "storage/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr::cli {

namespace {
const QString kJson = QStringLiteral("json");
} // namespace

QString InfoCommand::summary() const
{
    return tr("Show the file format, key derivation and row counts (no personal data).");
}

void InfoCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

ExitCode InfoCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const storage::RegisterInfo info = reg->info();
    QTextStream& out = context.out();

    if (arguments.isSet(kJson)) {
        QJsonObject counts;
        for (const auto& [table, rows] : info.rowsPerTable) {
            counts.insert(table, rows);
        }
        const QJsonObject json{
            {QStringLiteral("formatVersion"), info.formatVersion},
            {QStringLiteral("schemaVersion"), info.schemaVersion},
            {QStringLiteral("kdf"),
             QJsonObject{
                 {QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                 {QStringLiteral("memoryKiB"), static_cast<qint64>(info.kdf.memoryKiB)},
                 {QStringLiteral("iterations"), static_cast<qint64>(info.kdf.iterations)},
                 {QStringLiteral("parallelism"), static_cast<qint64>(info.kdf.parallelism)}}},
            {QStringLiteral("fileSize"), info.fileSize},
            {QStringLiteral("backups"), info.backupCount},
            {QStringLiteral("rows"), counts}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }

    out << tr("File:            %1 (%2 bytes)").arg(reg->path()).arg(info.fileSize) << '\n'
        << tr("Format version:  %1").arg(info.formatVersion) << '\n'
        << tr("Schema version:  %1").arg(info.schemaVersion) << '\n'
        << tr("Key derivation:  Argon2id, %1 MiB, %2 iterations, %3 lanes")
               .arg(info.kdf.memoryKiB / 1024.0, 0, 'f', 1)
               .arg(info.kdf.iterations)
               .arg(info.kdf.parallelism)
        << '\n'
        << tr("Encryption:      AES-256-GCM") << '\n'
        << tr("Backups:         %1 in %2").arg(info.backupCount).arg(reg->backups().directory())
        << '\n'
        << tr("Rows per table:") << '\n';
    for (const auto& [table, rows] : info.rowsPerTable) {
        out << QStringLiteral("  %1 %2").arg(table, -28).arg(rows) << '\n';
    }
    return ExitCode::Success;
}

} // namespace pr::cli
