#include "gui/editing/RegisterEditor.h"

#include "storage/Register.h"
#include "usecases/RegisterWriter.h"

namespace pr::gui {

RegisterEditor::RegisterEditor(storage::Register& reg, const core::Clock& clock,
                               const core::AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_context(reg, clock, settings)
{}

bool RegisterEditor::isReadOnly() const
{
    return m_context.reg().isReadOnly();
}

const storage::Register& RegisterEditor::currentRegister() const
{
    return m_context.reg();
}

usecases::ChangeResult RegisterEditor::report(core::EntityKind kind,
                                              const usecases::ChangeResult& result)
{
    switch (result.status) {
    case usecases::ChangeResult::Status::Saved:
        Q_EMIT changed(kind, result.id);
        Q_EMIT saveStateChanged();
        break;
    case usecases::ChangeResult::Status::NotSaved:
        Q_EMIT changed(kind, result.id);
        Q_EMIT saveStateChanged();
        Q_EMIT saveFailed(result.message);
        break;
    case usecases::ChangeResult::Status::Refused:
        Q_EMIT refused(result.explanation());
        break;
    }
    return result;
}

bool RegisterEditor::save()
{
    const usecases::ChangeResult result = usecases::RegisterWriter::saveAgain(m_context);
    Q_EMIT saveStateChanged();
    if (result.status == usecases::ChangeResult::Status::NotSaved) {
        Q_EMIT saveFailed(result.message);
        return false;
    }
    return true;
}

} // namespace pr::gui
