// Screenshots of the main screens, in Dutch, with the demo register: written to the build
// folder on every run (so a reviewer can look at them), and to docs/images when
// PR_SCREENSHOT_DIR says so (scripts/screenshots, for the user guide).

#include "GuiTestSupport.h"
#include "core/time/Clock.h"
#include "gui/MainWindow.h"
#include "gui/UnlockDialog.h"
#include "gui/WelcomeWindow.h"
#include "gui/documents/DocumentPreview.h"
#include "gui/documents/DocumentsPage.h"
#include "gui/editing/EnglishTextsDialog.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editing/RequestActions.h"
#include "gui/editing/RequestStepDialog.h"
#include "gui/editors/BreachEditor.h"
#include "gui/editors/BreachRiskDialog.h"
#include "gui/editors/ClientScopeForm.h"
#include "gui/editors/ClientScopesEdit.h"
#include "gui/editors/DateField.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/SpecialCategoriesEdit.h"
#include "gui/editors/TextListEdit.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "gui/wizard/NewRegisterWizard.h"
#include "support/ScopedLanguage.h"
#include "support/TestSettings.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {
QString screenshotFolder()
{
    const QString requested = qEnvironmentVariable("PR_SCREENSHOT_DIR");
    return requested.isEmpty() ? QStringLiteral(PR_BINARY_DIR "/screenshots") : requested;
}

void saveIn(const QString& folder, QWidget& widget, const QString& name)
{
    // Layouts settle in posted events; grab what the user would see a moment later.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QDir().mkpath(folder);
    const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
    REQUIRE(widget.grab().save(file));
}

void save(QWidget& widget, const QString& name)
{
    saveIn(screenshotFolder(), widget, name);
}

// Only to the build folder: for a reviewer, not for the user guide.
void saveForReview(QWidget& widget, const QString& name)
{
    saveIn(QStringLiteral(PR_BINARY_DIR "/screenshots"), widget, name);
}

