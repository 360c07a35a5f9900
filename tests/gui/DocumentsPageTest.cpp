// The Documenten section: choosing a document shows it in the preview from memory, saving
// writes it, printing prints its pages, and the template editor re-renders as you type.

#include "gui/documents/DocumentsPage.h"

#include "GuiTestSupport.h"
#include "UnnamedControls.h"
#include "gui/documents/DocumentPreview.h"
#include "gui/documents/TemplateEditor.h"
#include "gui/pages/SectionPages.h"
#include "report/DocumentRenderer.h"
#include "report/PdfTestSupport.h"
#include "report/template/TemplateLibrary.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/AgreementRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using pr::gui::DocumentsPage;
using pr::gui::Section;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::unnamedControls;

namespace {

// Rendering takes a fraction of a second; the page waits for a pause in the changes first.
constexpr int kRenderTimeoutMs = 30000;

// The page alone on the demo register, with a template folder of its own (tests run in
// parallel and must not see each other's templates).
class DemoDocumentsPage {
public:
    DemoDocumentsPage()
        : m_register(m_demo.open())
        , m_library(m_templates.path())
        , m_page(*m_register, m_clock, pr::core::Period{4, pr::core::Period::Unit::Weeks},
                 m_library)
    {
        m_page.resize(1200, 800);
        m_page.show();
        m_page.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&m_page));
    }

    DocumentsPage& operator*() { return m_page; }
    DocumentsPage* operator->() { return &m_page; }
    const pr::report::TemplateLibrary& library() const { return m_library; }
    pr::storage::Register& reg() { return *m_register; }

private:
    pr::test::DemoRegister m_demo;
    std::unique_ptr<pr::storage::Register> m_register;
    pr::core::FixedClock m_clock{pr::test::demoNow()};
    QTemporaryDir m_templates;
    pr::report::TemplateLibrary m_library;
    DocumentsPage m_page;
};

// Waits until the page has rendered more than BEFORE times and, for a PDF, until the preview
// has read it.
void waitForRender(DocumentsPage& page, int before)
{
    REQUIRE(QTest::qWaitFor([&] { return page.renderCount() > before; }, kRenderTimeoutMs));
    if (page.request().format == DocumentFormat::Pdf) {
        REQUIRE(QTest::qWaitFor(
            [&] {
                QPdfDocument* document = page.preview()->pdfDocument();
                return document != nullptr && document->status() == QPdfDocument::Status::Ready;
            },
            kRenderTimeoutMs));
    }
}

QString previewText(DocumentsPage& page)
{
    QPdfDocument* document = page.preview()->pdfDocument();
    REQUIRE(document != nullptr);
    QString text;
    for (int number = 0; number < document->pageCount(); ++number) {
        text += document->getAllText(number).text() + u'\n';
    }
    return text.simplified();
}

QString normalised(const QStringList& pages)
{
    return pages.join(u' ').simplified();
}

// The demo's first client has one agreement: version 2.0 of 1 March 2025, countersigned.
constexpr qint64 kClient = 1;
constexpr qint64 kFirstAgreement = 1;

// Another version of the first client's agreement, as the Clients section would add it;
// returns its id. A draft is unsigned; a terminated one keeps its signatures.
qint64 addAgreement(pr::storage::Register& reg, const QString& version, QDate start,
                    pr::core::SigningState state, QDate end = {})
{
    auto agreement = pr::storage::AgreementRepository::find(reg.database(), kFirstAgreement);
    REQUIRE(agreement);
    REQUIRE(agreement->clientId == kClient);
    agreement->id = 0;
    agreement->version = version;
    agreement->startDate = start;
    agreement->endDate = end;
    agreement->signingState = state;
    if (state == pr::core::SigningState::Draft) {
        agreement->sentDate = {};
        agreement->firmSignatory = {};
        agreement->clientSignatory = {};
        agreement->signedOnPaper = false;
        agreement->signedPdf.clear();
    }
    const pr::core::FixedClock clock(pr::test::demoNow());
    qint64 id = 0;
    reg.write([&](pr::storage::SqliteDatabase& db) {
        id = pr::storage::AgreementRepository::insert(
            db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, *agreement);
    });
    return id;
}

