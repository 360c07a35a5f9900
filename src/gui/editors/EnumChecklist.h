#pragma once

#include "core/domain/EnumTable.h"

#include <QList>
#include <QListWidget>

// A set of a domain enum's values as a list of check boxes (an activity's privacy statements,
// its further legal bases): one item per value in table order, showing enumLabel() and
// carrying the stable code. Changes come as QListWidget::itemChanged.

namespace pr::gui {

template <core::CodedEnum E>
void fillEnumChecklist(QListWidget* list)
{
    const QSignalBlocker blocker(list);
    list->clear();
    for (const E value : core::enumValues<E>()) {
        auto* item = new QListWidgetItem(core::enumLabel(value), list);
        item->setData(Qt::UserRole, core::enumCode(value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // As high as its items, so that a short set needs no scrolling.
    list->setFixedHeight(list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth() + 4);
}

// The ticked values, in table order.
template <core::CodedEnum E>
QList<E> checkedEnums(const QListWidget* list)
{
    QList<E> values;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->checkState() == Qt::Checked) {
            if (const auto value = core::enumFromCode<E>(item->data(Qt::UserRole).toString())) {
                values << *value;
            }
        }
    }
    return values;
}

template <core::CodedEnum E>
void setCheckedEnums(QListWidget* list, const QList<E>& values)
{
    const QSignalBlocker blocker(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        const auto value = core::enumFromCode<E>(item->data(Qt::UserRole).toString());
        item->setCheckState(value && values.contains(*value) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace pr::gui
