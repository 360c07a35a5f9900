// Privacy of the requester in the window (issue 8, item 5): the overview counts the closed
// requests kept past their retention period, and "Anonymise expired requests…" (a button in
// the requests section and an entry of the Edit menu) lists them, asks once and anonymises
// them in one save, outside the undo stack.

#include "gui/editing/AnonymiseRequests.h"

#include "GuiTestSupport.h"
#include "UnnamedControls.h"
#include "core/dashboard/DashboardWarning.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/RegisterWriter.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using pr::core::DataSubjectRequest;
using pr::core::EntityKind;
using pr::core::Period;
using pr::core::WarningKind;
using pr::gui::AnonymiseRequests;
using pr::storage::RequestRepository;

namespace {

// Three years on: every request the demo closed in 2026 is past the default two years.
QDateTime threeYearsOn()
{
    return pr::test::demoNow().addYears(3);
}

AnonymiseRequests* actionOf(pr::test::DemoWindow& window)
{
    auto* action = window->findChild<AnonymiseRequests*>(QStringLiteral("anonymiseRequests"));
    REQUIRE(action != nullptr);
    return action;
}

QStringList referencesOf(const QList<DataSubjectRequest>& requests)
{
    QStringList references;
    for (const DataSubjectRequest& request : requests) {
        references << request.reference;
    }
    references.sort();
    return references;
}

// The requests in the file on disk, opened anew: saved means saved.
QList<DataSubjectRequest> requestsOnDisk(const pr::test::DemoWindow& window)
{
    const auto reg =
        pr::storage::Register::open(window.demo().path(), pr::test::password(),
                                    pr::storage::OpenMode::ReadOnly, pr::test::fastOptions());
    return RequestRepository::all(reg->database());
}

int retentionWarningCount(pr::test::DemoWindow& window)
{
    window->pages().dashboard()->refresh();
    const auto& warnings = window->pages().dashboard()->warnings();
    const auto found = std::find_if(warnings.begin(), warnings.end(), [](const auto& warning) {
        return warning.kind == WarningKind::RequestsPastRetention;
    });
    return found == warnings.end() ? 0 : found->count;
}

QMessageBox* openConfirmation(pr::test::DemoWindow& window)
{
    window.clock().set(threeYearsOn());
    AnonymiseRequests* action = actionOf(window);
    action->updateState();
    REQUIRE(action->button()->isEnabled());
    action->button()->click();
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("anonymiseRequestsConfirmation"));
    REQUIRE(box != nullptr);
    REQUIRE(box->isVisible());
    return box;
}

QAction* menuAction(pr::test::DemoWindow& window)
{
    auto* editMenu = window->findChild<QMenu*>(QStringLiteral("editMenu"));
    REQUIRE(editMenu != nullptr);
    QAction* action = actionOf(window)->action();
    REQUIRE(editMenu->actions().contains(action));
    return action;
}

// A request answered on CLOSED, added as the window adds records (one RegisterEditor::write).
void addClosedRequest(pr::test::DemoWindow& window, QDate closed)
{
    auto* editor = window->findChild<pr::gui::RegisterEditor*>();
    REQUIRE(editor != nullptr);
    DataSubjectRequest request;
    request.reference = QStringLiteral("VZ-2023-07");
    request.requesterName = QStringLiteral("Ilse Brouwer");
    request.requesterContact = QStringLiteral("ilse@example.nl");
    request.right = pr::core::DataSubjectRight::Access;
    request.receivedDate = closed.addDays(-10);
    request.status = pr::core::RequestStatus::Answered;
    request.answeredDate = closed;
    request.outcome = QStringLiteral("Inzage gegeven.");
    // Written as it stands, closed: the rules of the editor and the steps would take the test
    // through every step of its handling first.
    const auto result = pr::usecases::RegisterWriter::write(
        editor->context(),
        [&request](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
            RequestRepository::insert(db, audit, request);
        });
    REQUIRE(editor->report(EntityKind::DataSubjectRequest, result).status ==
            pr::usecases::ChangeResult::Status::Saved);
}

} // namespace

TEST_CASE("Nothing is expired on the demo's own day", "[gui][requests][privacy]")
{
    pr::test::DemoWindow window;
    CHECK(retentionWarningCount(window) == 0);
    AnonymiseRequests* action = actionOf(window);
    CHECK(action->expired().isEmpty());
    CHECK_FALSE(action->button()->isEnabled());
    CHECK(action->start() == nullptr);
}

TEST_CASE("The overview counts the requests past retention and the action lists them",
          "[gui][requests][privacy]")
{
    pr::test::DemoWindow window;
    window.clock().set(threeYearsOn());
    AnonymiseRequests* action = actionOf(window);
    const QStringList expired = referencesOf(action->expired());
    // The closed ones of the CLI test (tests/cli/CliRequestsTest) at least.
    CHECK(expired.contains(QStringLiteral("VZ-2026-01")));
    CHECK(expired.contains(QStringLiteral("VZ-2026-02")));
    CHECK(expired.contains(QStringLiteral("VZ-2026-12")));
    // Open requests are never flagged.
    CHECK(expired.size() < requestsOnDisk(window).size());
    CHECK(retentionWarningCount(window) == expired.size());

    QMessageBox* box = openConfirmation(window);
    for (const QString& reference : expired) {
        CHECK(box->text().contains(reference));
    }
    CHECK_FALSE(box->text().contains(QStringLiteral("Koster"))); // names are not shown
    CHECK(pr::test::unnamedControls(*box).isEmpty());
    CHECK(pr::test::unnamedControls(*window).isEmpty());
    box->button(QMessageBox::Cancel)->click();
}