QList<qint64> itemIds(const QComboBox& combo)
{
    QList<qint64> ids;
    for (int index = 0; index < combo.count(); ++index) {
        ids << combo.itemData(index).toLongLong();
    }
    return ids;
}

} // namespace

TEST_CASE("Ctrl+8 opens the documents, Ctrl+9 the organisation, Ctrl+0 the audit trail",
          "[gui][documents][keyboard]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    QTest::keyClick(&*window, Qt::Key_8, Qt::ControlModifier);
    CHECK(window->currentSection() == Section::Documents);
    CHECK(window->pages().documentsPage()->isVisible());
    QTest::keyClick(&*window, Qt::Key_9, Qt::ControlModifier);
    CHECK(window->currentSection() == Section::Organisation);
    QTest::keyClick(&*window, Qt::Key_0, Qt::ControlModifier);
    CHECK(window->currentSection() == Section::AuditTrail);
}

TEST_CASE("The documents page previews a client's DPA and saves it as PDF", "[gui][documents]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::Dpa);
    QComboBox* clients = page->clientChoice();
    // The demo's four clients all have an agreement.
    REQUIRE(clients->count() == 4);
    const int before = page->renderCount();
    clients->setCurrentIndex(1);
    const QString client = clients->currentText();
    CHECK(page->request().clientId == clients->currentData().toLongLong());
    waitForRender(*page, before);
    CHECK(page->preview()->pdfDocument()->pageCount() > 1);
    CHECK(previewText(*page).contains(client));
    CHECK(page->printButton()->isEnabled());

    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dpa.pdf"));
    REQUIRE(page->saveTo(path));
    const pr::test::PdfFile saved(pr::storage::AtomicFile::read(path));
    CHECK(normalised(saved.pagesInReadingOrder()).contains(client));
    CHECK(saved.info(QStringLiteral("Pages")).toInt() ==
          page->preview()->pdfDocument()->pageCount());
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("The documents page prints the pages of the preview", "[gui][documents]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::ProcessingRegister);
    page->renderNow();
    waitForRender(*page, 0);
    const int pages = page->preview()->pdfDocument()->pageCount();
    REQUIRE(pages > 1);

    const QTemporaryDir folder;
    // At screen resolution: the test is about which pages arrive, not their sharpness.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(QStringLiteral("printed.pdf")));
    printer.setFromTo(2, 3);
    CHECK(page->printOn(printer).isEmpty());
    const pr::test::PdfFile printed(
        pr::storage::AtomicFile::read(folder.filePath(QStringLiteral("printed.pdf"))));
    CHECK(printed.info(QStringLiteral("Pages")).toInt() == 2);
    CHECK(printed.info(QStringLiteral("Page size")).contains(QStringLiteral("A4")));
}

TEST_CASE("The documents page offers formats and languages per document", "[gui][documents]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::PrivacyStatement);
    CHECK(page->formatChoice()->count() == 3); // PDF, HTML, Markdown
    CHECK(page->languageChoice()->count() == 1);
    page->chooseFormat(DocumentFormat::Markdown);
    const int before = page->renderCount();
    page->renderNow();
    CHECK(page->renderCount() == before + 1);
    CHECK(page->preview()->pdfDocument() == nullptr);
    CHECK_FALSE(page->printButton()->isEnabled());

    page->choose(DocumentKind::Dpa);
    CHECK(page->formatChoice()->count() == 2); // no Markdown of a DPA
    CHECK(page->request().format == DocumentFormat::Pdf);
    CHECK(page->languageChoice()->count() == 2);
    page->chooseLanguage(QStringLiteral("en"));
    CHECK(pr::report::DocumentRenderer::templateName(page->request()) ==
          QStringLiteral("verwerkersovereenkomst-en.html"));
}

TEST_CASE("A letter is made for a request it fits, the access answer for chosen activities",
          "[gui][documents][letters]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::RefusalLetter);
    // Only the refused request (VZ-2026-03) fits a refusal.
    auto* requests = page->findChild<QComboBox*>(QStringLiteral("requestCombo"));
    REQUIRE(requests != nullptr);
    CHECK(requests->count() == 1);
    CHECK(requests->currentText().startsWith(QStringLiteral("VZ-2026-03")));

    page->choose(DocumentKind::AccessLetter);
    REQUIRE(page->chooseRequest(1));
    page->renderNow();
    // No activity ticked: said on the page, nothing rendered.
    CHECK_FALSE(page->statusText().isEmpty());
    CHECK(page->preview()->pdfDocument() == nullptr);

    auto* activities = page->findChild<QListWidget*>(QStringLiteral("activitiesList"));
    REQUIRE(activities != nullptr);
    REQUIRE(activities->count() > 0);
    const QString activity = activities->item(0)->text();
    const int before = page->renderCount();
    page->setActivityChecked(activities->item(0)->data(Qt::UserRole).toLongLong(), true);
    waitForRender(*page, before);
    CHECK(page->request().activityIds.size() == 1);
    CHECK(previewText(*page).contains(activity));
}

TEST_CASE("The template editor re-renders as you type, shows errors with their line, and "
          "restores the default",
          "[gui][documents][templates]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::Dpa);
    page->renderNow();
    waitForRender(*page, 0);

    auto* toggle = page->findChild<QPushButton*>(QStringLiteral("editTemplateButton"));
    REQUIRE(toggle != nullptr);
    toggle->click();
    pr::gui::TemplateEditor* editor = page->templateEditor();
    REQUIRE(editor->isVisible());
    const QString name = QStringLiteral("verwerkersovereenkomst.html");
    CHECK(editor->templateName() == name);
    CHECK(editor->text() == pr::report::TemplateLibrary::builtInText(name));
    CHECK_FALSE(editor->restoreButton()->isEnabled()); // nothing of the user's yet
    // The variables of the view model, as a tree.
    QTreeWidget* variables = editor->variableTree();
    REQUIRE(variables->topLevelItemCount() > 3);
    CHECK_FALSE(variables->findItems(QStringLiteral("client"), Qt::MatchExactly).isEmpty());

    // An unknown closing tag on line 1: the error names the line and the controls that would
    // drop the draft are locked.
    QPlainTextEdit* text = editor->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::Start);
    int before = page->renderCount();
    QTest::keyClicks(text, QStringLiteral("{{/nothing}}"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !page->isRenderPending() && editor->errorLabel()->text().contains(u"line 1");
        },
        kRenderTimeoutMs));
    CHECK(page->renderCount() == before);
    CHECK(editor->errorLabel()->text().contains(name));
    CHECK_FALSE(text->extraSelections().isEmpty());
    CHECK_FALSE(page->documentChoice()->isEnabled());

    // Valid text again, plus a word of our own in the body: the preview shows it.
    for (int count = 0; count < 12; ++count) {
        QTest::keyClick(text, Qt::Key_Backspace);
    }
    const qsizetype body = text->toPlainText().indexOf(QStringLiteral("<body>"));
    REQUIRE(body >= 0);
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(static_cast<int>(body + 6));
    text->setTextCursor(cursor);
    before = page->renderCount();
    QTest::keyClicks(text, QStringLiteral("<p>Zonnebloemveld {{client.name}}</p>"));
    waitForRender(*page, before);
    CHECK(previewText(*page).contains(QStringLiteral("Zonnebloemveld")));
    CHECK(text->extraSelections().isEmpty());
    // Nothing written while typing.
    CHECK_FALSE(page.library().hasUserCopy(name));
    // Closing the editor now would lose the draft: refused, with a message.
    toggle->click();
    pr::test::answer(pr::test::openMessage(*page), QMessageBox::AcceptRole);
    CHECK(editor->isVisible());
    CHECK(toggle->isChecked());
    CHECK(editor->text().contains(QStringLiteral("Zonnebloemveld")));

    editor->saveButton()->click();
    CHECK(page.library().hasUserCopy(name));
    CHECK(page.library().load(name).text.contains(QStringLiteral("Zonnebloemveld")));
    CHECK(editor->restoreButton()->isEnabled());
    CHECK(page->documentChoice()->isEnabled());

    // Herstel standaard, after the question.
    before = page->renderCount();
    editor->restoreButton()->click();
    pr::test::answer(pr::test::openMessage(*page), QMessageBox::YesRole);
    CHECK_FALSE(page.library().hasUserCopy(name));
    CHECK(editor->text() == pr::report::TemplateLibrary::builtInText(name));
    waitForRender(*page, before);
    CHECK_FALSE(previewText(*page).contains(QStringLiteral("Zonnebloemveld")));
}

