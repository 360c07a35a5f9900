#pragma once

#include "core/calendar/Period.h"

#include <QSettings>
#include <QStringList>

#include <memory>

namespace pr::core {

// The program's settings, shared by the desktop program and the command-line tool. Stored
// with QSettings (on Linux ~/.config/Privacyregister/Privacyregister.conf). Every getter
// returns a valid value: a missing or broken entry falls back to its default.
class AppSettings {
public:
    // The user's settings.
    AppSettings();
    // Settings in an explicit file (tests, portable use).
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();

    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kDefaultBackupCount = 10;
    static constexpr int kMaxRecentFiles = 8;

    // Minutes without input after which an open register locks; 0 = never.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // How many backups to keep per register (0–100).
    int backupCount() const;
    void setBackupCount(int count);

    // The answer period the firm promises in its privacy statement (default 4 weeks).
    Period promisedAnswerPeriod() const;
    void setPromisedAnswerPeriod(const Period& period);

    // How long a closed data-subject request keeps its requester's data before it is flagged
    // for anonymisation (default 2 years after closing; RequestRetention).
    Period requestRetentionPeriod() const;
    void setRequestRetentionPeriod(const Period& period);

    // "nl" or "en".
    QString language() const;
    void setLanguage(const QString& language);

    // Registers opened recently, newest first, at most kMaxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pr::core