TEST_CASE("Confirming anonymises the expired requests in one save, outside undo",
          "[gui][requests][privacy]")
{
    pr::test::DemoWindow window;
    const QList<DataSubjectRequest> before = requestsOnDisk(window);
    auto* undo = window->findChild<QUndoStack*>();
    REQUIRE(undo != nullptr);
    undo->push(new QUndoCommand(QStringLiteral("an earlier edit")));
    REQUIRE(undo->count() == 1);

    QMessageBox* box = openConfirmation(window);
    const QStringList expired = referencesOf(actionOf(window)->expired());
    REQUIRE_FALSE(expired.isEmpty());
    auto* confirm = box->findChild<QPushButton*>(QStringLiteral("anonymiseConfirm"));
    REQUIRE(confirm != nullptr);
    confirm->click();

    const QList<DataSubjectRequest> after = requestsOnDisk(window);
    REQUIRE(after.size() == before.size());
    for (const DataSubjectRequest& old : before) {
        const auto now = std::find_if(after.begin(), after.end(),
                                      [&old](const auto& request) { return request.id == old.id; });
        REQUIRE(now != after.end());
        CAPTURE(old.reference.toStdString());
        // Statistics kept for every request.
        CHECK(now->reference == old.reference);
        CHECK(now->right == old.right);
        CHECK(now->status == old.status);
        CHECK(now->receivedDate == old.receivedDate);
        CHECK(now->answeredDate == old.answeredDate);
        if (expired.contains(old.reference)) {
            CHECK(now->requesterName == QStringLiteral("***"));
            CHECK(now->requesterContact.isEmpty());
        } else {
            CHECK(now->requesterName == old.requesterName);
            CHECK(now->requesterContact == old.requesterContact);
        }
    }
    CHECK_FALSE(window->currentRegister().hasUnsavedChanges());
    // Undo would bring names back: the stack was cleared.
    CHECK(undo->count() == 0);
    CHECK(retentionWarningCount(window) == 0);
    CHECK_FALSE(actionOf(window)->button()->isEnabled());
}

TEST_CASE("Cancelling the anonymisation changes nothing", "[gui][requests][privacy]")
{
    pr::test::DemoWindow window;
    const QList<DataSubjectRequest> before = requestsOnDisk(window);
    QMessageBox* box = openConfirmation(window);
    const int expired = retentionWarningCount(window);
    REQUIRE(expired > 0);
    box->button(QMessageBox::Cancel)->click();
    CHECK(requestsOnDisk(window) == before);
    CHECK(retentionWarningCount(window) == expired);
    CHECK(actionOf(window)->button()->isEnabled());
}

TEST_CASE("A read-only register offers no anonymisation", "[gui][requests][privacy]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    window.clock().set(threeYearsOn());
    AnonymiseRequests* action = actionOf(window);
    action->updateState();
    CHECK_FALSE(action->expired().isEmpty());
    CHECK_FALSE(action->button()->isEnabled());
    CHECK(action->start() == nullptr);
}

TEST_CASE("Edit > Anonymise expired requests… works without a request selected",
          "[gui][requests][privacy]")
{
    pr::test::DemoWindow window;
    QAction* action = menuAction(window);
    // On the overview, nothing selected, nothing due: grey, saying why, as the button.
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(action->toolTip().isEmpty());
    CHECK(action->toolTip() == actionOf(window)->button()->toolTip());
    CHECK(action->text().contains(u'&'));

    // Answered three years before the demo's day: past the default two years.
    addClosedRequest(window, pr::test::demoNow().date().addYears(-3));
    CHECK(action->isEnabled());
    CHECK(actionOf(window)->button()->isEnabled());
    CHECK(referencesOf(actionOf(window)->expired()) == QStringList{QStringLiteral("VZ-2023-07")});

    action->trigger();
    QMessageBox* box = pr::test::openMessage(*window);
    REQUIRE(box != nullptr);
    CHECK(box->objectName() == QStringLiteral("anonymiseRequestsConfirmation"));
    CHECK(box->text().contains(QStringLiteral("VZ-2023-07")));
    box->button(QMessageBox::Cancel)->click();
}

TEST_CASE("A changed retention period enables and disables the anonymisation",
          "[gui][requests][privacy]")
{
    pr::test::DemoWindow window;
    QAction* action = menuAction(window);
    REQUIRE_FALSE(action->isEnabled());
    // The demo closed requests earlier this year: past one month, not past two years.
    window->setRequestRetentionPeriod(Period{1, Period::Unit::Months});
    CHECK(action->isEnabled());
    CHECK(actionOf(window)->button()->isEnabled());
    // Nothing to explain any more (an empty tooltip of an action is its text).
    CHECK(action->statusTip().isEmpty());
    CHECK(actionOf(window)->button()->toolTip().isEmpty());
    CHECK_FALSE(actionOf(window)->expired().isEmpty());
    window->setRequestRetentionPeriod(Period{24, Period::Unit::Months});
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(actionOf(window)->button()->isEnabled());
    CHECK(action->toolTip() == actionOf(window)->button()->toolTip());
    CHECK(actionOf(window)->expired().isEmpty());
}

TEST_CASE("A read-only register greys out the menu entry too", "[gui][requests][privacy]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    window->setRequestRetentionPeriod(Period{1, Period::Unit::Months});
    QAction* action = menuAction(window);
    CHECK_FALSE(actionOf(window)->expired().isEmpty());
    CHECK_FALSE(action->isEnabled());
    action->trigger();
    CHECK(pr::test::openMessage(*window) == nullptr);
}