TEST_CASE("No control of the documents page lacks an accessible name",
          "[gui][documents][accessibility]")
{
    DemoDocumentsPage page;
    page->showTemplateEditor(true);
    for (const DocumentKind kind : {DocumentKind::Dpa, DocumentKind::AccessLetter}) {
        page->choose(kind);
        page->renderNow();
        CHECK(unnamedControls(*page) == QStringList());
    }
}

TEST_CASE("The DPA is made of the agreement chosen, the client's current one first",
          "[gui][documents][agreements]")
{
    DemoDocumentsPage page;
    const qint64 newer = addAgreement(page.reg(), QStringLiteral("3.0"), QDate(2027, 1, 1),
                                      pr::core::SigningState::Draft);
    page->registerChanged();
    page->choose(DocumentKind::Dpa);
    REQUIRE(page->chooseClient(kClient));
    QComboBox* agreements = page->agreementChoice();
    CHECK(agreements->objectName() == QStringLiteral("agreementCombo"));
    CHECK(agreements->isVisible());
    CHECK(agreements->isEnabled());
    // Newest first; the newer draft is the current one (the latest not terminated).
    CHECK(itemIds(*agreements) == QList<qint64>{newer, kFirstAgreement});
    CHECK(agreements->currentData().toLongLong() == newer);
    CHECK(page->request().agreementId == newer);
    CHECK(agreements->itemText(0).contains(QStringLiteral("3.0")));
    CHECK(agreements->itemText(0).contains(QStringLiteral("current")));
    CHECK(agreements->itemText(1).contains(QStringLiteral("2.0")));
    CHECK_FALSE(agreements->itemText(1).contains(QStringLiteral("current")));
    CHECK(unnamedControls(*page) == QStringList());

    // The earlier version: the preview, and what is saved, are that agreement.
    int before = page->renderCount();
    agreements->setCurrentIndex(1);
    CHECK(page->request().agreementId == kFirstAgreement);
    waitForRender(*page, before);
    const QString shown = previewText(*page);
    CHECK(shown.contains(QStringLiteral("Versie 2.0")));
    CHECK(shown.contains(QStringLiteral("1 maart 2025")));
    CHECK_FALSE(shown.contains(QStringLiteral("Versie 3.0")));
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("dpa.pdf"));
    REQUIRE(page->saveTo(path));
    const QString saved =
        normalised(pr::test::PdfFile(pr::storage::AtomicFile::read(path)).pagesInReadingOrder());
    CHECK(saved.contains(QStringLiteral("Versie 2.0")));
    CHECK_FALSE(saved.contains(QStringLiteral("Versie 3.0")));

    // A change elsewhere in the register keeps the choice.
    page->registerChanged();
    CHECK(agreements->currentData().toLongLong() == kFirstAgreement);
    CHECK(page->request().agreementId == kFirstAgreement);

    // Back to the current one: the preview follows.
    before = page->renderCount();
    REQUIRE(page->chooseAgreement(newer));
    waitForRender(*page, before);
    CHECK(previewText(*page).contains(QStringLiteral("Versie 3.0")));
}

