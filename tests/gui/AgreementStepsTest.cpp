// The signing of an agreement in the window (issue 7, items 4 and 5): the next possible steps
// are buttons in the agreement's details, each asks what it needs in a dialog, is checked by
// core::AgreementWorkflow, saved as one write of the register, and undone with Edit > Undo.

#include "GuiTestSupport.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/editing/AgreementActions.h"
#include "gui/editing/AgreementStepDialog.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/AgreementRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::AgreementStep;
using pr::core::EntityKind;
using pr::core::SigningState;
using pr::gui::AgreementActions;
using pr::gui::AgreementStepDialog;
using pr::storage::AgreementRepository;

namespace {

// The demo's agreement with Stichting Buurtwerk Oostwijk: sent on 16 November, not signed.
constexpr qint64 kSent = 3;

AgreementActions* actionsOf(pr::test::DemoWindow& window)
{
    auto* actions = window->findChild<AgreementActions*>(QStringLiteral("agreementActions"));
    REQUIRE(actions != nullptr);
    return actions;
}

void selectAgreement(pr::test::DemoWindow& window, qint64 id)
{
    REQUIRE(window->pages().showRecord(EntityKind::Agreement, id));
}

// What the file on disk says, opened anew: saved means saved.
pr::core::Agreement agreementOnDisk(const pr::test::DemoWindow& window, qint64 id)
{
    const auto reg =
        pr::storage::Register::open(window.demo().path(), pr::test::password(),
                                    pr::storage::OpenMode::ReadOnly, pr::test::fastOptions());
    const auto agreement = AgreementRepository::find(reg->database(), id);
    REQUIRE(agreement);
    return *agreement;
}

QList<AgreementStep> shownSteps(AgreementActions& actions)
{
    QList<AgreementStep> shown;
    for (const AgreementStep step : pr::core::enumValues<AgreementStep>()) {
        if (!actions.stepButton(step)->isHidden()) {
            shown << step;
        }
    }
    return shown;
}

// Clicks the step's button and returns the dialog it opens.
AgreementStepDialog* openStep(AgreementActions& actions, AgreementStep step)
{
    QPushButton* button = actions.stepButton(step);
    REQUIRE_FALSE(button->isHidden());
    button->click();
    // The one on screen: a dialog closed before is deleted later, by the event loop.
    AgreementStepDialog* dialog = nullptr;
    for (auto* candidate : button->window()->findChildren<AgreementStepDialog*>()) {
        if (candidate->isVisible()) {
            dialog = candidate;
        }
    }
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->step() == step);
    return dialog;
}

