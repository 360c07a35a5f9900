#include "storage/Register.h"

#include "core/AppInfo.h"
#include "crypto/ProcessHardening.h"
#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/audit/AuditAnchor.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/RegisterLock.h"
#include "storage/format/FileHeader.h"
#include "storage/format/RegisterFileCodec.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/schema/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <map>

namespace pr::storage {

namespace {
const core::SystemClock& systemClock()
{
    static const core::SystemClock clock;
    return clock;
}

// Keys and plaintext must not end up in a core file while a register is open.
void hardenProcess()
{
    if (!crypto::disableCoreDumps()) {
        spdlog::warn("core dumps could not be disabled");
    }
}
} // namespace

Register::Register(QString path, MasterKey key, SqliteDatabase db,
                   std::unique_ptr<RegisterLock> lock, bool readOnly,
                   const RegisterOptions& options)
    : m_path(std::move(path))
    , m_key(std::move(key))
    , m_db(std::move(db))
    , m_lock(std::move(lock))
    , m_readOnly(readOnly)
    , m_options(options)
    , m_backups(m_path, options.backupCount, options.backupDirectory)
{}

Register::~Register() = default;

std::unique_ptr<Register> Register::create(const QString& path,
                                           std::span<const std::uint8_t> password,
                                           const QString& organisationName,
                                           const RegisterOptions& options)
{
    hardenProcess();
    if (QFileInfo::exists(path)) {
        throw FileAccessError(
            tr("%1 already exists. Choose another name; an existing register is never "
               "overwritten.")
                .arg(path));
    }
    auto lock = std::make_unique<RegisterLock>(path);
    // Checked again under the lock: another process may have created it in between.
    if (QFileInfo::exists(path)) {
        throw FileAccessError(tr("%1 already exists.").arg(path));
    }
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, path);
    db.exec(u"BEGIN");
    OrganisationRepository::setLegalName(db, organisationName);
    auto meta = db.prepare(u"INSERT INTO meta (key, value) VALUES (?1, ?2)");
    const QDateTime created = (options.clock != nullptr ? *options.clock : systemClock()).now();
    meta.bind(1, QStringLiteral("created_at")).bind(2, created.toUTC().toString(Qt::ISODate)).run();
    meta.bind(1, QStringLiteral("created_by")).bind(2, QLatin1String(app::kVersion)).run();
    db.exec(u"COMMIT");

    std::unique_ptr<Register> reg(new Register(path, MasterKey::generate(password, options.kdf),
                                               std::move(db), std::move(lock), false, options));
    reg->m_backedUpThisSession = true; // nothing to back up yet
    reg->writeFile(path);
    AuditAnchorFile::start(AuditAnchorFile::pathFor(path, reg->m_backups), reg->m_db, created);
    spdlog::info("register created (schema {})", Migrations::latestVersion());
    return reg;
}

std::unique_ptr<Register> Register::open(const QString& path,
                                         std::span<const std::uint8_t> password, OpenMode mode,
                                         const RegisterOptions& options)
{
    hardenProcess();
    // A folder, a pipe, a device or an oversized file is refused before the lock is taken,
    // so that a refused open leaves nothing behind.
    AtomicFile::checkReadable(path);
    std::unique_ptr<RegisterLock> lock;
    if (mode == OpenMode::ReadWrite) {
        lock = std::make_unique<RegisterLock>(path);
    }
    const QByteArray file = AtomicFile::read(path);
    RegisterFileCodec::Unlocked unlocked =
        RegisterFileCodec::unlock(byteView(file), password, path);
    SqliteDatabase db = SqliteDatabase::fromImage(unlocked.plaintext);
    crypto::SecureBytes().swap(unlocked.plaintext); // freed and wiped now, not at return

    const QStringList problems = db.integrityProblems(SqliteDatabase::CheckDepth::Quick);
    if (!problems.isEmpty()) {
        spdlog::error("integrity check failed with {} problem(s)", problems.size());
        throw DamagedFileError(DamagedFileError::Reason::ContentDamaged, path, problems.first());
    }
    const int schemaBefore = db.userVersion();
    Migrations::migrate(db, path);

    std::unique_ptr<Register> reg(new Register(path, std::move(unlocked.key), std::move(db),
                                               std::move(lock), mode == OpenMode::ReadOnly,
                                               options));
    reg->rememberDiskState();
    spdlog::info("register opened ({}, schema {})",
                 mode == OpenMode::ReadOnly ? "read-only" : "read-write", reg->m_db.userVersion());
    if (schemaBefore != reg->m_db.userVersion()) {
        // A migrated register is saved at once, so that the file matches this program. The
        // backup of the first save keeps the old version.
        reg->m_unsaved = true;
        if (!reg->m_readOnly) {
            reg->save();
        }
    }
    return reg;
}

QDateTime Register::now() const
{
    return (m_options.clock != nullptr ? *m_options.clock : systemClock()).now();
}

void Register::write(const std::function<void(SqliteDatabase&)>& change)
{
    if (m_readOnly) {
        throw RegisterError(tr("This register is open read-only; changes cannot be saved."));
    }
    m_db.exec(u"BEGIN IMMEDIATE");
    try {
        change(m_db);
        m_db.exec(u"COMMIT");
    } catch (...) {
        m_db.exec(u"ROLLBACK");
        throw;
    }
    m_unsaved = true;
    save();
}

