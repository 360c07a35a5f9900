#pragma once

#include <QString>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class TemplateEditor;
}

namespace pr::report {
class TemplateError;
}

namespace pr::gui {

// The Documents page's template editor: the text of the template the chosen document uses
// (the user's own copy, else the program's), the variables it can use, and what is wrong with
// it. It neither renders nor writes: the page renders the draft (as a template override, so
// nothing is written while the user types), reports errors back with showError(), and saves
// or removes the user's copy when the buttons ask for it.
class TemplateEditor : public QWidget {
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget* parent = nullptr);
    ~TemplateEditor() override;

    // Shows TEXT, the template NAME ("verwerkersovereenkomst.html"); USERCOPY says whether
    // it is the user's own copy. Drops any draft.
    void load(const QString& name, const QString& text, bool userCopy);
    void setVariables(const QVariantMap& model);

    const QString& templateName() const { return m_name; }
    QString text() const;
    // The text differs from the template as loaded.
    bool isModified() const;
    bool isUserCopy() const { return m_userCopy; }

    // Marks the place of ERROR in the text (when it is in this template, not in a partial)
    // and says what is wrong; clearError() when the draft rendered.
    void showError(const report::TemplateError& error);
    // A problem that is not in the template (a client without agreement, …).
    void showProblem(const QString& message);
    void clearError();

    QPlainTextEdit* textEdit() const;
    QTreeWidget* variableTree() const;
    QLabel* errorLabel() const;
    QPushButton* saveButton() const;
    QPushButton* discardButton() const;
    QPushButton* restoreButton() const;

Q_SIGNALS:
    // The user changed the text (not load()).
    void edited();
    void saveRequested();
    void discardRequested();
    void restoreRequested();

private:
    void insertVariable(QTreeWidgetItem* item);
    void updateState();

    std::unique_ptr<Ui::TemplateEditor> m_ui;
    QString m_name;
    QString m_loadedText;
    bool m_userCopy = false;
    bool m_loading = false;
};

} // namespace pr::gui