void confirm(AgreementStepDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("An agreement is signed, countersigned and terminated from its details, and undone",
          "[gui][agreement]")
{
    pr::test::DemoWindow window;
    AgreementActions& actions = *actionsOf(window);
    QUndoStack& undo = *window->undoStack();
    selectAgreement(window, kSent);
    CHECK(shownSteps(actions) == QList{AgreementStep::SignByFirm, AgreementStep::Terminate});
    CHECK(actions.savePdfButton()->isHidden());

    // Signed by us, on 18 November in Utrecht.
    AgreementStepDialog* sign = openStep(actions, AgreementStep::SignByFirm);
    CHECK(sign->findChild<QLineEdit*>(QStringLiteral("signatoryName"))->text() ==
          QStringLiteral("M. de Boer"));
    sign->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(QDate(2026, 11, 18));
    sign->findChild<QLineEdit*>(QStringLiteral("signatoryPlace"))
        ->setText(QStringLiteral("Utrecht"));
    confirm(sign);
    REQUIRE(QTest::qWaitFor([&] { return undo.count() == 1; }));
    pr::core::Agreement stored = agreementOnDisk(window, kSent);
    CHECK(stored.signingState == SigningState::SignedByFirm);
    CHECK(stored.firmSignatory.date == QDate(2026, 11, 18));
    CHECK(stored.firmSignatory.place == QStringLiteral("Utrecht"));
    CHECK(shownSteps(actions) == QList{AgreementStep::Countersign, AgreementStep::Terminate});

    // A file that is not a PDF: the dialog stays open and says why; nothing is written.
    QTemporaryDir dir;
    const QString notPdf = dir.filePath(QStringLiteral("handtekening.png"));
    REQUIRE(pr::test::writeFile(notPdf, "\x89PNG\r\n"));
    AgreementStepDialog* countersign = openStep(actions, AgreementStep::Countersign);
    countersign->setPdfFile(notPdf);
    confirm(countersign);
    auto* issues = countersign->findChild<QLabel*>(QStringLiteral("stepIssues"));
    CHECK_FALSE(issues->isHidden());
    CHECK(countersign->isVisible());
    CHECK(undo.count() == 1);

    // The client's PDF: kept in the register, and saved where the user chooses.
    const QByteArray pdf("%PDF-1.7\n% ondertekend door W. Smits\n%%EOF\n");
    const QString pdfPath = dir.filePath(QStringLiteral("getekend.pdf"));
    REQUIRE(pr::test::writeFile(pdfPath, pdf));
    countersign->setPdfFile(pdfPath);
    countersign->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(QDate(2026, 11, 20));
    confirm(countersign);
    REQUIRE(QTest::qWaitFor([&] { return undo.count() == 2; }));
    stored = agreementOnDisk(window, kSent);
    CHECK(stored.signingState == SigningState::Countersigned);
    CHECK(stored.signedPdf == pdf);
    CHECK(stored.clientSignatory.date == QDate(2026, 11, 20));
    CHECK_FALSE(actions.savePdfButton()->isHidden());
    const QString copy = dir.filePath(QStringLiteral("kopie.pdf"));
    REQUIRE(actions.saveSignedPdf(copy));
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdf);

    AgreementStepDialog* terminate = openStep(actions, AgreementStep::Terminate);
    confirm(terminate);
    REQUIRE(QTest::qWaitFor([&] { return undo.count() == 3; }));
    stored = agreementOnDisk(window, kSent);
    CHECK(stored.signingState == SigningState::Terminated);
    CHECK(stored.endDate == QDate(2026, 11, 21)); // the window's today
    CHECK(shownSteps(actions).isEmpty());

    // Undo takes the steps back one by one, on disk too; the PDF goes with its step.
    undo.undo();
    CHECK(agreementOnDisk(window, kSent).signingState == SigningState::Countersigned);
    undo.undo();
    stored = agreementOnDisk(window, kSent);
    CHECK(stored.signingState == SigningState::SignedByFirm);
    CHECK(stored.signedPdf.isEmpty());
    CHECK_FALSE(stored.clientSignatory.date.isValid());
    undo.undo();
    stored = agreementOnDisk(window, kSent);
    CHECK(stored.signingState == SigningState::Sent);
    CHECK_FALSE(stored.firmSignatory.date.isValid());
    CHECK(stored.sentDate == QDate(2026, 11, 16));
    CHECK(shownSteps(actions) == QList{AgreementStep::SignByFirm, AgreementStep::Terminate});
    undo.redo();
    CHECK(agreementOnDisk(window, kSent).signingState == SigningState::SignedByFirm);
}

TEST_CASE("A draft is marked as sent, and the client's signature recorded on paper",
          "[gui][agreement]")
{
    pr::test::DemoWindow window;
    AgreementActions& actions = *actionsOf(window);
    selectAgreement(window, 4); // the draft with Trapkracht Webwinkel
    CHECK(shownSteps(actions) == QList{AgreementStep::Send, AgreementStep::SignByFirm});

    confirm(openStep(actions, AgreementStep::Send));
    REQUIRE(QTest::qWaitFor([&] { return window->undoStack()->count() == 1; }));
    CHECK(agreementOnDisk(window, 4).sentDate == QDate(2026, 11, 21));

    // Agreement 2 was signed by us and sent: the client signed a printed copy.
    selectAgreement(window, 2);
    AgreementStepDialog* countersign = openStep(actions, AgreementStep::Countersign);
    countersign->findChild<QCheckBox*>(QStringLiteral("signedOnPaper"))->setChecked(true);
    confirm(countersign);
    REQUIRE(QTest::qWaitFor([&] { return window->undoStack()->count() == 2; }));
    const pr::core::Agreement stored = agreementOnDisk(window, 2);
    CHECK(stored.signingState == SigningState::Countersigned);
    CHECK(stored.signedOnPaper);
    CHECK(actions.savePdfButton()->isHidden()); // nothing to save
}

