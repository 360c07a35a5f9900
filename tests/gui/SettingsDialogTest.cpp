#include "gui/settings/SettingsDialog.h"

#include "core/settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using pr::core::AppSettings;
using pr::core::Period;
using pr::gui::SettingsDialog;

namespace {

template <typename T>
T* field(const SettingsDialog& dialog, const char* name)
{
    auto* widget = dialog.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// Replaces the text of SPIN by typing VALUE, as a user does.
void typeInto(QSpinBox* spin, const QString& value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Delete);
    QTest::keyClicks(spin, value);
}

void chooseByKeys(QComboBox* combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    while (combo->currentIndex() > index) {
        QTest::keyClick(combo, Qt::Key_Up);
    }
}

void pressOk(SettingsDialog& dialog)
{
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

struct Fixture {
    QTemporaryDir folder;
    QString file = folder.filePath(QStringLiteral("settings.ini"));
    AppSettings settings{file};
};

} // namespace

TEST_CASE("The settings dialog shows the defaults and stores what is typed", "[gui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.settings);
    dialog.show();
    auto* idle = field<QSpinBox>(dialog, "idleSpin");
    auto* backups = field<QSpinBox>(dialog, "backupSpin");
    auto* promise = field<QSpinBox>(dialog, "promiseAmountSpin");
    auto* promiseUnit = field<QComboBox>(dialog, "promiseUnitCombo");
    auto* retention = field<QSpinBox>(dialog, "retentionAmountSpin");
    auto* language = field<QComboBox>(dialog, "languageCombo");
    CHECK(idle->value() == 10);
    CHECK(backups->value() == 10);
    CHECK(promise->value() == 4);
    CHECK(promiseUnit->currentData().toInt() == static_cast<int>(Period::Unit::Weeks));
    CHECK(language->currentData().toString() == QStringLiteral("nl"));
    CHECK_FALSE(field<QLabel>(dialog, "templatesFolderLabel")->text().isEmpty());

    typeInto(idle, QStringLiteral("5"));
    typeInto(backups, QStringLiteral("3"));
    chooseByKeys(promiseUnit, promiseUnit->findData(static_cast<int>(Period::Unit::Days)));
    typeInto(promise, QStringLiteral("21"));
    typeInto(retention, QStringLiteral("18"));
    chooseByKeys(language, language->findData(QStringLiteral("en")));
    pressOk(dialog);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.promiseChanged());
    CHECK(dialog.retentionChanged());
    CHECK(dialog.languageChanged());
    const AppSettings stored(f.file);
    CHECK(stored.idleLockMinutes() == 5);
    CHECK(stored.backupCount() == 3);
    CHECK(stored.promisedAnswerPeriod() == Period{21, Period::Unit::Days});
    CHECK(stored.requestRetentionPeriod().amount == 18);
    CHECK(stored.language() == QStringLiteral("en"));
}

TEST_CASE("The settings dialog refuses what is not valid", "[gui][settings]")
{
    Fixture f;
    SettingsDialog dialog(f.settings);
    dialog.show();
    auto* idle = field<QSpinBox>(dialog, "idleSpin");
    auto* promise = field<QSpinBox>(dialog, "promiseAmountSpin");

    // Letters and values beyond the limits cannot be typed: a day has 1440 minutes.
    typeInto(idle, QStringLiteral("9999x"));
    CHECK(idle->value() <= 24 * 60);
    // 0 minutes is "never".
    typeInto(idle, QStringLiteral("0"));
    CHECK(idle->value() == 0);

    // A promise longer than the legal month is refused with a message; nothing is stored.
    typeInto(promise, QStringLiteral("6"));
    REQUIRE(promise->value() == 6);
    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto* error = field<QLabel>(dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(AppSettings(f.file).promisedAnswerPeriod() == Period{4, Period::Unit::Weeks});
    CHECK(AppSettings(f.file).idleLockMinutes() == 10);

    typeInto(promise, QStringLiteral("3"));
    pressOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    // Untouched: the window need not look again at which requests are due.
    CHECK_FALSE(dialog.retentionChanged());
    CHECK(AppSettings(f.file).idleLockMinutes() == 0);
    CHECK(AppSettings(f.file).promisedAnswerPeriod() == Period{3, Period::Unit::Weeks});
}
