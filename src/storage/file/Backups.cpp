#include "storage/file/Backups.h"

#include "core/AppInfo.h"
#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/WriteFailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <algorithm>
#include <utility>

#include <unistd.h>

namespace pr::storage {

namespace {
QString suffix()
{
    return QLatin1Char('.') + QLatin1String(app::kRegisterSuffix);
}

// Whether two files hold the same state: one file under two names (hard links), or
// byte-identical copies. Each save seals with a fresh nonce, so two different saves never
// compare equal and the byte comparison ends within the first block.
bool sameState(const QString& a, const QString& b)
{
    struct stat first {};
    struct stat second {};
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0) {
        return false;
    }
    if (first.st_dev == second.st_dev && first.st_ino == second.st_ino) {
        return true;
    }
    if (first.st_size != second.st_size) {
        return false;
    }
    QFile fileA(a);
    QFile fileB(b);
    if (!fileA.open(QIODevice::ReadOnly) || !fileB.open(QIODevice::ReadOnly)) {
        return false;
    }
    constexpr qint64 kBlock = 64 * 1024;
    while (!fileA.atEnd()) {
        const QByteArray blockA = fileA.read(kBlock);
        if (blockA.isEmpty() || blockA != fileB.read(kBlock)) {
            return false;
        }
    }
    return true;
}
} // namespace

Backups::Held::~Held()
{
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
    }
}

Backups::Held::Held(Held&& other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
{}

Backups::Held& Backups::Held::operator=(Held&& other) noexcept
{
    if (this != &other) {
        if (!m_path.isEmpty()) {
            QFile::remove(m_path);
        }
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

QString Backups::defaultDirectoryFor(const QString& registerPath)
{
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".backups"));
}

Backups::Backups(const QString& registerPath, int keep, const QString& directory)
    : m_registerPath(registerPath)
    , m_directory(directory.isEmpty() ? defaultDirectoryFor(registerPath) : directory)
    , m_baseName(QFileInfo(registerPath).completeBaseName())
    , m_keep(std::max(keep, 0))
{}

QStringList Backups::list() const
{
    const QDir dir(m_directory);
    // Names end in a sortable timestamp and sequence number, so name order is age order.
    QStringList names = dir.entryList({m_baseName + QStringLiteral("-*") + suffix()}, QDir::Files,
                                      QDir::Name | QDir::Reversed);
    for (QString& name : names) {
        name = dir.filePath(name);
    }
    return names;
}

QString Backups::newest() const
{
    const QStringList all = list();
    return all.isEmpty() ? QString() : all.first();
}

void Backups::ensureDirectory() const
{
    if (!QDir().mkpath(m_directory)) {
        throw writeFailure(m_directory, QCoreApplication::translate(
                                            "Backups", "the backup folder cannot be created"));
    }
}

QString Backups::nextPath(const QDateTime& when) const
{
    ensureDirectory();
    const QString prefix = QStringLiteral("%1-%2-").arg(
        m_baseName, when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Continue after the highest number of this second. Reusing a number freed by pruning
    // would sort the new backup as the oldest, and the next prune would delete it.
    int sequence = 1;
    for (const QString& existing : list()) {
        const QString name = QFileInfo(existing).fileName();
        if (name.startsWith(prefix)) {
            sequence = std::max(sequence, name.mid(prefix.size(), 3).toInt() + 1);
        }
    }
    return QDir(m_directory)
        .filePath(prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')) + suffix());
}

// Hidden, so list() never shows it; one per register, since only the lock holder saves.
QString Backups::heldPath() const
{
    return QDir(m_directory).filePath(QLatin1Char('.') + m_baseName + QStringLiteral(".held"));
}

QString Backups::add(std::span<const std::uint8_t> bytes, const QDateTime& when)
{
    if (m_keep == 0) {
        return {};
    }
    const QString path = nextPath(when);
    AtomicFile::write(path, bytes);
    prune();
    return path;
}

Backups::Held Backups::hold(const QString& source)
{
    if (m_keep == 0) {
        return {};
    }
    ensureDirectory();
    // A link to a symlink would be a link to a name: dangling when relative, and the live
    // register itself when absolute. The backup must be the file the name leads to.
    const QString real = QFileInfo(source).canonicalFilePath();
    if (real.isEmpty()) {
        throw FileWriteError(
            source, WriteCause::Other,
            QCoreApplication::translate("Backups", "the file to back up cannot be found"));
    }
    const QString held = heldPath();
    if (QFileInfo::exists(held)) {
        // Left by a process that died between its save and keeping the backup: if that save
        // went through, this file is the only copy of the state before it.
        if (!sameState(held, real)) {
            Held stale(held);
            keepAsBackup(stale, QFileInfo(held).lastModified());
        } else {
            QFile::remove(held);
        }
    }
    if (::link(QFile::encodeName(real).constData(), QFile::encodeName(held).constData()) != 0) {
        // Another file system, or one without hard links: copy, as crash-safe as a save.
        AtomicFile::write(held, byteView(AtomicFile::read(real)));
    }
    return Held(held);
}

QString Backups::keepAsBackup(Held& held, const QDateTime& when)
{
    if (held.isEmpty()) {
        return {};
    }
    const QString newestNow = newest();
    if (!newestNow.isEmpty() && sameState(newestNow, held.path())) {
        held = Held(); // the state is kept already
        return newestNow;
    }
    const QString path = nextPath(when);
    if (!QFile::rename(held.path(), path)) {
        // Left where it is: the next hold() keeps it, since it may be the only copy.
        held.m_path.clear();
        throw writeFailure(path,
                           QCoreApplication::translate("Backups", "the backup cannot be named"));
    }
    held.m_path.clear();
    prune();
    return path;
}

void Backups::prune() const
{
    const QStringList all = list();
    QStringList distinct;
    for (const QString& path : all) {
        if (!distinct.isEmpty() && sameState(distinct.constLast(), path)) {
            QFile::remove(path);
            continue;
        }
        distinct << path;
    }
    for (qsizetype i = std::max(m_keep, 1); i < distinct.size(); ++i) {
        QFile::remove(distinct.at(i));
    }
}

} // namespace pr::storage
