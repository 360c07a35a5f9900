#include "gui/wizard/NewRegisterWizard.h"

#include "core/time/Clock.h"
#include "storage/repositories/OrganisationRepository.h"
#include "support/TestRegister.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace pr::storage;
using pr::gui::NewRegisterWizard;

namespace {
const pr::core::FixedClock& testClock()
{
    static const pr::core::FixedClock fixed(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    return fixed;
}

QLineEdit* field(QWidget& parent, const QString& accessibleName)
{
    for (auto* edit : parent.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == accessibleName && edit->isVisible()) {
            return edit;
        }
    }
    FAIL("no visible field " << accessibleName.toStdString());
    return nullptr;
}

void type(QWidget& parent, const QString& accessibleName, const QString& text)
{
    QLineEdit* edit = field(parent, accessibleName);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

bool canGoOn(NewRegisterWizard& wizard)
{
    QAbstractButton* button =
        wizard.button(wizard.currentId() == wizard.pageIds().last() ? QWizard::FinishButton
                                                                    : QWizard::NextButton);
    return button->isEnabled();
}
} // namespace

TEST_CASE("The wizard creates a register with the password and the profile typed in",
          "[gui][wizard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nieuw"));
    NewRegisterWizard wizard(pr::test::fastOptions(), testClock());
    wizard.show();

    type(wizard, QStringLiteral("File of the new register"), path);
    REQUIRE(canGoOn(wizard));
    wizard.next();

    type(wizard, QStringLiteral("Password"), QStringLiteral("paars kanaal fiets dinsdag"));
    type(wizard, QStringLiteral("Repeat the password"), QStringLiteral("paars kanaal fiets"));
    CHECK_FALSE(canGoOn(wizard)); // the two differ
    type(wizard, QStringLiteral("Repeat the password"),
         QStringLiteral("paars kanaal fiets dinsdag"));
    REQUIRE(canGoOn(wizard));
    wizard.next();

    CHECK_FALSE(canGoOn(wizard)); // an empty profile is not enough
    type(wizard, QStringLiteral("Legal name"), QStringLiteral("Nieuw & Co B.V."));
    type(wizard, QStringLiteral("Street and number"), QStringLiteral("Kanaalweg 12"));
    type(wizard, QStringLiteral("Postcode"), QStringLiteral("3526 KL"));
    type(wizard, QStringLiteral("City"), QStringLiteral("Utrecht"));
    type(wizard, QStringLiteral("E-mail address"), QStringLiteral("privacy@nieuw.example"));
    type(wizard, QStringLiteral("Name of the representative"), QStringLiteral("J. de Vries"));
    type(wizard, QStringLiteral("Function of the representative"), QStringLiteral("directeur"));
    type(wizard, QStringLiteral("KvK number"), QStringLiteral("1234"));
    CHECK_FALSE(canGoOn(wizard)); // a KvK number has eight digits
    type(wizard, QStringLiteral("KvK number"), QStringLiteral("12345678"));
    REQUIRE(canGoOn(wizard));
    wizard.accept();

    const auto reg = wizard.takeRegister();
    REQUIRE(reg != nullptr);
    CHECK(reg->path() == path + QStringLiteral(".prreg"));
    const auto profile = OrganisationRepository::find(reg->database());
    REQUIRE(profile.has_value());
    CHECK(profile->legalName == QStringLiteral("Nieuw & Co B.V."));
    CHECK(profile->kvkNumber == QStringLiteral("12345678"));
    CHECK(profile->postcode == QStringLiteral("3526 KL"));
}

TEST_CASE("The wizard refuses a file that already exists and a short password", "[gui][wizard]")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("bestaat.prreg"));
    REQUIRE(pr::test::writeFile(existing, "anything"));
    NewRegisterWizard wizard(pr::test::fastOptions(), testClock());
    wizard.show();
    type(wizard, QStringLiteral("File of the new register"), existing);
    CHECK_FALSE(canGoOn(wizard));
    const auto labels = wizard.findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel* label) {
        return label->accessibleName() == QStringLiteral("Problem with the file") &&
               label->text().contains(QStringLiteral("already exists"));
    }));

    type(wizard, QStringLiteral("File of the new register"), dir.filePath(QStringLiteral("ander")));
    wizard.next();
    type(wizard, QStringLiteral("Password"), QStringLiteral("kort"));
    type(wizard, QStringLiteral("Repeat the password"), QStringLiteral("kort"));
    CHECK_FALSE(canGoOn(wizard));
}
