#include "storage/RegisterErrors.h"

#include <QFileInfo>

#include <utility>

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

namespace {
QString inUseText(const QString& path, qint64 pid, const QString& host, const QString& app)
{
    if (host.isEmpty()) {
        return RegisterInUseError::tr("%1 is already open in another program; its lock file "
                                      "does not (yet) say which. Close it there first, or open "
                                      "this register read-only.")
            .arg(path);
    }
    return RegisterInUseError::tr("%1 is already open in %2 (process %3 on %4). Close it there "
                                  "first, or open this register read-only.")
        .arg(path, app.isEmpty() ? RegisterInUseError::tr("another program") : app)
        .arg(pid)
        .arg(host);
}
} // namespace

RegisterInUseError::RegisterInUseError(const QString& path, qint64 pid, const QString& host,
                                       const QString& app)
    : RegisterError(inUseText(path, pid, host, app))
{}

QString FileWriteError::reasonFor(WriteCause cause, const QString& path,
                                  const QString& systemReason)
{
    switch (cause) {
    case WriteCause::DiskFull:
        return tr("the disk is full");
    case WriteCause::ReadOnly:
        return tr("the folder %1 is read-only: this program may not write there")
            .arg(QFileInfo(path).absolutePath());
    case WriteCause::LockLost:
        return tr("the lock file %1 was removed or taken by another program, so saving could "
                  "overwrite changes made elsewhere")
            .arg(path + QStringLiteral(".lock"));
    case WriteCause::Other:
        break;
    }
    return systemReason.isEmpty() ? tr("the system gave no reason") : systemReason;
}

FileWriteError::FileWriteError(const QString& path, WriteCause cause, const QString& systemReason)
    : FileWriteError(Worded{},
                     tr("%1 could not be written: %2. The file is unchanged.")
                         .arg(path, reasonFor(cause, path, systemReason)),
                     cause, reasonFor(cause, path, systemReason))
{}

FileWriteError::FileWriteError(Worded, const QString& message, WriteCause cause, QString reason)
    : RegisterError(message)
    , m_cause(cause)
    , m_reason(std::move(reason))
{}

namespace {
QString saveText(const QString& path, const QString& reason)
{
    return SaveError::tr("The register could not be saved to %1: %2. The file on disk is the "
                         "previous version; this change is not in it.")
        .arg(path, reason);
}
} // namespace

SaveError::SaveError(const QString& path, const QString& detail)
    : FileWriteError(Worded{}, saveText(path, detail), WriteCause::Other, detail)
{}

SaveError::SaveError(const QString& path, const FileWriteError& cause)
    : FileWriteError(Worded{}, saveText(path, cause.reason()), cause.cause(), cause.reason())
{}

SaveError::SaveError(const QString& path, WriteCause cause)
    : FileWriteError(Worded{}, saveText(path, reasonFor(cause, path, {})), cause,
                     reasonFor(cause, path, {}))
{}

} // namespace pr::storage
