#include "gui/editors/EditorFactory.h"

#include "gui/editors/ActivityEditor.h"
#include "gui/editors/AgreementEditor.h"
#include "gui/editors/BreachEditor.h"
#include "gui/editors/ClientEditor.h"
#include "gui/editors/MeasureEditor.h"
#include "gui/editors/OrganisationEditor.h"
#include "gui/editors/RequestEditor.h"
#include "gui/editors/SubProcessorEditor.h"
#include "storage/repositories/OrganisationRepository.h"

namespace pr::gui {

using core::EntityKind;

namespace {

// The editor of EDITOR's type for record ID (0: a new one), or nullptr when ID is not stored.
template <typename Editor, typename Repository, typename... Extra>
std::unique_ptr<RecordEditor> editorFor(const storage::SqliteDatabase& db, qint64 id,
                                        Extra... extra)
{
    if (id == 0) {
        return std::make_unique<Editor>(db, std::nullopt, extra...);
    }
    const auto record = Repository::find(db, id);
    if (!record) {
        return nullptr;
    }
    return std::make_unique<Editor>(db, record, extra...);
}

} // namespace

bool EditorFactory::hasEditor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
    case EntityKind::ProcessingActivity:
    case EntityKind::SecurityMeasure:
    case EntityKind::SubProcessor:
    case EntityKind::Client:
    case EntityKind::DataSubjectRequest:
    case EntityKind::Breach:
    case EntityKind::Agreement:
        return true;
    default:
        return false;
    }
}

std::unique_ptr<RecordEditor> EditorFactory::create(EntityKind kind, qint64 id,
                                                    const storage::SqliteDatabase& db,
                                                    const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    switch (kind) {
    case EntityKind::Organisation:
        // One profile per register, whatever ID says.
        if (const auto organisation = storage::OrganisationRepository::find(db)) {
            return std::make_unique<OrganisationEditor>(*organisation);
        }
        return nullptr;
    case EntityKind::ProcessingActivity:
        return editorFor<ActivityEditor, storage::ActivityRepository>(db, id);
    case EntityKind::SecurityMeasure:
        return editorFor<MeasureEditor, storage::SecurityMeasureRepository>(db, id, today);
    case EntityKind::SubProcessor:
        return editorFor<SubProcessorEditor, storage::SubProcessorRepository>(db, id, today);
    case EntityKind::Client:
        return editorFor<ClientEditor, storage::ClientRepository>(db, id);
    case EntityKind::DataSubjectRequest:
        return editorFor<RequestEditor, storage::RequestRepository>(db, id, today);
    case EntityKind::Breach:
        return editorFor<BreachEditor, storage::BreachRepository>(db, id, now);
    case EntityKind::Agreement:
        return editorFor<AgreementEditor, storage::AgreementRepository>(db, id, today);
    default:
        return nullptr;
    }
}

} // namespace pr::gui
