#include "gui/editing/RecordEditing.h"

#include "core/time/Clock.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/SaveRecordCommand.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/EditorFactory.h"
#include "gui/editors/RecordEditor.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/Register.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/records/RecordVersion.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace pr::gui {

using core::EntityKind;

RecordEditing::RecordEditing(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                             const core::Clock& clock, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_pages(pages)
    , m_clock(clock)
    , m_window(window)
    , m_new(new QAction(tr("&New…"), window))
    , m_edit(new QAction(tr("&Edit…"), window))
{
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_new, &QAction::triggered, this, &RecordEditing::addNew);
    connect(m_edit, &QAction::triggered, this, &RecordEditing::editSelected);

    for (const EntityKind kind :
         {EntityKind::ProcessingActivity, EntityKind::SecurityMeasure, EntityKind::SubProcessor,
          EntityKind::Client, EntityKind::Agreement, EntityKind::DataSubjectRequest,
          EntityKind::Breach}) {
        RecordListPage* page = m_pages.listPage(kind);
        if (page == nullptr || !EditorFactory::hasEditor(kind)) {
            continue;
        }
        auto* button = new QPushButton(tr("Ed&it…"), page);
        button->setObjectName(QStringLiteral("editRecordButton"));
        button->setAccessibleName(tr("Edit"));
        button->setVisible(!m_editor.isReadOnly());
        page->detailPane()->actions()->insertWidget(0, button);
        connect(button, &QPushButton::clicked, this,
                [this, kind, page] { openEditor(kind, page->currentId()); });
        // Enter and a double click on a row.
        connect(page->table(), &QTableView::activated, this,
                [this, kind, page] { openEditor(kind, page->currentId()); });
    }
    // One organisation per register: it is edited, never added (Ctrl+N does nothing there).
    QPushButton* organisation = m_pages.organisationView()->editButton();
    organisation->setEnabled(!m_editor.isReadOnly());
    connect(organisation, &QPushButton::clicked, this,
            [this] { openEditor(EntityKind::Organisation, 0); });
    connect(&m_pages, &SectionPages::currentListChanged, this, &RecordEditing::updateActions);
    updateActions();
}

std::optional<EntityKind> RecordEditing::kindToAdd() const
{
    const RecordListPage* page = m_pages.currentListPage();
    if (page == nullptr || page == m_pages.auditPage() || m_editor.isReadOnly() ||
        !EditorFactory::hasEditor(page->section().kind)) {
        return std::nullopt;
    }
    return page->section().kind;
}

EditorDialog* RecordEditing::openDialog() const
{
    return m_dialog;
}

void RecordEditing::updateActions()
{
    const auto kind = kindToAdd();
    m_new->setEnabled(kind.has_value());
    m_edit->setEnabled(isOrganisationInView() ||
                       (kind.has_value() && m_pages.currentListPage()->currentId() != 0));
}

bool RecordEditing::isOrganisationInView() const
{
    return m_pages.current() == Section::Organisation && !m_editor.isReadOnly();
}

void RecordEditing::addNew()
{
    if (const auto kind = kindToAdd()) {
        openEditor(*kind, 0);
    }
}

void RecordEditing::editSelected()
{
    if (isOrganisationInView()) {
        openEditor(EntityKind::Organisation, 0);
        return;
    }
    if (const auto kind = kindToAdd(); kind && m_pages.currentListPage()->currentId() != 0) {
        openEditor(*kind, m_pages.currentListPage()->currentId());
    }
}

EditorDialog* RecordEditing::openEditor(EntityKind kind, qint64 id)
{
    if (m_editor.isReadOnly() || m_dialog != nullptr) {
        return m_dialog;
    }
    auto editor =
        EditorFactory::create(kind, id, m_editor.currentRegister().database(), m_clock.now());
    if (!editor) {
        return nullptr;
    }
    auto* dialog = new EditorDialog(editor.release(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog); });
    m_dialog = dialog;
    // Window-modal, not exec(): tests can drive the dialog, and the main window keeps
    // painting.
    dialog->open();
    return dialog;
}

void RecordEditing::save(EditorDialog* dialog)
{
    const RecordEditor* editor = dialog->editor();
    if (!editor->isModified() && !editor->isNew()) {
        return; // nothing changed: no step to undo, no write
    }
    const EntityKind kind = editor->kind();
    std::optional<core::SubProcessor> subProcessorBefore;
    if (kind == EntityKind::SubProcessor && !editor->isNew()) {
        subProcessorBefore = storage::SubProcessorRepository::find(m_editor.context().database(),
                                                                   editor->loadedVersion()->id());
    }
    auto* command =
        new SaveRecordCommand(m_editor, editor->loadedVersion(), editor->editedVersion());
    m_undo.push(command);
    // A refused command is deleted by push(): compare, do not touch it then.
    if (m_undo.index() > 0 && m_undo.command(m_undo.index() - 1) == command) {
        if (RecordListPage* page = m_pages.listPage(kind)) {
            page->selectRecord(command->recordId());
        }
        if (kind == EntityKind::SubProcessor) {
            Q_EMIT subProcessorSaved(subProcessorBefore, command->recordId());
        }
    }
}

} // namespace pr::gui
