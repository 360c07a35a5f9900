#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

class QTreeWidget;
class QTreeWidgetItem;

namespace pr::gui {

// The template editor's list of the fields a template can use: the view model of the chosen
// document (DocumentRenderer::viewModel) as a tree, with an example value from the register.
// Each item knows the tag that inserts it: {{firm.legalName}} for a value, a section
// {{#activities}}…{{/activities}} for a list or a yes/no field. Names inside a list are
// relative to its items, as Mustache reads them inside the section.
class VariableTree {
    Q_DECLARE_TR_FUNCTIONS(pr::gui::VariableTree)

public:
    static void fill(QTreeWidget& tree, const QVariantMap& model);
    // What inserting ITEM puts into the template; SELECTED is the text selected in the
    // editor, which a section encloses. Empty for a group (it only holds fields).
    static QString insertion(const QTreeWidgetItem& item, const QString& selected = {});

private:
    static void addChildren(QTreeWidgetItem* parent, QTreeWidget* tree, const QVariantMap& map,
                            const QString& prefix);
};

} // namespace pr::gui
