#include "gui/documents/TemplateEditor.h"

#include "gui/documents/VariableTree.h"
#include "report/template/TemplateError.h"
#include "ui_TemplateEditor.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QTextBlock>
#include <QTreeWidget>

namespace pr::gui {

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TemplateEditor>())
{
    m_ui->setupUi(this);
    m_ui->textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->variableTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        if (!m_loading) {
            Q_EMIT edited();
        }
    });
    connect(m_ui->variableTree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { insertVariable(item); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &TemplateEditor::saveRequested);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &TemplateEditor::discardRequested);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &TemplateEditor::restoreRequested);
    updateState();
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::load(const QString& name, const QString& text, bool userCopy)
{
    m_name = name;
    m_loadedText = text;
    m_userCopy = userCopy;
    m_loading = true;
    m_ui->textEdit->setPlainText(text);
    m_loading = false;
    m_ui->originLabel->setText(userCopy ? tr("%1 — your own copy, used instead of the "
                                             "program's template")
                                              .arg(name)
                                        : tr("%1 — the program's template; saving makes it "
                                             "your own copy")
                                              .arg(name));
    clearError();
    updateState();
}

void TemplateEditor::setVariables(const QVariantMap& model)
{
    VariableTree::fill(*m_ui->variableTree, model);
}

QString TemplateEditor::text() const
{
    return m_ui->textEdit->toPlainText();
}

bool TemplateEditor::isModified() const
{
    return text() != m_loadedText;
}

void TemplateEditor::showError(const report::TemplateError& error)
{
    m_ui->errorLabel->setText(error.message());
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
    QList<QTextEdit::ExtraSelection> marks;
    // An error in a partial is somewhere else: its message names the file.
    if (error.location().templateName == m_name && error.line() > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(QColor(255, 220, 220));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(m_ui->textEdit->document()->findBlockByNumber(error.line() - 1));
        marks << mark;
    }
    m_ui->textEdit->setExtraSelections(marks);
}

void TemplateEditor::showProblem(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_ui->textEdit->setExtraSelections({});
}

void TemplateEditor::clearError()
{
    m_ui->errorLabel->setText(isModified() ? tr("The template is correct. The preview shows it; "
                                                "save it to keep it.")
                                           : tr("The template is correct."));
    m_ui->errorLabel->setStyleSheet({});
    m_ui->textEdit->setExtraSelections({});
}

void TemplateEditor::insertVariable(QTreeWidgetItem* item)
{
    QTextCursor cursor = m_ui->textEdit->textCursor();
    const QString insertion = VariableTree::insertion(*item, cursor.selectedText());
    if (insertion.isEmpty()) {
        item->setExpanded(!item->isExpanded());
        return;
    }
    cursor.insertText(insertion);
    m_ui->textEdit->setTextCursor(cursor);
    m_ui->textEdit->setFocus(Qt::OtherFocusReason);
}

void TemplateEditor::updateState()
{
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified);
    m_ui->discardButton->setEnabled(modified);
    m_ui->restoreButton->setEnabled(m_userCopy);
}

QPlainTextEdit* TemplateEditor::textEdit() const
{
    return m_ui->textEdit;
}

QTreeWidget* TemplateEditor::variableTree() const
{
    return m_ui->variableTree;
}

QLabel* TemplateEditor::errorLabel() const
{
    return m_ui->errorLabel;
}

QPushButton* TemplateEditor::saveButton() const
{
    return m_ui->saveButton;
}

QPushButton* TemplateEditor::discardButton() const
{
    return m_ui->discardButton;
}

QPushButton* TemplateEditor::restoreButton() const
{
    return m_ui->restoreButton;
}

} // namespace pr::gui
