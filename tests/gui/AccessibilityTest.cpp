#include "GuiTestSupport.h"
#include "UnnamedControls.h"
#include "gui/SectionNames.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/EditorFactory.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "gui/signing/CertificatePasswordDialog.h"
#include "gui/signing/SignatureCheckDialog.h"

#include <QDialog>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using pr::gui::Section;
using pr::test::unnamedControls;

// Every control a keyboard or screen-reader user can reach has a name that assistive
// technology reads: its accessible name, its text, or the label whose buddy it is (Qt derives
// the accessible name from all three).

TEST_CASE("No control of any section lacks an accessible name", "[gui][accessibility]")
{
    pr::test::DemoWindow window;
    for (const Section section : pr::gui::allSections()) {
        window->showSection(section);
        // With a record selected, so that the detail pane and its buttons are there too.
        if (pr::gui::RecordListPage* page = window->pages().currentListPage()) {
            page->table()->selectRow(0);
        }
        CAPTURE(pr::gui::sectionTitle(section));
        CHECK(unnamedControls(*window) == QStringList());
    }
    window->showSection(Section::ClientsAndAgreements);
    window->pages().clientTabs()->setCurrentIndex(1);
    window->pages().currentListPage()->table()->selectRow(0);
    CHECK(unnamedControls(*window) == QStringList());
}

TEST_CASE("No control of any editor lacks an accessible name", "[gui][accessibility]")
{
    using pr::core::EntityKind;
    pr::test::DemoWindow window;
    int editors = 0;
    for (const EntityKind kind :
         {EntityKind::ProcessingActivity, EntityKind::SecurityMeasure, EntityKind::SubProcessor,
          EntityKind::Client, EntityKind::Agreement, EntityKind::DataSubjectRequest,
          EntityKind::Breach}) {
        if (!pr::gui::EditorFactory::hasEditor(kind)) {
            continue;
        }
        ++editors;
        pr::gui::RecordListPage* page = window->pages().listPage(kind);
        page->table()->selectRow(0);
        const qint64 stored = page->currentId();
        REQUIRE(stored != 0);
        // A new record and a stored one: fields such as tables of transfers have rows then.
        for (const qint64 id : {qint64{0}, stored}) {
            CAPTURE(static_cast<int>(kind), id);
            pr::gui::EditorDialog* dialog = window->recordEditing().openEditor(kind, id);
            REQUIRE(dialog != nullptr);
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            CHECK(unnamedControls(*dialog) == QStringList());
            dialog->done(QDialog::Rejected);
            REQUIRE(
                QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
        }
    }
    CHECK(editors == 7);
}

TEST_CASE("No control of the certificate and signature dialogs lacks an accessible name",
          "[gui][accessibility]")
{
    pr::test::DemoWindow window;
    pr::gui::CertificatePasswordDialog password(
        QStringLiteral("firma.p12"), [](const auto&) { return QStringLiteral("Refused"); },
        &*window);
    password.show();
    REQUIRE(QTest::qWaitForWindowExposed(&password));
    password.accept(); // shows the refusal as well
    CHECK(unnamedControls(password) == QStringList());

    pr::report::PdfSignatureCheck check;
    check.status = pr::report::PdfSignatureCheck::Status::DigestMismatch;
    check.signerName = QStringLiteral("Jan de Vries");
    pr::gui::SignatureCheckDialog signatures(QStringLiteral("getekend.pdf"), {check}, &*window);
    signatures.show();
    REQUIRE(QTest::qWaitForWindowExposed(&signatures));
    CHECK(unnamedControls(signatures) == QStringList());
}

TEST_CASE("The test finds a control without a name", "[gui][accessibility]")
{
    // The check above must be able to fail: a bare line edit has no name.
    pr::test::DemoWindow window;
    window->showSection(Section::Activities);
    auto* bare = new QLineEdit(window->pages().currentListPage());
    bare->setObjectName(QStringLiteral("bare"));
    bare->show();
    CHECK(unnamedControls(*window).contains(QStringLiteral("QLineEdit bare")));
}

TEST_CASE("Every menu action has a shortcut or a mnemonic", "[gui][accessibility]")
{
    pr::test::DemoWindow window;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty()) {
            continue;
        }
        CAPTURE(action->text());
        CHECK((action->text().contains(u'&') || !action->shortcut().isEmpty()));
    }
}
