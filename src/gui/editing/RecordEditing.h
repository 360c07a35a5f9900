#pragma once

#include "core/domain/EntityKind.h"
#include "core/domain/SubProcessor.h"

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class EditorDialog;
class RegisterEditor;
class SectionPages;

// Adding and editing records in their editors (src/gui/editors): Edit > New… (Ctrl+N) adds a
// record to the list in view; Edit > Edit… (F2), Enter or a double click on a row, and the
// "Edit…" button in the details open the selected one. Saving pushes a SaveRecordCommand,
// so that each save is one undoable write; afterwards the list selects the record. The
// organisation profile is edited the same way from its page (Edit…, F2), never added.
class RecordEditing : public QObject {
    Q_OBJECT

public:
    RecordEditing(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                  const core::Clock& clock, QWidget* window);

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }

    // Opens the editor of a new record of KIND, or of record ID; nullptr when there is none
    // (a kind without an editor, a read-only register, an unknown record).
    EditorDialog* openEditor(core::EntityKind kind, qint64 id);
    // The kind Ctrl+N adds now; nothing where no list with an editor is in view.
    std::optional<core::EntityKind> kindToAdd() const;
    // The editor dialog that is open, or nullptr.
    EditorDialog* openDialog() const;

    void addNew();
    void editSelected();
    void updateActions();

Q_SIGNALS:
    // A sub-processor was saved as ID; BEFORE is what it was (nullopt: it is new), so that
    // the clients its change touches can be told (SubProcessorNoticeActions).
    void subProcessorSaved(const std::optional<core::SubProcessor>& before, qint64 id);

private:
    void save(EditorDialog* dialog);
    // The Organisation page is in view and may be edited: F2 opens its editor.
    bool isOrganisationInView() const;

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    SectionPages& m_pages;
    const core::Clock& m_clock;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_edit;
    QPointer<EditorDialog> m_dialog;
};

} // namespace pr::gui
