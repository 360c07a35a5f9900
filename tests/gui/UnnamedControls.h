#pragma once

// The accessibility check of the GUI tests, in one place so that every window, page and dialog
// is held to the same rule: a control a keyboard or screen-reader user can reach has a name
// that assistive technology reads (its accessible name, its text, or the label whose buddy it
// is; Qt derives the accessible name from all three).

#include <QAccessible>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace pr::test {

// The visible controls under ROOT that take focus and have no accessible name, as "class
// objectName" for the failure message.
inline QStringList unnamedControls(QWidget& root)
{
    QStringList unnamed;
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name =
            accessible != nullptr ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) {
            unnamed << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        }
    }
    return unnamed;
}

} // namespace pr::test
