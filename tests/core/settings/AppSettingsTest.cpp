#include "core/settings/AppSettings.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using pr::core::AppSettings;
using pr::core::Period;

namespace {
struct SettingsFile {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("settings.ini"));
};
} // namespace

TEST_CASE("Settings have sensible defaults", "[settings]")
{
    SettingsFile file;
    const AppSettings settings(file.path);
    CHECK(settings.idleLockMinutes() == 10);
    CHECK(settings.backupCount() == 10);
    CHECK(settings.promisedAnswerPeriod() == Period{4, Period::Unit::Weeks});
    CHECK(settings.language() == QStringLiteral("nl"));
    CHECK(settings.recentFiles().isEmpty());
}

TEST_CASE("Settings are kept between sessions", "[settings]")
{
    SettingsFile file;
    {
        AppSettings settings(file.path);
        settings.setIdleLockMinutes(5);
        settings.setBackupCount(3);
        settings.setPromisedAnswerPeriod(Period{1, Period::Unit::Months});
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
    }
    const AppSettings again(file.path);
    CHECK(again.idleLockMinutes() == 5);
    CHECK(again.backupCount() == 3);
    CHECK(again.promisedAnswerPeriod() == Period{1, Period::Unit::Months});
    CHECK(again.language() == QStringLiteral("en"));
}

TEST_CASE("Broken or absurd settings fall back to their defaults", "[settings]")
{
    SettingsFile file;
    {
        QSettings raw(file.path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("storage/backupCount"), -4);
        raw.setValue(QStringLiteral("requests/promisedAnswerPeriod"),
                     QStringLiteral("4 fortnights"));
        raw.setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    }
    const AppSettings settings(file.path);
    CHECK(settings.idleLockMinutes() == 10);
    CHECK(settings.backupCount() == 10);
    CHECK(settings.promisedAnswerPeriod() == Period{4, Period::Unit::Weeks});
    CHECK(settings.language() == QStringLiteral("nl"));
}

TEST_CASE("Recent files: newest first, no duplicates, at most eight", "[settings]")
{
    SettingsFile file;
    AppSettings settings(file.path);
    for (int i = 0; i < 10; ++i) {
        settings.addRecentFile(QStringLiteral("/data/r%1.prreg").arg(i));
    }
    settings.addRecentFile(QStringLiteral("/data/r5.prreg"));
    const QStringList recent = settings.recentFiles();
    REQUIRE(recent.size() == AppSettings::kMaxRecentFiles);
    CHECK(recent.first() == QStringLiteral("/data/r5.prreg"));
    CHECK(recent.count(QStringLiteral("/data/r5.prreg")) == 1);
    CHECK_FALSE(recent.contains(QStringLiteral("/data/r0.prreg")));

    settings.removeRecentFile(QStringLiteral("/data/r5.prreg"));
    CHECK_FALSE(settings.recentFiles().contains(QStringLiteral("/data/r5.prreg")));
}
