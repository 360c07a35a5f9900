#include "gui/documents/VariableTree.h"

#include "report/template/TrustedHtml.h"

#include <QTreeWidget>

namespace pr::gui {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2;
constexpr int kMaxExampleLength = 80;

QString example(const QVariant& value)
{
    QString text = value.metaType() == QMetaType::fromType<report::TrustedHtml>()
                       ? VariableTree::tr("(formatted by the program)")
                       : value.toString();
    text.replace(u'\n', u' ');
    if (text.size() > kMaxExampleLength) {
        text = text.left(kMaxExampleLength - 1) + u'…';
    }
    return text;
}

} // namespace

void VariableTree::fill(QTreeWidget& tree, const QVariantMap& model)
{
    tree.clear();
    addChildren(nullptr, &tree, model, {});
}

void VariableTree::addChildren(QTreeWidgetItem* parent, QTreeWidget* tree, const QVariantMap& map,
                               const QString& prefix)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString path = prefix + it.key();
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, it.key());
        item->setData(0, kPathRole, path);
        const QVariant& value = it.value();
        if (value.metaType() == QMetaType::fromType<QVariantMap>()) {
            item->setText(1, tr("(group)"));
            item->setData(0, kGroupRole, true);
            addChildren(item, tree, value.toMap(), path + u'.');
        } else if (value.metaType() == QMetaType::fromType<QVariantList>()) {
            const QVariantList list = value.toList();
            const int count = static_cast<int>(list.size());
            item->setText(1, tr("(list of %n item(s))", nullptr, count));
            item->setData(0, kSectionRole, true);
            // The fields of an item, named as inside {{#list}}…{{/list}}.
            if (!list.isEmpty() &&
                list.constFirst().metaType() == QMetaType::fromType<QVariantMap>()) {
                addChildren(item, tree, list.constFirst().toMap(), {});
            }
        } else if (value.metaType() == QMetaType::fromType<QStringList>()) {
            // A list of texts: {{#name}}{{.}}{{/name}}, each text is the item itself.
            const QStringList texts = value.toStringList();
            item->setText(1, example(QVariant(texts.join(QStringLiteral("; ")))));
            item->setData(0, kSectionRole, true);
        } else if (value.metaType() == QMetaType::fromType<bool>()) {
            item->setText(1, value.toBool() ? tr("yes") : tr("no"));
            item->setData(0, kSectionRole, true);
        } else {
            item->setText(1, example(value));
        }
        if (!item->data(0, kGroupRole).toBool()) {
            item->setToolTip(0, tr("Double-click to insert %1").arg(insertion(*item)));
        }
    }
}

QString VariableTree::insertion(const QTreeWidgetItem& item, const QString& selected)
{
    const QString path = item.data(0, kPathRole).toString();
    if (item.data(0, kGroupRole).toBool()) {
        return {}; // a group is opened, not inserted: its fields are what a template uses
    }
    if (item.data(0, kSectionRole).toBool()) {
        return QStringLiteral("{{#%1}}%2{{/%1}}").arg(path, selected);
    }
    return QStringLiteral("{{%1}}").arg(path);
}

} // namespace pr::gui
