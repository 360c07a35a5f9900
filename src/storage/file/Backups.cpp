#include "storage/file/Backups.h"

#include "core/AppInfo.h"
#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include <unistd.h>

namespace pr::storage {

namespace {
QString suffix()
{
    return QLatin1Char('.') + QLatin1String(app::kRegisterSuffix);
}
} // namespace

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

QString Backups::nextPath(const QDateTime& when) const
{
    if (!QDir().mkpath(m_directory)) {
        throw SaveError(m_directory, QStringLiteral("cannot create the backup folder"));
    }
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

QString Backups::addFile(const QString& source, const QDateTime& when)
{
    if (m_keep == 0) {
        return {};
    }
    const QString path = nextPath(when);
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(path).constData()) != 0) {
        // Another file system, or one without hard links: copy, as crash-safe as a save.
        return add(byteView(AtomicFile::read(source)), when);
    }
    prune();
    return path;
}

void Backups::prune() const
{
    const QStringList all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        QFile::remove(all.at(i));
    }
}

} // namespace pr::storage
