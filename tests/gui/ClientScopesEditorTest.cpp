// The per-client part of the activity editor and the activities the agreement editor offers:
// a client's own special data is set, checked and saved like the activity's own, a client
// unticked takes its scope along, and an agreement offers only what the firm does for its
// client as processor, marking what an older register holds beyond that.

#include "GuiTestSupport.h"
#include "core/domain/ActivityForClient.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editors/ClientScopeForm.h"
#include "gui/editors/ClientScopesEdit.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/IdChecklist.h"
#include "gui/editors/RecordEditor.h"
#include "gui/editors/SpecialCategoriesEdit.h"
#include "gui/editors/TextListEdit.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using pr::core::EntityKind;
using pr::core::SpecialCategory;
using pr::gui::ClientScopesEdit;
using pr::gui::EditorDialog;
using pr::storage::ActivityRepository;

namespace {

// The demo register: "Back-up en herstel" is done for all four clients, with values of their
// own for the dental practice, the accountant and the webshop; the foundation gets the
// activity as it is.
constexpr qint64 kBackups = 2;
constexpr qint64 kBuurtwerk = 3;
constexpr int kBuurtwerkRow = 2;
constexpr qint64 kLindeboom = 2;
constexpr qint64 kLindeboomAgreement = 2;
constexpr qint64 kStaffAdministration = 13;
constexpr qint64 kWebHosting = 7;

EditorDialog* openEditor(const pr::test::DemoWindow& window, EntityKind kind, qint64 id)
{
    EditorDialog* dialog = window->recordEditing().openEditor(kind, id);
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

QList<qint64> offeredIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        ids << list->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace

TEST_CASE("A client's own special data is set in the activity editor and saved",
          "[gui][editors][client-scope]")
{
    pr::test::DemoWindow window;
    EditorDialog* dialog = openEditor(window, EntityKind::ProcessingActivity, kBackups);
    auto* scopes = dialog->findChild<ClientScopesEdit*>(QStringLiteral("clientScopesEdit"));
    REQUIRE(scopes != nullptr);
    QListWidget* clients = scopes->clientList();
    REQUIRE(clients->count() == 4);
    CHECK(clients->item(0)->text().contains(QStringLiteral("own values")));
    CHECK(clients->item(kBuurtwerkRow)->text().contains(QStringLiteral("as the activity")));

    // The foundation follows the activity: its parts show the activity's values, disabled.
    clients->setCurrentRow(kBuurtwerkRow);
    pr::gui::ClientScopeForm* form = scopes->form();
    CHECK_FALSE(form->ownSpecialCategories()->isChecked());
    CHECK_FALSE(form->specialEdit()->isEnabled());
    CHECK_FALSE(form->dataCategoriesEdit()->isEnabled());
    const auto stored = ActivityRepository::find(window->currentRegister().database(), kBackups);
    REQUIRE(stored);
    CHECK(form->dataCategoriesEdit()->items() == stored->dataCategories);

    // Health data for this client needs its art. 9(2) ground, as for the activity's own.
    form->ownSpecialCategories()->setChecked(true);
    CHECK(form->specialEdit()->isEnabled());
    QTableWidget* table = form->specialEdit()->table();
    table->item(0, 0)->setCheckState(Qt::Checked); // health, the first kind
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(clients->item(kBuurtwerkRow)->text().contains(QStringLiteral("(check)")));
    auto* exception = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
    REQUIRE(exception != nullptr);
    exception->setCurrentIndex(exception->findData(QStringLiteral("h")));
    CAPTURE(dialog->summary()->text());
    REQUIRE(dialog->saveButton()->isEnabled());
    CHECK(clients->item(kBuurtwerkRow)->text().contains(QStringLiteral("own values")));
    CHECK_FALSE(clients->item(kBuurtwerkRow)->text().contains(QStringLiteral("(check)")));

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    const auto saved = ActivityRepository::find(window->currentRegister().database(), kBackups);
    REQUIRE(saved);
    const pr::core::ProcessingActivity buurtwerk = pr::core::activityForClient(*saved, kBuurtwerk);
    CHECK(buurtwerk.specialCategories == pr::core::SpecialCategories(SpecialCategory::Health));
    CHECK(buurtwerk.art9Exceptions.value(SpecialCategory::Health) ==
          pr::core::Art9Exception::HealthCare);
    CHECK(buurtwerk.dataCategories == stored->dataCategories); // not its own: the activity's
    // The other clients' scopes are kept as they were.
    for (const pr::core::ClientScope& scope : stored->clientScopes) {
        CHECK(pr::core::clientScopeOf(*saved, scope.clientId) != nullptr);
        CHECK(*pr::core::clientScopeOf(*saved, scope.clientId) == scope);
    }
}

TEST_CASE("Unticking a client in the activity editor drops its own values",
          "[gui][editors][client-scope]")
{
    pr::test::DemoWindow window;
    EditorDialog* dialog = openEditor(window, EntityKind::ProcessingActivity, kBackups);
    auto* scopes = dialog->findChild<ClientScopesEdit*>(QStringLiteral("clientScopesEdit"));
    REQUIRE(scopes != nullptr);
    auto* clientList = dialog->findChild<pr::gui::IdChecklist*>(QStringLiteral("clientList"));
    REQUIRE(clientList != nullptr);
    for (int row = 0; row < clientList->count(); ++row) {
        if (clientList->item(row)->data(Qt::UserRole).toLongLong() == kLindeboom) {
            clientList->item(row)->setCheckState(Qt::Unchecked);
        }
    }
    CHECK(scopes->clientList()->count() == 3);
    auto* editor = dialog->editor();
    REQUIRE(editor != nullptr);
    CHECK(editor->issues().isEmpty());
    const auto version = editor->editedVersion();
    const auto* activity = dynamic_cast<
        const pr::usecases::RecordVersionOf<ActivityRepository, pr::core::ProcessingActivity>*>(
        version.get());
    REQUIRE(activity != nullptr);
    CHECK(pr::core::clientScopeOf(activity->record(), kLindeboom) == nullptr);
    CHECK(activity->record().clientScopes.size() == 2);
}

TEST_CASE("The agreement editor offers only processor activities done for its client",
          "[gui][editors][agreement][client-scope]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, [](pr::storage::Register& reg) {
        // As a register made before the rule: the firm's staff administration in a client's
        // Bijlage 1.
        reg.write([](pr::storage::SqliteDatabase& db) {
            const pr::core::FixedClock clock(pr::test::demoNow());
            auto agreement = pr::storage::AgreementRepository::find(db, kLindeboomAgreement);
            REQUIRE(agreement);
            agreement->activityIds.append(kStaffAdministration);
            pr::storage::AgreementRepository::update(
                db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, *agreement);
        });
    });
    EditorDialog* dialog = openEditor(window, EntityKind::Agreement, kLindeboomAgreement);
    auto* activities = dialog->findChild<pr::gui::IdChecklist*>(QStringLiteral("activityList"));
    REQUIRE(activities != nullptr);
    const QList<qint64> offered = offeredIds(activities);
    CHECK_FALSE(offered.contains(kWebHosting));      // done for other clients only
    REQUIRE(offered.contains(kStaffAdministration)); // listed: shown, so it can be unticked
    const int staffRow = static_cast<int>(offered.indexOf(kStaffAdministration));
    CHECK(activities->item(staffRow)->text().contains(QStringLiteral("not allowed")));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CAPTURE(dialog->summary()->text());

    activities->item(staffRow)->setCheckState(Qt::Unchecked);
    CHECK(dialog->saveButton()->isEnabled());
    // Unticked, it is no longer offered once the list is made again (another client chosen).
    auto* clientCombo = dialog->findChild<QComboBox*>(QStringLiteral("clientCombo"));
    REQUIRE(clientCombo != nullptr);
    clientCombo->setCurrentIndex(clientCombo->findData(kBuurtwerk));
    CHECK_FALSE(offeredIds(activities).contains(kStaffAdministration));
    CHECK(offeredIds(activities).contains(kWebHosting));
}
