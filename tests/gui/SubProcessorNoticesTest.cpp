// Telling the clients of a sub-processor change in the window (art. 28(2) GDPR): after a
// sub-processor starts serving more activities the window shows the clients that change
// touches; for each the notice can be saved as a PDF, recorded as sent and an objection
// recorded, all through usecases::SubProcessorNotices; the details show where each stands.

#include "GuiTestSupport.h"
#include "gui/editing/ObjectionDialog.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editing/SubProcessorNoticeActions.h"
#include "gui/editing/SubProcessorNoticesDialog.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/IdChecklist.h"
#include "gui/pages/SectionPages.h"
#include "gui/sections/DisplayText.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using pr::core::EntityKind;
using pr::gui::SubProcessorNoticeActions;
using pr::gui::SubProcessorNoticesDialog;
using pr::storage::SubProcessorNoticeRepository;

namespace {

// Nordpost Mail AB serves "E-mailhosting"; "Reparatie van apparatuur" (9) is in the agreements
// of Tandartspraktijk Zonnehoek (1) and Stichting Buurtwerk Oostwijk (3).
constexpr qint64 kNordpost = 3;
constexpr qint64 kRepairs = 9;

void grabForReview(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(PR_BINARY_DIR "/screenshots"));
    widget.grab().save(QStringLiteral(PR_BINARY_DIR "/screenshots/") + name +
                       QStringLiteral(".png"));
}

QStringList clientsShown(const SubProcessorNoticesDialog& dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.clientList()->topLevelItemCount(); ++row) {
        names << dialog.clientList()->topLevelItem(row)->text(0);
    }
    return names;
}

} // namespace

TEST_CASE("A sub-processor that serves more activities leads to its clients' notices",
          "[gui][subprocessor-notice]")
{
    pr::test::DemoWindow window;
    auto* actions =
        window->findChild<SubProcessorNoticeActions*>(QStringLiteral("subProcessorNoticeActions"));
    REQUIRE(actions != nullptr);

    REQUIRE(window->recordEditing().openEditor(EntityKind::SubProcessor, kNordpost) != nullptr);
    pr::gui::EditorDialog* editor = window->recordEditing().openDialog();
    REQUIRE(editor != nullptr);
    auto* activities = editor->findChild<pr::gui::IdChecklist*>(QStringLiteral("activityList"));
    REQUIRE(activities != nullptr);
    activities->setCheckedIds(activities->checkedIds() + QList<qint64>{kRepairs});
    REQUIRE(editor->saveButton()->isEnabled());
    editor->saveButton()->click();

    REQUIRE(QTest::qWaitFor([&] { return actions->openDialog() != nullptr; }));
    SubProcessorNoticesDialog* dialog = actions->openDialog();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(clientsShown(*dialog) == QStringList{QStringLiteral("Stichting Buurtwerk Oostwijk"),
                                               QStringLiteral("Tandartspraktijk Zonnehoek B.V.")});
    grabForReview(*dialog, QStringLiteral("subprocessor-notices"));

    // The first client: the notice as a PDF, then recorded as sent today.
    dialog->clientList()->setCurrentItem(dialog->clientList()->topLevelItem(0));
    CHECK_FALSE(dialog->objectionButton()->isEnabled()); // nothing sent yet
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("kennisgeving.pdf"));
    REQUIRE(dialog->saveNoticeTo(pdf));
    QFile saved(pdf);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.read(5) == QByteArray("%PDF-"));

    dialog->sentButton()->click();
    const auto& db = window->currentRegister().database();
    const auto notices = SubProcessorNoticeRepository::forSubProcessor(db, kNordpost);
    REQUIRE(notices.size() == 1);
    CHECK(notices.constFirst().clientId == 3);
    CHECK(notices.constFirst().sentDate == pr::test::demoNow().date());
    CHECK(notices.constFirst().objectionDeadline() == QDate(2026, 12, 21));
    CHECK(dialog->clientList()->topLevelItem(0)->text(3).contains(
        pr::gui::DisplayText::date(QDate(2026, 12, 21))));

    // The client objects.
    REQUIRE(dialog->objectionButton()->isEnabled());
    pr::gui::ObjectionDialog* objection = dialog->startObjection();
    REQUIRE(objection != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(objection));
    objection->textEdit()->setPlainText(QStringLiteral("Geen e-mail via Zweden."));
    grabForReview(*objection, QStringLiteral("subprocessor-objection"));
    objection->accept();
    const auto objected = SubProcessorNoticeRepository::find(db, notices.constFirst().id);
    REQUIRE(objected.has_value());
    CHECK(objected->hasObjection());
    CHECK(objected->objectionText == QStringLiteral("Geen e-mail via Zweden."));
    dialog->close();

    // The sub-processor's details show where the notice stands.
    REQUIRE(window->pages().showRecord(EntityKind::SubProcessor, kNordpost));
    window->resize(1200, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.operator->()));
    bool shown = false;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisible() &&
            label->text().contains(QStringLiteral("Geen e-mail via Zweden."))) {
            shown = true;
        }
    }
    CHECK(shown);
    grabForReview(*window.operator->(), QStringLiteral("subprocessor-details"));
}

TEST_CASE("A sub-processor edit that serves no new activity asks nothing",
          "[gui][subprocessor-notice]")
{
    pr::test::DemoWindow window;
    auto* actions =
        window->findChild<SubProcessorNoticeActions*>(QStringLiteral("subProcessorNoticeActions"));
    REQUIRE(actions != nullptr);
    CHECK(actions->afterSave(std::nullopt, 999) == nullptr);
    const auto before =
        pr::storage::SubProcessorRepository::find(window->currentRegister().database(), kNordpost);
    REQUIRE(before.has_value());
    CHECK(actions->afterSave(before, kNordpost) == nullptr);
}