void Register::save()
{
    if (m_readOnly) {
        throw RegisterError(tr("This register is open read-only; changes cannot be saved."));
    }
    if (changedOnDisk()) {
        throw SaveError(m_path, tr("the file was changed by another program since it was opened"));
    }
    // The state this session started from is set aside first, but becomes a backup only
    // once the new file is written: a failed save must not push an older backup out.
    if (m_lock != nullptr && !m_lock->isHeld()) {
        throw SaveError(m_path, WriteCause::LockLost);
    }
    Backups::Held before;
    if (!m_backedUpThisSession && QFileInfo::exists(m_path)) {
        try {
            before = m_backups.hold(m_path);
        } catch (const FileWriteError& error) {
            // No save without a backup of the state the session started from.
            throw SaveError(m_path, error);
        }
    }
    writeFile(m_path);
    if (!m_backedUpThisSession) {
        m_backedUpThisSession = true;
        try {
            m_backups.keepAsBackup(before, now());
        } catch (const FileWriteError&) {
            // The register is saved; the earlier state waits under its held name and the
            // next session's backup keeps it.
            spdlog::error("the backup of the previous version could not be named");
        }
    }
    AuditAnchorFile::record(AuditAnchorFile::pathFor(m_path, m_backups), m_db, now());
}

void Register::saveAs(const QString& newPath)
{
    if (QFileInfo(newPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        save();
        return;
    }
    if (QFileInfo::exists(newPath)) {
        throw FileAccessError(tr("%1 already exists. Choose another name.").arg(newPath));
    }
    auto lock = std::make_unique<RegisterLock>(newPath);
    writeFile(newPath);
    m_path = newPath;
    m_lock = std::move(lock);
    m_readOnly = false;
    m_backups = Backups(m_path, m_options.backupCount, m_options.backupDirectory);
    m_backedUpThisSession = true;
    rememberDiskState();
    AuditAnchorFile::start(AuditAnchorFile::pathFor(m_path, m_backups), m_db, now());
}

void Register::writeFile(const QString& path)
{
    try {
        const std::vector<std::uint8_t> bytes = RegisterFileCodec::seal(m_db.image(), m_key);
        AtomicFile::write(path, bytes);
    } catch (const FileWriteError& error) {
        m_unsaved = true;
        spdlog::error("save failed; the previous file is kept and the changes stay in memory");
        throw SaveError(path, error);
    }
    m_unsaved = false;
    if (path == m_path) {
        rememberDiskState();
    }
}

void Register::rememberDiskState()
{
    const QFileInfo info(m_path);
    m_diskSize = info.size();
    m_diskModified = info.lastModified();
}

bool Register::changedOnDisk() const
{
    const QFileInfo info(m_path);
    if (m_diskSize < 0) {
        return false;
    }
    // A vanished file is not "changed": saving recreates it.
    return info.exists() && (info.size() != m_diskSize || info.lastModified() != m_diskModified);
}

PasswordChangeResult Register::changePassword(std::span<const std::uint8_t> oldPassword,
                                              std::span<const std::uint8_t> newPassword,
                                              std::optional<crypto::Argon2Parameters> kdf)
{
    if (m_readOnly) {
        throw RegisterError(tr("This register is open read-only; the password cannot be changed."));
    }
    MasterKey newKey = MasterKey::generate(newPassword, kdf.value_or(m_key.parameters()));
    MasterKey oldKey = m_key;

    // The register itself first: from here on the new password opens it. Each backup is
    // then replaced atomically, so an interruption leaves every file readable with one of
    // the two passwords.
    m_key = newKey;
    try {
        save();
    } catch (...) {
        m_key = std::move(oldKey);
        throw;
    }

    PasswordChangeResult result;
    std::map<MasterKey::Salt, MasterKey> keysBySalt;
    keysBySalt.emplace(oldKey.salt(), oldKey);
    for (const QString& backup : m_backups.list()) {
        try {
            const QByteArray bytes = AtomicFile::read(backup);
            const FileHeader header = RegisterFileCodec::inspect(byteView(bytes), backup);
            auto known = keysBySalt.find(header.salt);
            if (known == keysBySalt.end() || !(known->second.parameters() == header.kdf)) {
                known =
                    keysBySalt
                        .insert_or_assign(header.salt,
                                          MasterKey::derive(oldPassword, header.salt, header.kdf))
                        .first;
            }
            const crypto::SecureBytes plaintext =
                RegisterFileCodec::decrypt(byteView(bytes), known->second, backup);
            AtomicFile::write(backup, RegisterFileCodec::seal(plaintext, newKey));
            ++result.backupsReencrypted;
        } catch (const RegisterError&) {
            result.backupsSkipped << backup;
        }
    }
    spdlog::info("password changed; {} backup(s) re-encrypted, {} skipped",
                 result.backupsReencrypted, result.backupsSkipped.size());
    return result;
}

RegisterInfo Register::info() const
{
    RegisterInfo info;
    info.formatVersion = FileHeader::kFormatVersion;
    info.schemaVersion = m_db.userVersion();
    info.kdf = m_key.parameters();
    info.fileSize = QFileInfo(m_path).size();
    info.backupCount = static_cast<int>(m_backups.list().size());
    auto tables = m_db.prepare(
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        u"ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        info.rowsPerTable.emplace_back(
            table, m_db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
    }
    return info;
}

} // namespace pr::storage