TEST_CASE("A client with one agreement offers no choice of agreement",
          "[gui][documents][agreements]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::Dpa);
    QComboBox* agreements = page->agreementChoice();
    for (const qint64 client : {qint64{1}, qint64{2}}) {
        REQUIRE(page->chooseClient(client));
        // It says which agreement the document is, without a choice.
        CHECK(agreements->count() == 1);
        CHECK_FALSE(agreements->isEnabled());
        CHECK(page->request().clientId == client);
        CHECK(page->request().agreementId == agreements->currentData().toLongLong());
        const auto agreement = pr::storage::AgreementRepository::find(page.reg().database(),
                                                                      page->request().agreementId);
        REQUIRE(agreement);
        CHECK(agreement->clientId == client);
    }
    CHECK_FALSE(page->chooseAgreement(kFirstAgreement)); // another client's
    // Not a DPA: no agreement to choose.
    page->choose(DocumentKind::ProcessingRegister);
    CHECK_FALSE(agreements->isVisible());
    CHECK(page->request().agreementId == 0);
}

TEST_CASE("The current agreement is the latest not terminated, and stays current when a "
          "newer one is added",
          "[gui][documents][agreements]")
{
    DemoDocumentsPage page;
    // A later version that has been terminated already: the earlier one still applies.
    const qint64 terminated = addAgreement(page.reg(), QStringLiteral("2.1"), QDate(2026, 1, 1),
                                           pr::core::SigningState::Terminated, QDate(2026, 6, 30));
    page->registerChanged();
    page->choose(DocumentKind::Dpa);
    REQUIRE(page->chooseClient(kClient));
    QComboBox* agreements = page->agreementChoice();
    CHECK(itemIds(*agreements) == QList<qint64>{terminated, kFirstAgreement});
    CHECK(agreements->currentData().toLongLong() == kFirstAgreement);
    CHECK(agreements->itemText(1).contains(QStringLiteral("current")));
    CHECK(page->request().agreementId == kFirstAgreement);

    // Left at the current one, the choice moves on to a new current version.
    const qint64 newer = addAgreement(page.reg(), QStringLiteral("3.0"), QDate(2027, 1, 1),
                                      pr::core::SigningState::Draft);
    page->registerChanged();
    CHECK(itemIds(*agreements) == QList<qint64>{newer, terminated, kFirstAgreement});
    CHECK(page->request().agreementId == newer);
}

