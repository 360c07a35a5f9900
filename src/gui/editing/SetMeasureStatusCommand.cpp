#include "gui/editing/SetMeasureStatusCommand.h"

#include "gui/editing/RegisterEditor.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/SecurityMeasureRepository.h"

namespace pr::gui {

using core::EntityKind;

SetMeasureStatusCommand::SetMeasureStatusCommand(RegisterEditor& editor, qint64 measureId,
                                                 const QString& title, core::MeasureStatus from,
                                                 core::MeasureStatus to)
    : m_editor(editor)
    , m_id(measureId)
    , m_from(from)
    , m_to(to)
{
    setText(to == core::MeasureStatus::Planned ? tr("mark '%1' as planned").arg(title)
                                               : tr("mark '%1' as in place").arg(title));
}

void SetMeasureStatusCommand::redo()
{
    apply(m_to);
}

void SetMeasureStatusCommand::undo()
{
    apply(m_from);
}

void SetMeasureStatusCommand::apply(core::MeasureStatus status)
{
    const auto outcome = m_editor.write(
        EntityKind::SecurityMeasure, m_id,
        [this, status](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            auto measure = storage::SecurityMeasureRepository::find(db, m_id);
            if (!measure) {
                throw storage::MissingRecordError(EntityKind::SecurityMeasure, m_id);
            }
            measure->status = status;
            storage::SecurityMeasureRepository::update(db, audit, *measure);
        });
    setObsolete(outcome == RegisterEditor::Outcome::Refused);
}

} // namespace pr::gui
