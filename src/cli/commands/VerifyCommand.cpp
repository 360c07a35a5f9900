#include "cli/commands/VerifyCommand.h"

#include "cli/CommandContext.h"
#include "storage/Register.h"
#include "storage/audit/AuditAnchor.h"

namespace pr::cli {

QString VerifyCommand::summary() const
{
    return tr("Check that the register is intact (checksums, encryption, database).");
}

ExitCode VerifyCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    (void)arguments;
    // Opening already authenticates the file and runs the integrity and foreign-key checks;
    // any failure is thrown as the matching error and exit code.
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    // Opening ran the quick check; verify takes the time for the full one.
    const QStringList problems =
        reg->database().integrityProblems(storage::SqliteDatabase::CheckDepth::Full);
    if (!problems.isEmpty()) {
        context.err() << tr("%1: the database inside the file is damaged: %2")
                             .arg(reg->path(), problems.first())
                      << '\n';
        return ExitCode::DamagedFile;
    }
    // The file can be intact while its content was edited behind the program's back (with
    // the password, in a decrypted copy): the audit trail's hash chain shows that.
    // The heads that earlier saves recorded beside the backups show a trail cut back to an
    // entry that remains, which the chain itself cannot.
    const QString anchors = storage::AuditAnchorFile::pathFor(reg->path(), reg->backups());
    if (const auto broken = storage::AuditAnchorFile::verify(reg->database(), anchors)) {
        context.err() << tr("%1: the audit trail is broken: %2. The register was changed "
                            "outside Privacyregister; compare it with a backup.")
                             .arg(reg->path(), broken->describe())
                      << '\n';
        return ExitCode::DamagedFile;
    }
    context.out() << tr("%1: intact (file checksums, authentication tag, database check and "
                        "audit trail).")
                         .arg(reg->path())
                  << '\n';
    if (const auto head = storage::AuditAnchorFile::headOf(reg->database())) {
        context.out()
            << tr("Last audit entry: %1, SHA-256 %2.").arg(head->entryId).arg(head->hashHex())
            << '\n';
    }
    return ExitCode::Success;
}

} // namespace pr::cli