TEST_CASE("The privacy statement is made for the audience chosen, customers first",
          "[gui][documents][statement]")
{
    DemoDocumentsPage page;
    page->choose(DocumentKind::PrivacyStatement);
    QComboBox* audience = page->audienceChoice();
    REQUIRE(audience->isVisible());
    CHECK(audience->currentData().toString() == QStringLiteral("customers"));
    CHECK(page->request().audience == pr::core::StatementAudience::Customers);

    int before = page->renderCount();
    audience->setCurrentIndex(audience->findData(QStringLiteral("staff")));
    CHECK(page->request().audience == pr::core::StatementAudience::Staff);
    waitForRender(*page, before);
    CHECK(previewText(*page).contains(QStringLiteral("Personeelsadministratie")));
    CHECK_FALSE(previewText(*page).contains(QStringLiteral("Klantadministratie")));

    before = page->renderCount();
    audience->setCurrentIndex(audience->findData(QStringLiteral("customers")));
    waitForRender(*page, before);
    CHECK(previewText(*page).contains(QStringLiteral("Klantadministratie")));
    CHECK_FALSE(previewText(*page).contains(QStringLiteral("Personeelsadministratie")));

    // Only the privacy statement has audiences.
    page->choose(DocumentKind::Dpa);
    CHECK_FALSE(audience->isVisible());
}
