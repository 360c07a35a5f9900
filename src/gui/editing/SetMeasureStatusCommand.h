#pragma once

#include "core/domain/MeasureStatus.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pr::gui {

class RegisterEditor;

// Marks a security measure as in place or as planned; undo sets the status it had. Only the
// status changes, so that undo never takes back anything else. Refused steps make it
// obsolete, as DeleteRecordCommand explains.
class SetMeasureStatusCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetMeasureStatusCommand)

public:
    SetMeasureStatusCommand(RegisterEditor& editor, qint64 measureId, const QString& title,
                            core::MeasureStatus from, core::MeasureStatus to);

    void redo() override;
    void undo() override;

private:
    void apply(core::MeasureStatus status);

    RegisterEditor& m_editor;
    qint64 m_id;
    core::MeasureStatus m_from;
    core::MeasureStatus m_to;
};

} // namespace pr::gui
