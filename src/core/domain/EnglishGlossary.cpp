#include "core/domain/EnglishGlossary.h"

#include "core/catalogue/CatalogueEnglish.h"
#include "core/catalogue/ShippedCatalogues.h"
#include "core/domain/RegisterTexts.h"

namespace pr::core {

EnglishGlossary::EnglishGlossary(const QList<EnglishText>& recorded,
                                 const QList<EnglishText>& fromCatalogues)
{
    // The user's own version wins over the catalogue's: added first, never replaced.
    for (const EnglishText& text : recorded) {
        add(text.dutch, text.english, EnglishSource::Recorded);
    }
    for (const EnglishText& text : fromCatalogues) {
        add(text.dutch, text.english, EnglishSource::Catalogue);
    }
}

QString EnglishGlossary::matchKey(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

EnglishGlossary EnglishGlossary::withShippedCatalogues(const QList<EnglishText>& recorded)
{
    const CatalogueSet* catalogues = shippedCatalogues();
    return EnglishGlossary(recorded,
                           catalogues ? catalogueEnglish(*catalogues) : QList<EnglishText>());
}

void EnglishGlossary::add(const QString& dutch, const QString& english, EnglishSource source)
{
    const QString key = matchKey(dutch);
    if (key.isEmpty() || english.trimmed().isEmpty() || m_entries.contains(key)) {
        return;
    }
    m_entries.insert(key, Entry{english.trimmed(), source});
}

std::optional<QString> EnglishGlossary::find(const QString& dutch) const
{
    const auto found = m_entries.constFind(matchKey(dutch));
    if (found == m_entries.cend()) {
        return std::nullopt;
    }
    return found->english;
}

EnglishSource EnglishGlossary::sourceOf(const QString& dutch) const
{
    const auto found = m_entries.constFind(matchKey(dutch));
    return found == m_entries.cend() ? EnglishSource::None : found->source;
}

namespace {

template <typename Record>
Record translated(Record record, const EnglishGlossary& glossary)
{
    visitTexts(record, [&glossary](QString& text) {
        if (const std::optional<QString> english = glossary.find(text)) {
            text = *english;
        }
    });
    return record;
}

} // namespace

ProcessingActivity EnglishGlossary::inEnglish(ProcessingActivity activity) const
{
    return translated(std::move(activity), *this);
}

SecurityMeasure EnglishGlossary::inEnglish(SecurityMeasure measure) const
{
    return translated(std::move(measure), *this);
}

SubProcessor EnglishGlossary::inEnglish(SubProcessor subProcessor) const
{
    return translated(std::move(subProcessor), *this);
}

} // namespace pr::core
