// One set of rules for both front ends: the same steps taken in the desktop program and with
// the command-line tool leave the same stored record, because both call the same use case.

#include "GuiTestSupport.h"
#include "gui/editing/AgreementActions.h"
#include "gui/editing/AgreementStepDialog.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/AgreementRepository.h"
#include "support/CliRunner.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::AgreementStep;
using pr::core::EntityKind;
using pr::gui::AgreementActions;
using pr::gui::AgreementStepDialog;
using pr::storage::AgreementRepository;

namespace {

// The demo's agreement with Stichting Buurtwerk Oostwijk: sent, not signed.
constexpr qint64 kSent = 3;

// Runs COMMAND with the command-line tool on DEMO's register, at the demo's moment.
pr::test::CliResult cli(const pr::test::DemoRegister& demo, const QStringList& command)
{
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    REQUIRE(pr::test::writeFile(
        passwordFile,
        QByteArray(pr::test::kPassword.data(), static_cast<qsizetype>(pr::test::kPassword.size())) +
            '\n'));
    const pr::core::FixedClock clock(pr::test::demoNow());
    const auto result =
        pr::test::runCli(QStringList{QStringLiteral("--register"), demo.path(),
                                     QStringLiteral("--password-file"), passwordFile} +
                             command,
                         {}, &clock);
    INFO(result.err.toStdString());
    REQUIRE(result.code == pr::cli::ExitCode::Success);
    return result;
}

void takeStep(AgreementActions& actions, AgreementStep step, QDate date,
              const std::function<void(AgreementStepDialog&)>& fill = {})
{
    AgreementStepDialog* dialog = actions.startStep(step);
    REQUIRE(dialog != nullptr);
    dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(date);
    if (fill) {
        fill(*dialog);
    }
    const QPointer<AgreementStepDialog> open(dialog);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(QTest::qWaitFor([&] { return open.isNull() || !open->isVisible(); }));
}

} // namespace

TEST_CASE("Signing and countersigning an agreement in the window or with the CLI stores the same "
          "agreement",
          "[gui][cli][agreement]")
{
    QTemporaryDir files;
    const QString clientPdf = files.filePath(QStringLiteral("getekend.pdf"));
    REQUIRE(pr::test::writeFile(clientPdf, "%PDF-1.7\n% ondertekend door W. Smits\n%%EOF\n"));

    pr::test::DemoWindow window;
    auto* actions = window->findChild<AgreementActions*>(QStringLiteral("agreementActions"));
    REQUIRE(actions != nullptr);
    REQUIRE(window->pages().showRecord(EntityKind::Agreement, kSent));
    takeStep(*actions, AgreementStep::SignByFirm, QDate(2026, 11, 18),
             [](AgreementStepDialog& dialog) {
                 dialog.findChild<QLineEdit*>(QStringLiteral("signatoryPlace"))
                     ->setText(QStringLiteral("Utrecht"));
             });
    takeStep(*actions, AgreementStep::Countersign, QDate(2026, 11, 20),
             [&clientPdf](AgreementStepDialog& dialog) { dialog.setPdfFile(clientPdf); });
    REQUIRE(window->undoStack()->count() == 2);

    const pr::test::DemoRegister other;
    cli(other,
        {QStringLiteral("agreement-step"), QStringLiteral("--agreement"), QString::number(kSent),
         QStringLiteral("sign"), QStringLiteral("--date"), QStringLiteral("2026-11-18"),
         QStringLiteral("--place"), QStringLiteral("Utrecht")});
    cli(other, {QStringLiteral("agreement-step"), QStringLiteral("--agreement"),
                QString::number(kSent), QStringLiteral("countersign"), QStringLiteral("--date"),
                QStringLiteral("2026-11-20"), QStringLiteral("--pdf"), clientPdf});

    const auto inWindow = AgreementRepository::find(window->currentRegister().database(), kSent);
    const auto byCli = AgreementRepository::find(other.open()->database(), kSent);
    REQUIRE(inWindow.has_value());
    REQUIRE(byCli.has_value());
    CHECK(inWindow->signingState == pr::core::SigningState::Countersigned);
    CHECK(*inWindow == *byCli);
}
