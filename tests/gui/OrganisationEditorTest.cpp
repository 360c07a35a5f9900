#include "gui/editors/OrganisationEditor.h"

#include "GuiTestSupport.h"
#include "UnnamedControls.h"
#include "core/domain/validation/OrganisationValidation.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/ImageField.h"
#include "gui/editors/PngImage.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::gui::EditorDialog;
using pr::gui::OrganisationEditor;
using pr::gui::Section;
using pr::storage::OrganisationRepository;

// The organisation profile in the main window: edited in the same dialog as every record,
// saved as one undoable step, with the logo and the signature chosen from image files.

namespace {

pr::core::Organisation storedOrganisation(const pr::gui::MainWindow& window)
{
    const auto organisation = OrganisationRepository::find(window.currentRegister().database());
    REQUIRE(organisation.has_value());
    return *organisation;
}

// Opens the editor with the page's "Edit…" button, as a user does.
EditorDialog* openOrganisationEditor(const pr::test::DemoWindow& window)
{
    window->showSection(Section::Organisation);
    QPushButton* edit = window->pages().organisationView()->editButton();
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    EditorDialog* dialog = window->recordEditing().openDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    REQUIRE(qobject_cast<OrganisationEditor*>(dialog->editor()) != nullptr);
    return dialog;
}

QLineEdit* lineEdit(const QWidget* dialog, const char* name)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
    REQUIRE(edit != nullptr);
    return edit;
}

void save(const pr::test::DemoWindow& window, EditorDialog* dialog)
{
    CAPTURE(dialog->summary()->text());
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
}

// The first problem validation reports for FIELD of what EDITOR holds now.
QString issueOf(const OrganisationEditor& editor, const QString& field)
{
    for (const pr::core::ValidationIssue& issue : pr::core::validate(editor.value())) {
        if (issue.field == field) {
            return issue.message;
        }
    }
    FAIL("no issue for " << field.toStdString());
    return {};
}

// How many labels of DIALOG show MESSAGE as one of their lines.
int timesShown(const QWidget& dialog, const QString& message)
{
    int times = 0;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&dialog) && label->text().split(u'\n').contains(message)) {
            ++times;
        }
    }
    return times;
}

QString profileText(const pr::test::DemoWindow& window)
{
    QStringList texts;
    for (const QLabel* label :
         window->pages().organisationView()->profilePane()->findChildren<QLabel*>()) {
        texts << label->text();
    }
    return texts.join(u'\n');
}

} // namespace

TEST_CASE("The trade name edited on the Organisation page is saved, shown and undone",
          "[gui][organisation]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    const pr::core::Organisation before = storedOrganisation(*window);
    EditorDialog* dialog = openOrganisationEditor(window);
    CHECK(pr::test::unnamedControls(*dialog).isEmpty());

    QLineEdit* tradeName = lineEdit(dialog, "tradeNameEdit");
    tradeName->setFocus();
    tradeName->selectAll();
    QTest::keyClicks(tradeName, QStringLiteral("Bitwerk Noord"));
    save(window, dialog);

    const pr::core::Organisation after = storedOrganisation(*window);
    CHECK(after.tradeName == QStringLiteral("Bitwerk Noord"));
    CHECK(after.legalName == before.legalName);
    CHECK(profileText(window).contains(QStringLiteral("Bitwerk Noord")));
    CHECK_FALSE(window->currentRegister().hasUnsavedChanges());

    window->undoStack()->undo();
    CHECK(storedOrganisation(*window) == before);
    CHECK_FALSE(profileText(window).contains(QStringLiteral("Bitwerk Noord")));
    window->undoStack()->redo();
    CHECK(storedOrganisation(*window).tradeName == QStringLiteral("Bitwerk Noord"));
}

