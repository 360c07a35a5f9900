#include "gui/documents/TemplateEditing.h"

#include "gui/documents/TemplateEditor.h"
#include "report/template/TemplateError.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"

#include <QMessageBox>

#include <utility>

namespace pr::gui {

TemplateEditing::TemplateEditing(TemplateEditor& editor, report::TemplateLibrary library,
                                 ChoiceSource choice, RendererSource renderer, QWidget* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_library(std::move(library))
    , m_choice(std::move(choice))
    , m_renderer(std::move(renderer))
    , m_parent(parent)
{
    connect(&m_editor, &TemplateEditor::saveRequested, this, &TemplateEditing::save);
    connect(&m_editor, &TemplateEditor::discardRequested, this, &TemplateEditing::discard);
    connect(&m_editor, &TemplateEditor::restoreRequested, this,
            &TemplateEditing::askRestoreDefault);
}

void TemplateEditing::loadTemplate()
{
    const QString name = report::DocumentRenderer::templateName(m_choice());
    try {
        // The user's copy as it is on disk, even when it is broken: this is where it is
        // repaired.
        if (m_library.hasUserCopy(name)) {
            m_editor.load(
                name, QString::fromUtf8(storage::AtomicFile::read(m_library.userPath(name))), true);
        } else {
            m_editor.load(name, report::TemplateLibrary::builtInText(name), false);
        }
    } catch (const report::ReportError& error) {
        m_editor.load(name, {}, false);
        m_editor.showProblem(QString::fromUtf8(error.what()));
    } catch (const storage::RegisterError& error) {
        m_editor.load(name, {}, false);
        m_editor.showProblem(error.message());
    }
}

void TemplateEditing::updateVariables()
{
    try {
        m_editor.setVariables(m_renderer().viewModel(m_choice()));
    } catch (const std::exception&) {
        // No data, no variables; the page's status line says why.
        m_editor.setVariables({});
    }
}

report::DocumentRequest TemplateEditing::requestWithDraft() const
{
    report::DocumentRequest request = m_choice();
    request.templateOverride = report::TemplateOverride{m_editor.text(), m_editor.templateName()};
    return request;
}

void TemplateEditing::save()
{
    const QString name = m_editor.templateName();
    const QString text = m_editor.text();
    try {
        // Checked as the preview uses it (names against the view model too), not only its
        // syntax: a misspelt name would leave a hole in every document made from it.
        m_renderer().renderText(requestWithDraft());
    } catch (const report::TemplateError& error) {
        m_editor.showError(error);
        showMessage(tr("Template not saved"), error.message());
        return;
    } catch (const std::exception&) {
        // Not the template's fault (no client chosen, …); saveUserCopy checks its syntax.
    }
    try {
        m_library.saveUserCopy(name, text);
    } catch (const report::TemplateError& error) {
        m_editor.showError(error);
        showMessage(tr("Template not saved"), error.message());
        return;
    } catch (const report::ReportError& error) {
        showMessage(tr("Template not saved"), QString::fromUtf8(error.what()));
        return;
    } catch (const storage::RegisterError& error) {
        showMessage(tr("Template not saved"), error.message());
        return;
    }
    m_editor.load(name, text, true);
    Q_EMIT templateChanged();
}

void TemplateEditing::discard()
{
    loadTemplate();
    Q_EMIT templateChanged();
}

void TemplateEditing::askRestoreDefault()
{
    // Not exec(): the window stays responsive and tests can answer the question.
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Restore the default template"),
        tr("Delete your own copy of %1 and use the program's template again? Your changes to "
           "it are lost.")
            .arg(m_editor.templateName()),
        QMessageBox::Yes | QMessageBox::Cancel, m_parent);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes) {
            restoreDefault();
        }
    });
    box->open();
}

void TemplateEditing::restoreDefault()
{
    try {
        m_library.removeUserCopy(m_editor.templateName());
    } catch (const storage::RegisterError& error) {
        showMessage(tr("Not restored"), error.message());
        return;
    }
    loadTemplate();
    Q_EMIT templateChanged();
}

void TemplateEditing::showMessage(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    box->setTextFormat(Qt::PlainText); // messages can hold register content
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pr::gui
