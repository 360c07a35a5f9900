#include "gui/editors/FieldIssues.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace pr::gui {

namespace {

bool isInside(const QString& field, const QString& path)
{
    return field == path || (field.startsWith(path) &&
                             (field.at(path.size()) == u'[' || field.at(path.size()) == u'.'));
}

} // namespace

void FieldIssues::add(QFormLayout* form, QWidget* field, const QString& path, const QString& name)
{
    int row = -1;
    QFormLayout::ItemRole role{};
    form->getWidgetPosition(field, &row, &role);
    if (row < 0) {
        form->getLayoutPosition(field->parentWidget()->layout(), &row, &role);
    }
    auto* label = new QLabel(form->parentWidget());
    label->setObjectName(path + QStringLiteral("Issue"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Dark red on the usual light background, and the text itself says what is wrong.
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
    label->setAccessibleName(
        QCoreApplication::translate("FieldIssues", "Problem with %1").arg(name));
    label->setVisible(false);
    form->insertRow(row + 1, QString(), label);
    m_labels.insert(path, label);
}

QList<core::ValidationIssue> FieldIssues::show(const QList<core::ValidationIssue>& issues) const
{
    QMap<QString, QStringList> messages;
    QList<core::ValidationIssue> unplaced;
    for (const core::ValidationIssue& issue : issues) {
        // The longest path that holds the field: "retention.description" before "retention".
        QString best;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            if (isInside(issue.field, it.key()) && it.key().size() > best.size()) {
                best = it.key();
            }
        }
        if (best.isEmpty()) {
            unplaced << issue;
        } else if (!messages[best].contains(issue.message)) {
            messages[best] << issue.message;
        }
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList texts = messages.value(it.key());
        it.value()->setText(texts.join(u'\n'));
        it.value()->setVisible(!texts.isEmpty());
    }
    return unplaced;
}

} // namespace pr::gui
