#include "gui/editing/EnglishTextsEditing.h"

#include "gui/editing/EnglishTextsDialog.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/SaveRecordCommand.h"
#include "storage/repositories/OrganisationRepository.h"
#include "usecases/english/EnglishTexts.h"
#include "usecases/records/OrganisationVersion.h"

#include <QAction>
#include <QUndoStack>

namespace pr::gui {

EnglishTextsEditing::EnglishTextsEditing(RegisterEditor& editor, QUndoStack& undo, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_window(window)
    , m_action(new QAction(tr("E&nglish texts…"), this))
{
    m_action->setObjectName(QStringLiteral("englishTextsAction"));
    m_action->setStatusTip(tr("The English versions of the register's texts, for the English "
                              "DPA."));
    m_action->setEnabled(!m_editor.isReadOnly());
    connect(m_action, &QAction::triggered, this, [this] { start(); });
}

EnglishTextsDialog* EnglishTextsEditing::start()
{
    auto* dialog =
        new EnglishTextsDialog(usecases::EnglishTexts::rows(m_editor.context()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { record(*dialog); });
    dialog->open();
    return dialog;
}

void EnglishTextsEditing::record(const EnglishTextsDialog& dialog)
{
    const QList<core::EnglishText> changes = dialog.changes();
    if (changes.isEmpty()) {
        return; // nothing changed: no step to undo, no write
    }
    const core::Organisation before =
        storage::OrganisationRepository::find(m_editor.context().database())
            .value_or(core::Organisation{});
    m_undo.push(new SaveRecordCommand(m_editor,
                                      std::make_unique<usecases::OrganisationVersion>(before),
                                      std::make_unique<usecases::OrganisationVersion>(
                                          usecases::EnglishTexts::withEnglish(before, changes))));
}

} // namespace pr::gui
