#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>

namespace pr::storage {

// The rolling backups of one register: encrypted copies of the file as it was when a
// working session first changed it, in a folder beside the register, the newest KEEP kept.
// Backups are whole register files: open one like any register (same password).
class Backups {
public:
    Backups(const QString& registerPath, int keep, const QString& directory = {});

    // Default: "<folder of the register>/<name>.backups".
    QString directory() const { return m_directory; }
    int keep() const { return m_keep; }
    // Absolute paths, newest first.
    QStringList list() const;
    QString newest() const;
    // Writes BYTES as a new backup stamped WHEN and deletes the oldest beyond keep().
    // Throws SaveError.
    QString add(std::span<const std::uint8_t> bytes, const QDateTime& when);
    // Keeps the file at SOURCE as a new backup stamped WHEN: a hard link where the file
    // system allows it (instant, and safe because saves never rewrite a file in place: they
    // write a new one and rename it), otherwise a copy. Throws SaveError.
    QString addFile(const QString& source, const QDateTime& when);

    static QString defaultDirectoryFor(const QString& registerPath);

private:
    QString nextPath(const QDateTime& when) const;
    void prune() const;

    QString m_registerPath;
    QString m_directory;
    QString m_baseName;
    int m_keep;
};

} // namespace pr::storage