TEST_CASE("Without a certificate in the register, nothing is signed and no file is written",
          "[gui][agreement]")
{
    pr::test::DemoWindow window;
    AgreementActions& actions = *actionsOf(window);
    selectAgreement(window, kSent);
    CHECK(actions.signWithCertificateButton()->isHidden());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("getekend.pdf"));
    const auto before =
        AgreementRepository::find(window->currentRegister().database(), kSent).value();
    CHECK_FALSE(actions.signWithCertificate(out));
    CHECK_FALSE(QFile::exists(out));
    CHECK(AgreementRepository::find(window->currentRegister().database(), kSent).value() == before);
}

TEST_CASE("A read-only register offers no signing steps", "[gui][agreement]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    AgreementActions& actions = *actionsOf(window);
    selectAgreement(window, kSent);
    CHECK(shownSteps(actions).isEmpty());
    CHECK(actions.startStep(AgreementStep::SignByFirm) == nullptr);
}

TEST_CASE("The overview chases a countersignature after 14 days and leads to the agreement",
          "[gui][agreement][dashboard]")
{
    // Sent on 1 November instead of the 16th: twenty days on the demo's day.
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, [](pr::storage::Register& reg) {
        const pr::core::FixedClock clock(pr::test::demoNow());
        reg.write([&](pr::storage::SqliteDatabase& db) {
            auto agreement = AgreementRepository::find(db, kSent);
            REQUIRE(agreement);
            agreement->sentDate = QDate(2026, 11, 1);
            AgreementRepository::update(
                db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, *agreement);
        });
    });
    QTreeWidget* tree = window->pages().dashboard()->warningList();
    QTreeWidgetItem* chased = nullptr;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(2) == QStringLiteral("Stichting Buurtwerk Oostwijk")) {
            chased = tree->topLevelItem(row);
        }
    }
    REQUIRE(chased != nullptr);
    CHECK(chased->text(0) == QStringLiteral("Waiting 20 day(s)"));
    const QRect rect = tree->visualItemRect(chased);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    pr::gui::RecordListPage* agreements = window->pages().currentListPage();
    REQUIRE(agreements != nullptr);
    CHECK(agreements->section().kind == EntityKind::Agreement);
    CHECK(agreements->currentId() == kSent);
}

TEST_CASE("Sending or signing says first what the client's lawyer would stumble on",
          "[gui][agreement]")
{
    pr::test::DemoWindow window;
    AgreementActions& actions = *actionsOf(window);
    selectAgreement(window, 4); // the draft: no date for its main agreement; two planned measures
    AgreementStepDialog* send = openStep(actions, AgreementStep::Send);
    const auto* intro = send->findChild<QLabel*>(QStringLiteral("stepIntro"));
    REQUIRE(intro != nullptr);
    CHECK(intro->isVisible());
    CHECK(intro->text().contains(QStringLiteral("Terugzettest van back-ups")));
    CHECK(intro->text().count(QStringLiteral("• ")) == 2);
    // A warning, not a refusal: the step is still taken.
    confirm(send);
    REQUIRE(QTest::qWaitFor([&] { return window->undoStack()->count() == 1; }));
    CHECK(agreementOnDisk(window, 4).signingState == SigningState::Sent);

    // Terminating puts nothing in the client's hands: nothing to warn of.
    AgreementStepDialog* terminate = openStep(actions, AgreementStep::Terminate);
    CHECK_FALSE(terminate->findChild<QLabel*>(QStringLiteral("stepIntro"))->isVisible());
    terminate->reject();
}
