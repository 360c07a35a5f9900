#include "storage/RegisterErrors.h"

namespace pr::storage {

RegisterError::RegisterError(const QString& message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

WrongPasswordError::WrongPasswordError()
    : RegisterError(tr("The password is not correct. Check the keyboard layout and Caps Lock, "
                       "and try again."))
{}

namespace {
QString damagedText(DamagedFileError::Reason reason, const QString& path)
{
    using Reason = DamagedFileError::Reason;
    switch (reason) {
    case Reason::NotARegister:
        return DamagedFileError::tr("%1 is not a register file of Privacyregister.").arg(path);
    case Reason::Truncated:
        return DamagedFileError::tr("%1 is incomplete: the end of the file is missing. Open the "
                                    "newest backup instead (see the user guide, 'Backups').")
            .arg(path);
    case Reason::HeaderDamaged:
    case Reason::ContentDamaged:
        return DamagedFileError::tr("%1 is damaged: its content does not match its checksum. "
                                    "Open the newest backup instead (see the user guide, "
                                    "'Backups').")
            .arg(path);
    case Reason::UnsupportedVersion:
        return DamagedFileError::tr("%1 was written by a newer version of Privacyregister. "
                                    "Install the newest version to open it.")
            .arg(path);
    case Reason::UnsupportedKdf:
        return DamagedFileError::tr("%1 uses an encryption method this version does not know. "
                                    "Install the newest version to open it.")
            .arg(path);
    }
    return {};
}
} // namespace

DamagedFileError::DamagedFileError(Reason reason, const QString& path, const QString& detail)
    : RegisterError(detail.isEmpty() ? damagedText(reason, path)
                                     : damagedText(reason, path) + QStringLiteral(" (") + detail +
                                           QStringLiteral(")"))
    , m_reason(reason)
{}

RegisterInUseError::RegisterInUseError(const QString& path, qint64 pid, const QString& host,
                                       const QString& app)
    : RegisterError(tr("%1 is already open in %2 (process %3 on %4). Close it there first, or "
                       "open this register read-only.")
                        .arg(path, app.isEmpty() ? tr("another program") : app)
                        .arg(pid)
                        .arg(host))
{}

SaveError::SaveError(const QString& path, const QString& detail)
    : RegisterError(tr("The register could not be saved to %1: %2. The file on disk is "
                       "unchanged and your changes are kept; free some space or save the "
                       "register elsewhere.")
                        .arg(path, detail))
{}

} // namespace pr::storage
