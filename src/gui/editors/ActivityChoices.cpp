#include "gui/editors/ActivityChoices.h"

// Before the domain types: see ActivityChoices.h.
#include "core/catalogue/CatalogueKind.h"
#include "gui/editors/PickChoices.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/ClientRepository.h"

namespace pr::gui {

using core::CatalogueKind;

ActivityChoices ActivityChoices::of(const storage::SqliteDatabase& db)
{
    QStringList purposes, categories, subjects, recipients, roles, operations;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        purposes << activity.purposes;
        categories << activity.dataCategories;
        subjects << activity.dataSubjectCategories;
        recipients << activity.recipients;
        for (const core::StaffRole& role : activity.staffRoles) {
            roles << role.role;
            operations << role.operations;
        }
    }
    ActivityChoices choices;
    choices.purposes = pickChoices(purposes);
    choices.dataCategories = pickChoices(CatalogueKind::DataCategories, categories);
    choices.dataSubjects = pickChoices(CatalogueKind::DataSubjectCategories, subjects);
    choices.recipients = pickChoices(recipients);
    choices.staffRoles = pickChoices(CatalogueKind::StaffRoles, roles);
    choices.operations = pickChoices(CatalogueKind::Operations, operations);
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        choices.clients.append({client.id, client.legalName});
    }
    return choices;
}

} // namespace pr::gui
