#include "core/settings/AppSettings.h"

#include "core/i18n/Translations.h"
#include "core/workflow/RequestRetention.h"

#include <QFileInfo>

#include <algorithm>

namespace pr::core {

namespace {
const QString kIdleLock = QStringLiteral("security/idleLockMinutes");
const QString kBackups = QStringLiteral("storage/backupCount");
const QString kPromise = QStringLiteral("requests/promisedAnswerPeriod");
const QString kRetention = QStringLiteral("requests/retentionPeriod");
const QString kLanguage = QStringLiteral("language");
const QString kRecent = QStringLiteral("recentFiles");

int boundedInt(const QSettings& settings, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

int AppSettings::idleLockMinutes() const
{
    return boundedInt(*m_settings, kIdleLock, kDefaultIdleLockMinutes, 0, 24 * 60);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdleLock, std::clamp(minutes, 0, 24 * 60));
}

int AppSettings::backupCount() const
{
    return boundedInt(*m_settings, kBackups, kDefaultBackupCount, 0, 100);
}

void AppSettings::setBackupCount(int count)
{
    m_settings->setValue(kBackups, std::clamp(count, 0, 100));
}

Period AppSettings::promisedAnswerPeriod() const
{
    const auto parsed = Period::parse(m_settings->value(kPromise).toString());
    return parsed.value_or(Period{4, Period::Unit::Weeks});
}

void AppSettings::setPromisedAnswerPeriod(const Period& period)
{
    if (period.isValid()) {
        m_settings->setValue(kPromise, period.toString());
    }
}

Period AppSettings::requestRetentionPeriod() const
{
    const auto parsed = Period::parse(m_settings->value(kRetention).toString());
    return parsed.value_or(RequestRetention::kDefaultPeriod);
}

void AppSettings::setRequestRetentionPeriod(const Period& period)
{
    if (period.isValid()) {
        m_settings->setValue(kRetention, period.toString());
    }
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return Translations::available().contains(value) ? value : Translations::defaultLanguage();
}

void AppSettings::setLanguage(const QString& language)
{
    if (Translations::available().contains(language)) {
        m_settings->setValue(kLanguage, language);
    }
}

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings->value(kRecent).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxRecentFiles);
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(kRecent, files.mid(0, kMaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(kRecent, files);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace pr::core
