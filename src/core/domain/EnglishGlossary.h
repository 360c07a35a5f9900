#pragma once

#include "core/domain/EnglishText.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"

#include <QHash>
#include <QList>

#include <optional>

namespace pr::core {

// Where the English of a register text comes from.
enum class EnglishSource {
    None,      // no English version: the Dutch text stands in the English document
    Recorded,  // the user recorded it (Organisation::englishTexts)
    Catalogue, // the text is a catalogue item picked unchanged, which has an English version
};

// The English of the register's texts, for the English documents: what the user recorded, and
// else, for a text that is a catalogue item picked unchanged, the catalogue's English version.
// Texts match when they are equal after trimming, ignoring case, so that "Inzien" and
// "inzien" are one text with one English version.
class EnglishGlossary {
public:
    EnglishGlossary() = default;
    // RECORDED wins over FROM_CATALOGUES (core::catalogueEnglish) for the same Dutch text.
    EnglishGlossary(const QList<EnglishText>& recorded, const QList<EnglishText>& fromCatalogues);
    // RECORDED (Organisation::englishTexts) with the catalogues the program ships
    // (core::shippedCatalogues()): what every English document of the register uses.
    static EnglishGlossary withShippedCatalogues(const QList<EnglishText>& recorded);

    // What two texts must share to be one text: equal after trimming, ignoring case.
    static QString matchKey(const QString& text);

    // The English of DUTCH; nullopt when there is none (and for an empty text).
    std::optional<QString> find(const QString& dutch) const;
    EnglishSource sourceOf(const QString& dutch) const;

    // RECORD with every text that has an English version replaced by it.
    ProcessingActivity inEnglish(ProcessingActivity activity) const;
    SecurityMeasure inEnglish(SecurityMeasure measure) const;
    SubProcessor inEnglish(SubProcessor subProcessor) const;

private:
    void add(const QString& dutch, const QString& english, EnglishSource source);

    struct Entry {
        QString english;
        EnglishSource source = EnglishSource::None;
    };
    QHash<QString, Entry> m_entries; // by matchKey() of the Dutch text
};

} // namespace pr::core