// PR_PREVIEW_TRANSLATION may name a .qm with translations that are not yet in
// resources/translations, to look at new screens in Dutch before the .ts files are updated.
// It is consulted before the program's own translation.
class PreviewTranslation {
public:
    PreviewTranslation()
    {
        const QString file = qEnvironmentVariable("PR_PREVIEW_TRANSLATION");
        if (!file.isEmpty()) {
            REQUIRE(m_translator.load(file));
            QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~PreviewTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    PreviewTranslation(const PreviewTranslation&) = delete;
    PreviewTranslation& operator=(const PreviewTranslation&) = delete;

private:
    QTranslator m_translator;
};

// In a folder with a name a reader recognises, since the screens show the path.
QString demoFolder()
{
    return QDir::temp().filePath(QStringLiteral("Privacyregister-voorbeeld"));
}

// Personeelsadministratie in the demo register: in the staff's statement, with sickness reports.
constexpr qint64 kDemoStaffActivity = 13;
} // namespace

TEST_CASE("Screenshots of the main screens in Dutch", "[gui][screenshots]")
{
    const pr::test::ScopedLanguage dutch("nl");
    const PreviewTranslation preview;
    const pr::test::DemoRegister demo(demoFolder());

    pr::gui::WelcomeWindow welcome;
    welcome.setRecentFiles({demo.path()});
    welcome.resize(640, 420);
    welcome.show();
    save(welcome, QStringLiteral("welcome"));

    pr::gui::UnlockDialog unlock(demo.path(), pr::test::fastOptions());
    unlock.show();
    save(unlock, QStringLiteral("unlock"));

    const pr::core::FixedClock clock(pr::test::demoNow());
    pr::gui::NewRegisterWizard wizard(pr::test::fastOptions(), clock);
    wizard.resize(640, 520);
    wizard.show();
    save(wizard, QStringLiteral("wizard-location"));
    wizard.next();
    for (QLineEdit* edit : wizard.findChildren<QLineEdit*>()) {
        if (edit->isVisible()) {
            QTest::keyClicks(edit, QStringLiteral("paars kanaal fiets"));
        }
    }
    save(wizard, QStringLiteral("wizard-password"));

    auto* window = new pr::gui::MainWindow(demo.open(), clock, pr::test::testSettings());
    window->resize(1200, 700);
    window->show();
    save(*window, QStringLiteral("main-window-overview"));

    // A list with a record selected: the measures, as Bijlage 2 groups them.
    window->showSection(pr::gui::Section::Measures);
    window->pages().currentListPage()->selectRecord(25);
    save(*window, QStringLiteral("main-window-measures"));

    // The requests, with an overdue one selected: its deadlines in the details.
    window->showSection(pr::gui::Section::Requests);
    window->pages().currentListPage()->selectRecord(5);
    save(*window, QStringLiteral("main-window-requests"));

    // A step of a request's handling, from the buttons in its details: the identity of
    // VZ-2026-08 verified, with the date the copy of the ID was destroyed.
    window->pages().currentListPage()->selectRecord(8);
    auto* requestActions = window->findChild<pr::gui::RequestActions*>();
    REQUIRE(requestActions != nullptr);
    pr::gui::RequestStepDialog* step =
        requestActions->startStep(pr::core::RequestStep::VerifyIdentity);
    REQUIRE(step != nullptr);
    step->findChild<pr::gui::DateField*>(QStringLiteral("idCopyDestroyed"))
        ->setValue(pr::test::demoNow().date());
    save(*step, QStringLiteral("request-step"));
    step->reject();
    pr::gui::EditorDialog* requestEditor = window->recordEditing().openEditor(
        pr::core::EntityKind::DataSubjectRequest, window->pages().currentListPage()->currentId());
    REQUIRE(requestEditor != nullptr);
    saveForReview(*requestEditor, QStringLiteral("editor-request"));
    requestEditor->done(QDialog::Rejected);

    // Every other section, with its first record selected.
    int number = 0;
    for (const pr::gui::Section section : pr::gui::allSections()) {
        window->showSection(section);
        if (pr::gui::RecordListPage* page = window->pages().currentListPage()) {
            page->table()->selectRow(0);
        }
        saveForReview(*window, QStringLiteral("section-%1").arg(number++));
    }
    window->showSection(pr::gui::Section::ClientsAndAgreements);
    window->pages().clientTabs()->setCurrentIndex(1);
    window->pages().currentListPage()->table()->selectRow(0);
    saveForReview(*window, QStringLiteral("section-agreements"));

    // Documenten: a client's DPA in the preview, once it has been rendered and read.
    window->showSection(pr::gui::Section::Documents);
    pr::gui::DocumentsPage* documents = window->pages().documentsPage();
    documents->choose(pr::report::DocumentKind::Dpa);
    documents->renderNow();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QPdfDocument* pdf = documents->preview()->pdfDocument();
            return pdf != nullptr && pdf->status() == QPdfDocument::Status::Ready;
        },
        30000));
    // QPdfView draws the pages in the background once it has read them: wait for text.
    QWidget* pages = documents->preview()->pdfView()->viewport();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QImage shown = pages->grab().toImage();
            for (int y = 0; y < shown.height(); y += 3) {
                for (int x = 0; x < shown.width(); x += 3) {
                    if (qGray(shown.pixel(x, y)) < 100) {
                        return true;
                    }
                }
            }
            return false;
        },
        30000));
    save(*window, QStringLiteral("main-window-documents"));
    documents->showTemplateEditor(true);
    saveForReview(*window, QStringLiteral("section-documents-template"));
    documents->showTemplateEditor(false);

    // The editor of an activity, with a purpose being added from its pick list.
    window->showSection(pr::gui::Section::Activities);
    window->pages().currentListPage()->table()->selectRow(0);
    pr::gui::EditorDialog* editor = window->recordEditing().openEditor(
        pr::core::EntityKind::ProcessingActivity, window->pages().currentListPage()->currentId());
    REQUIRE(editor != nullptr);
    editor->resize(760, 900);
    auto* purposes = editor->findChild<pr::gui::TextListEdit*>(QStringLiteral("purposesEdit"));
    REQUIRE(purposes != nullptr);
    purposes->addItem(QStringLiteral("Facturen versturen"));
    save(*editor, QStringLiteral("editor-activity"));
    editor->done(QDialog::Rejected);

    // The per-client part of an activity done for several clients, at the dental practice's
    // own special data (the editor above closes first: one editor at a time).
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    editor = window->recordEditing().openEditor(pr::core::EntityKind::ProcessingActivity, 2);
    REQUIRE(editor != nullptr);
    editor->resize(900, 900);
    auto* scopes =
        editor->findChild<pr::gui::ClientScopesEdit*>(QStringLiteral("clientScopesEdit"));
    REQUIRE(scopes != nullptr);
    scopes->clientList()->setCurrentRow(0);
    QCoreApplication::processEvents();
    auto* scroll = editor->findChild<QScrollArea*>();
    REQUIRE(scroll != nullptr);
    scroll->ensureWidgetVisible(scopes->form()->specialEdit(), 0, 200);
    saveForReview(*editor, QStringLiteral("editor-activity-per-client"));
    editor->done(QDialog::Rejected);
    // For review: the staff's activity with its statements and national grounds, and the
    // organisation's privacy contact, cookies and statement facts, each tall enough to show all.
    const auto closed = [&window] {
        return QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; });
    };
    REQUIRE(closed());
    pr::gui::EditorDialog* staff = window->recordEditing().openEditor(
        pr::core::EntityKind::ProcessingActivity, kDemoStaffActivity);
    REQUIRE(staff != nullptr);
    staff->resize(900, 1500);
    saveForReview(*staff, QStringLiteral("editor-activity-statements"));
    staff->done(QDialog::Rejected);
    REQUIRE(closed());
    window->showSection(pr::gui::Section::Organisation);
    QTest::mouseClick(window->pages().organisationView()->editButton(), Qt::LeftButton);
    pr::gui::EditorDialog* organisation = window->recordEditing().openDialog();
    REQUIRE(organisation != nullptr);
    organisation->resize(900, 1500);
    saveForReview(*organisation, QStringLiteral("editor-organisation-statement"));
    organisation->done(QDialog::Rejected);
    REQUIRE(closed());

    // The ransomware at the accountant's (DL-2026-03): its details with the documents, its
    // editor tall enough for the AP's form, and the decision aid on it.
    window->showSection(pr::gui::Section::Breaches);
    REQUIRE(window->pages().currentListPage()->selectRecord(3));
    saveForReview(*window, QStringLiteral("main-window-breaches"));
    pr::gui::EditorDialog* breach =
        window->recordEditing().openEditor(pr::core::EntityKind::Breach, 3);
    REQUIRE(breach != nullptr);
    breach->resize(900, 2400);
    saveForReview(*breach, QStringLiteral("editor-breach"));
    auto* breachEditor = breach->findChild<pr::gui::BreachEditor*>();
    REQUIRE(breachEditor != nullptr);
    pr::gui::BreachRiskDialog* aid = breachEditor->assessRisk();
    aid->question("personalData")->setCurrentIndex(1);
    aid->question("illIntent")->setCurrentIndex(1);
    aid->question("harmUndone")->setCurrentIndex(2);
    aid->resize(640, aid->sizeHint().height());
    save(*aid, QStringLiteral("breach-risk-aid"));
    aid->reject();
    breach->done(QDialog::Rejected);
    REQUIRE(closed());

    // The English versions of the register's texts, for the English DPA.
    auto* englishAction = window->findChild<QAction*>(QStringLiteral("englishTextsAction"));
    REQUIRE(englishAction != nullptr);
    englishAction->trigger();
    auto* english =
        window->findChild<pr::gui::EnglishTextsDialog*>(QStringLiteral("englishTextsDialog"));
    REQUIRE(english != nullptr);
    english->resize(900, 560);
    save(*english, QStringLiteral("english-texts"));
    english->done(QDialog::Rejected);
    delete window;
}
