#pragma once

#include "core/domain/EnumTable.h"

#include <QComboBox>

#include <optional>

// Combo boxes of the domain's closed value sets: each item shows enumLabel() and carries the
// stable code, so that the form reads back exactly the value it was given.

namespace pr::gui {

// Fills COMBO with every value of E in table order; first an item NONE when it is not empty
// (for optional values).
template <core::CodedEnum E>
void fillEnumCombo(QComboBox* combo, const QString& none = {})
{
    combo->clear();
    if (!none.isEmpty()) {
        combo->addItem(none, QString());
    }
    for (const E value : core::enumValues<E>()) {
        combo->addItem(core::enumLabel(value), core::enumCode(value));
    }
}

template <core::CodedEnum E>
std::optional<E> enumOf(const QComboBox* combo)
{
    return core::enumFromCode<E>(combo->currentData().toString());
}

template <core::CodedEnum E>
void setEnum(QComboBox* combo, std::optional<E> value)
{
    const int index = combo->findData(value ? core::enumCode(*value) : QString());
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace pr::gui
