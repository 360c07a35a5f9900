#include "gui/UnlockDialog.h"

#include "storage/RegisterErrors.h"
#include "support/TestRegister.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace pr::storage;
using pr::gui::UnlockDialog;

namespace {
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("gui.prreg"));
    Fixture()
    {
        Register::create(path, pr::test::password(), QStringLiteral("Venster B.V."),
                         pr::test::fastOptions())
            .reset();
    }
};

void typePasswordAndOpen(UnlockDialog& dialog, std::string_view password)
{
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    REQUIRE(edit != nullptr);
    edit->clear();
    QTest::keyClicks(edit,
                     QString::fromUtf8(password.data(), static_cast<qsizetype>(password.size())));
    QTest::keyClick(edit, Qt::Key_Return);
}

QString errorText(const UnlockDialog& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    return label != nullptr && label->isVisibleTo(&dialog) ? label->text() : QString();
}
} // namespace

TEST_CASE("The unlock dialog opens the register with the right password", "[gui][unlock]")
{
    Fixture f;
    UnlockDialog dialog(f.path, pr::test::fastOptions());
    dialog.show();
    typePasswordAndOpen(dialog, pr::test::kPassword);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto reg = dialog.takeRegister();
    REQUIRE(reg != nullptr);
    CHECK_FALSE(reg->isReadOnly());
}

TEST_CASE("A wrong password is explained and asked again", "[gui][unlock]")
{
    Fixture f;
    UnlockDialog dialog(f.path, pr::test::fastOptions());
    dialog.show();
    typePasswordAndOpen(dialog, "niet het wachtwoord");
    CHECK(dialog.isVisible());
    CHECK(errorText(dialog).contains(QStringLiteral("password is not correct")));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
    CHECK(dialog.takeRegister() == nullptr);

    typePasswordAndOpen(dialog, pr::test::kPassword);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("A damaged register offers its newest backup, opened read-only", "[gui][unlock]")
{
    Fixture f;
    {
        auto reg = Register::open(f.path, pr::test::password(), OpenMode::ReadWrite,
                                  pr::test::fastOptions());
        reg->write([](SqliteDatabase& db) { db.exec(u"INSERT INTO meta VALUES ('k', 'v')"); });
    }
    QByteArray bytes = pr::test::readFile(f.path);
    bytes[bytes.size() - 40] = static_cast<char>(bytes[bytes.size() - 40] ^ 1);
    REQUIRE(pr::test::writeFile(f.path, bytes));

    UnlockDialog dialog(f.path, pr::test::fastOptions());
    dialog.show();
    typePasswordAndOpen(dialog, pr::test::kPassword);
    CHECK(errorText(dialog).contains(QStringLiteral("damaged")));
    auto* backupButton = dialog.findChild<QPushButton*>(QStringLiteral("openBackupButton"));
    REQUIRE(backupButton->isVisibleTo(&dialog));

    QTest::mouseClick(backupButton, Qt::LeftButton);
    CHECK(dialog.path().contains(QStringLiteral(".backups")));
    CHECK(dialog.findChild<QCheckBox*>(QStringLiteral("readOnlyCheck"))->isChecked());
    typePasswordAndOpen(dialog, pr::test::kPassword);
    const auto reg = dialog.takeRegister();
    REQUIRE(reg != nullptr);
    CHECK(reg->isReadOnly());
    CHECK(pr::test::readFile(f.path) == bytes); // the damaged file is left as it was
}

TEST_CASE("A register in use elsewhere suggests opening it read-only", "[gui][unlock]")
{
    Fixture f;
    const auto holder =
        Register::open(f.path, pr::test::password(), OpenMode::ReadWrite, pr::test::fastOptions());
    UnlockDialog dialog(f.path, pr::test::fastOptions());
    dialog.show();
    typePasswordAndOpen(dialog, pr::test::kPassword);
    CHECK(errorText(dialog).contains(QStringLiteral("already open")));
    CHECK(dialog.findChild<QCheckBox*>(QStringLiteral("readOnlyCheck"))->isChecked());
    typePasswordAndOpen(dialog, pr::test::kPassword);
    const auto reg = dialog.takeRegister();
    REQUIRE(reg != nullptr);
    CHECK(reg->isReadOnly());
}

TEST_CASE("Every control of the unlock dialog has an accessible name or a label", "[gui][a11y]")
{
    Fixture f;
    UnlockDialog dialog(f.path, pr::test::fastOptions());
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        const bool interactive =
            widget->focusPolicy() != Qt::NoFocus && widget->inherits("QAbstractButton") == false
                ? widget->inherits("QLineEdit") || widget->inherits("QComboBox")
                : widget->inherits("QCheckBox");
        if (!interactive) {
            continue;
        }
        INFO(widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }
}
