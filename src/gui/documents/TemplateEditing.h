#pragma once

#include "report/DocumentRenderer.h"
#include "report/DocumentRequest.h"
#include "report/template/TemplateLibrary.h"

#include <QObject>

#include <functional>

class QWidget;

namespace pr::gui {

class TemplateEditor;

// What the template editor's buttons do to the templates on disk, and what it shows: the
// template the chosen document uses (the user's copy as it is, even broken, else the
// program's), the variables of its view model, saving the user's copy after checking it
// the way the preview uses it, and restoring the program's template after asking. The
// Documents page supplies the choice and a renderer and renders again on templateChanged().
class TemplateEditing : public QObject {
    Q_OBJECT

public:
    // The document chosen, without a template override.
    using ChoiceSource = std::function<report::DocumentRequest()>;
    using RendererSource = std::function<report::DocumentRenderer()>;

    // PARENT is also where the questions and messages appear.
    TemplateEditing(TemplateEditor& editor, report::TemplateLibrary library, ChoiceSource choice,
                    RendererSource renderer, QWidget* parent);

    // Shows the template of the chosen document in the editor, dropping any draft.
    void loadTemplate();
    // Fills the editor's variables from the chosen document's view model.
    void updateVariables();

Q_SIGNALS:
    // The template was saved, discarded or restored: the document is to be rendered again.
    void templateChanged();

private:
    report::DocumentRequest requestWithDraft() const;
    void save();
    void discard();
    void askRestoreDefault();
    void restoreDefault();
    void showMessage(const QString& title, const QString& text);

    TemplateEditor& m_editor;
    report::TemplateLibrary m_library;
    ChoiceSource m_choice;
    RendererSource m_renderer;
    QWidget* m_parent;
};

} // namespace pr::gui
