#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <utility>

namespace pr::storage {

// The rolling backups of one register: encrypted copies of the file as it was when a
// working session first changed it, in a folder beside the register, the newest KEEP kept.
// Backups are whole register files: open one like any register (same password).
class Backups {
public:
    // The register file as it was before a save, set aside under a name list() does not show.
    // It becomes a backup only through keepAsBackup(), after the save succeeded; otherwise the
    // destructor removes it, so a failed save neither adds a backup nor pushes one out.
    class Held {
    public:
        Held() = default;
        ~Held();
        Held(Held&& other) noexcept;
        Held& operator=(Held&& other) noexcept;
        Held(const Held&) = delete;
        Held& operator=(const Held&) = delete;
        bool isEmpty() const { return m_path.isEmpty(); }
        QString path() const { return m_path; }

    private:
        friend class Backups;
        explicit Held(QString path)
            : m_path(std::move(path))
        {}
        QString m_path;
    };

    Backups(const QString& registerPath, int keep, const QString& directory = {});

    // Default: "<folder of the register>/<name>.backups".
    QString directory() const { return m_directory; }
    int keep() const { return m_keep; }
    // Absolute paths, newest first.
    QStringList list() const;
    QString newest() const;
    // Writes BYTES as a new backup stamped WHEN and prunes (below). Throws FileWriteError.
    QString add(std::span<const std::uint8_t> bytes, const QDateTime& when);
    // Sets the file at SOURCE aside: the file a symlink at SOURCE resolves to, never the
    // link itself. A hard link where the file system allows it (instant, and safe because
    // saves never rewrite a file in place: they write a new one and rename it), otherwise a
    // copy. Empty when no backups are kept. Throws FileWriteError.
    Held hold(const QString& source);
    // Makes HELD a backup stamped WHEN, unless the newest backup already holds the same
    // state, and prunes. Returns the backup's path. Throws FileWriteError.
    QString keepAsBackup(Held& held, const QDateTime& when);

    static QString defaultDirectoryFor(const QString& registerPath);

private:
    QString nextPath(const QDateTime& when) const;
    QString heldPath() const;
    void ensureDirectory() const;
    // Removes backups that repeat the state of a newer one (they keep nothing), then the
    // oldest distinct states beyond keep(). The newest backup is never removed.
    void prune() const;

    QString m_registerPath;
    QString m_directory;
    QString m_baseName;
    int m_keep;
};

} // namespace pr::storage
