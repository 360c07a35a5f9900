#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <type_traits>

// Every closed value set of the register (legal bases, rights, signing states, ...) is an enum
// class with one table next to it that gives each value a stable code and a label.
//
// - The code is what storage and the JSON interchange keep. It is lower-case ASCII, never
//   translated, and never changed or reused once shipped: renaming one breaks every register
//   file and export that holds it.
// - The label is what people read. Its source text is English, like every UI string, and it
//   is translated in the "Domain" context (Dutch in resources/translations/); the tables mark it
//   with QT_TRANSLATE_NOOP so that lupdate finds it.
//
// One table instead of three switch statements per enum keeps code, label and value from
// drifting apart, and lets one templated test check every enum.

namespace pr::core {

template <typename E>
struct EnumEntry {
    E value;
    const char16_t* code; // stable storage code
    const char* label;    // English source text, "Domain" context
};

// Specialised next to each enum with: static constexpr std::array entries{EnumEntry<E>{...}};
template <typename E>
struct EnumTable;

template <typename E>
concept CodedEnum = std::is_enum_v<E> && requires
{
    EnumTable<E>::entries;
};

// The stable code of VALUE; empty for a value outside the table (a cast integer).
template <CodedEnum E>
QString enumCode(E value)
{
    for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
        if (entry.value == value) {
            return QStringView(entry.code).toString();
        }
    }
    return {};
}

// The value whose code is exactly CODE (case-sensitive: codes are stored, not typed).
template <CodedEnum E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
        if (QStringView(entry.code) == code) {
            return entry.value;
        }
    }
    return std::nullopt;
}

// The label of VALUE in the user's language; empty for a value outside the table.
template <CodedEnum E>
QString enumLabel(E value)
{
    for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
        if (entry.value == value) {
            return QCoreApplication::translate("Domain", entry.label);
        }
    }
    return {};
}

// Every value in table order, which is the order pick lists show them in.
template <CodedEnum E>
QList<E> enumValues()
{
    QList<E> values;
    values.reserve(static_cast<qsizetype>(EnumTable<E>::entries.size()));
    for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
        values.append(entry.value);
    }
    return values;
}

} // namespace pr::core