TEST_CASE("A signature chosen from an image file is stored as PNG", "[gui][organisation]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    image.setPixelColor(5, 5, Qt::black);
    const QString imagePath = folder.filePath(QStringLiteral("handtekening.png"));
    REQUIRE(image.save(imagePath, "PNG"));
    const QString textPath = folder.filePath(QStringLiteral("notities.png"));
    {
        QFile text(textPath);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("geen afbeelding");
    }

    EditorDialog* dialog = openOrganisationEditor(window);
    auto* editor = qobject_cast<OrganisationEditor*>(dialog->editor());
    pr::gui::ImageField* signature = editor->signatureField();
    CHECK_FALSE(signature->chooseFile(textPath));
    CHECK(signature->problemLabel()->isVisible());
    CHECK(signature->png().isEmpty());
    REQUIRE(signature->chooseFile(imagePath));
    CHECK_FALSE(signature->problemLabel()->isVisible());
    CHECK(signature->removeButton()->isEnabled());
    save(window, dialog);

    const QByteArray stored = storedOrganisation(*window).signaturePng;
    REQUIRE(stored.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage read = QImage::fromData(stored, "PNG");
    REQUIRE(read.size() == QSize(40, 20));
    // Transparency flattened onto white.
    CHECK_FALSE(read.hasAlphaChannel());
    CHECK(read.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(read.pixelColor(5, 5) == QColor(Qt::black));
}

TEST_CASE("An invalid KvK number keeps the organisation from being saved", "[gui][organisation]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    const pr::core::Organisation before = storedOrganisation(*window);
    EditorDialog* dialog = openOrganisationEditor(window);
    CHECK(dialog->saveButton()->isEnabled());
    QLineEdit* kvk = lineEdit(dialog, "kvkNumberEdit");
    kvk->setFocus();
    kvk->selectAll();
    QTest::keyClicks(kvk, QStringLiteral("12ab"));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("kvkNumberError"));
    REQUIRE(error != nullptr);
    CHECK(error->isVisible());
    // Beside the field only, not repeated in the summary (which counts it).
    const QString message =
        issueOf(*qobject_cast<OrganisationEditor*>(dialog->editor()), QStringLiteral("kvkNumber"));
    CHECK(error->text() == message);
    CAPTURE(dialog->summary()->text().toStdString());
    CHECK(timesShown(*dialog, message) == 1);
    CHECK_FALSE(dialog->summary()->text().contains(message));
    CHECK_FALSE(dialog->summary()->text().isEmpty());
    dialog->done(QDialog::Rejected);
    CHECK(storedOrganisation(*window) == before);
}

TEST_CASE("On the Organisation page F2 edits and Ctrl+N adds nothing", "[gui][organisation]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    window->showSection(Section::Organisation);
    CHECK(pr::test::unnamedControls(*window->pages().organisationView()).isEmpty());
    CHECK_FALSE(window->recordEditing().newAction()->isEnabled());
    QTest::keyClick(&*window, Qt::Key_N, Qt::ControlModifier);
    CHECK(window->recordEditing().openDialog() == nullptr);

    REQUIRE(window->recordEditing().editAction()->isEnabled());
    QTest::keyClick(&*window, Qt::Key_F2);
    EditorDialog* dialog = window->recordEditing().openDialog();
    REQUIRE(dialog != nullptr);
    CHECK(qobject_cast<OrganisationEditor*>(dialog->editor()) != nullptr);
    dialog->done(QDialog::Rejected);
}

TEST_CASE("A read-only register's organisation cannot be edited", "[gui][organisation]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    window->showSection(Section::Organisation);
    CHECK_FALSE(window->pages().organisationView()->editButton()->isEnabled());
    CHECK_FALSE(window->recordEditing().editAction()->isEnabled());
    CHECK(window->recordEditing().openEditor(pr::core::EntityKind::Organisation, 0) == nullptr);
}

TEST_CASE("An image file over 2 MiB is refused with a reason", "[gui][organisation]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("groot.png"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(pr::gui::PngImage::kMaxFileBytes + 1, 'x'));
    }
    const pr::gui::PngImage image = pr::gui::PngImage::fromFile(path);
    CHECK(image.png.isEmpty());
    CHECK(image.problem.contains(QStringLiteral("2 MiB")));
}

TEST_CASE("The organisation editor's summary lists only problems without a field",
          "[gui][organisation]")
{
    // An imported profile: a postcode that is not Dutch (a field of the form), a logo that is
    // not a PNG (an image field) and a privacy contact's e-mail address that is not one (a
    // field of the privacy-statement part). Each message differs from the others, so each can
    // be counted.
    pr::core::Organisation stored;
    stored.legalName = QStringLiteral("Bitwerk B.V.");
    stored.address = QStringLiteral("Stationsstraat 1");
    stored.postcode = QStringLiteral("97");
    stored.city = QStringLiteral("Groningen");
    stored.email = QStringLiteral("info@example.nl");
    stored.representativeName = QStringLiteral("Jan de Vries");
    stored.representativeFunction = QStringLiteral("directeur");
    stored.privacyContact.email = QStringLiteral("fg-at-example.nl");
    stored.logoPng = QByteArray("GIF89a");
    auto* editor = new OrganisationEditor(stored);
    EditorDialog dialog(editor);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CAPTURE(dialog.summary()->text().toStdString());

    const QString postcode = issueOf(*editor, QStringLiteral("postcode"));
    CHECK(timesShown(dialog, postcode) == 1);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("postcodeError"))->text() == postcode);
    CHECK_FALSE(dialog.summary()->text().contains(postcode));

    const QString logo = issueOf(*editor, QStringLiteral("logoPng"));
    auto* logoIssue = dialog.findChild<QLabel*>(QStringLiteral("logoPngIssue"));
    REQUIRE(logoIssue != nullptr);
    CHECK(logoIssue->isVisible());
    CHECK(logoIssue->text() == logo);
    CHECK(timesShown(dialog, logo) == 1);

    const QString contact = issueOf(*editor, QStringLiteral("privacyContact.email"));
    CHECK(timesShown(dialog, contact) == 1);
    CHECK_FALSE(dialog.summary()->text().contains(contact));
    CHECK(pr::test::unnamedControls(dialog).isEmpty());

    // Removing the logo solves its problem: the label goes.
    editor->logoField()->removeButton()->click();
    CHECK_FALSE(logoIssue->isVisible());
}
