#include "report/template/TemplateNameChecker.h"

#include <QJsonValue>
#include <QMetaType>

namespace pr::report {

namespace {

// JSON values inside a QVariant tree behave like the maps and lists they hold.
QVariant normalised(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
        return value.toJsonValue().toVariant();
    default:
        return value;
    }
}

bool isMap(const QVariant& value)
{
    return value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantHash;
}

bool isList(const QVariant& value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

} // namespace

TemplateNameChecker::TemplateNameChecker(const QHash<QString, ParsedTemplate>& partials,
                                         const QVariant& viewModel)
    : m_partials(partials)
{
    m_stack.append({normalised(viewModel), false});
}

QList<UnknownName> TemplateNameChecker::check(const ParsedTemplate& parsed)
{
    m_unknown.clear();
    walk(parsed);
    return m_unknown;
}

void TemplateNameChecker::walk(const ParsedTemplate& parsed)
{
    for (const TemplateTag& tag : parsed.tags) {
        QVariant value;
        switch (tag.kind) {
        case TemplateTag::Kind::Variable:
        case TemplateTag::Kind::SectionBegin:
        case TemplateTag::Kind::InvertedBegin: {
            const Lookup lookup = resolve(tag.name, &value);
            if (lookup == Lookup::Missing) {
                m_unknown.append(
                    {tag.name, TemplateLocation::at(parsed.name, parsed.text, tag.offset)});
            }
            if (tag.kind == TemplateTag::Kind::Variable) {
                break;
            }
            // kainjow pushes what a section iterates over; an inverted section only runs when
            // there is nothing, so it pushes nothing that has names.
            if (tag.kind == TemplateTag::Kind::SectionBegin && lookup == Lookup::Found) {
                m_stack.append(scopeFor(value));
            } else {
                m_stack.append({QVariant(), lookup == Lookup::Unknowable});
            }
            break;
        }
        case TemplateTag::Kind::SectionEnd:
            m_stack.removeLast();
            break;
        case TemplateTag::Kind::Partial: {
            const auto it = m_partials.constFind(tag.name);
            if (it != m_partials.cend()) {
                walk(*it);
            }
            break;
        }
        case TemplateTag::Kind::Comment:
            break;
        }
    }
}

TemplateNameChecker::Lookup TemplateNameChecker::resolve(const QString& name, QVariant* value) const
{
    if (name == u".") {
        *value = m_stack.constLast().value;
        return m_stack.constLast().unknown ? Lookup::Unknowable : Lookup::Found;
    }
    const QStringList segments = name.split(u'.');
    for (auto scope = m_stack.crbegin(); scope != m_stack.crend(); ++scope) {
        if (scope->unknown) {
            return Lookup::Unknowable;
        }
        QVariant current = scope->value;
        bool found = true;
        for (const QString& segment : segments) {
            if (!isMap(current) || !current.toMap().contains(segment)) {
                found = false;
                break;
            }
            current = normalised(current.toMap().value(segment));
        }
        if (found) {
            *value = current;
            return Lookup::Found;
        }
    }
    return Lookup::Missing;
}

TemplateNameChecker::Scope TemplateNameChecker::scopeFor(const QVariant& value)
{
    if (!isList(value)) {
        return {value, false};
    }
    const QVariantList items = value.toList();
    if (items.isEmpty()) {
        return {QVariant(), true};
    }
    // kainjow pushes each item in turn; a name is known if any item has it.
    QVariantMap merged;
    for (const QVariant& item : items) {
        const QVariant plain = normalised(item);
        if (!isMap(plain)) {
            return {plain, false};
        }
        merged.insert(plain.toMap());
    }
    return {merged, false};
}

} // namespace pr::report
