#pragma once

#include "core/domain/EnumTable.h"

#include <QFlags>

#include <array>

namespace pr::core {

// Kinds of personal data that need extra care and are flagged per processing activity. The
// first eight are the special categories of AVG art. 9(1), which may only be processed under
// an exception of art. 9(2); criminal data falls under art. 10; the rest are not special in
// the Regulation's sense but carry their own Dutch rules (the BSN and ID documents: UAVG art.
// 46; children: AVG art. 8 and UAVG art. 5) or a high risk when leaked (financial, location).
// Bit values so that a set of them is a QFlags.
enum class SpecialCategory : quint32 {
    Health = 1u << 0,            // art. 9
    Ethnicity = 1u << 1,         // art. 9: racial or ethnic origin
    PoliticalOpinions = 1u << 2, // art. 9
    Religion = 1u << 3,          // art. 9: religious or philosophical beliefs
    TradeUnion = 1u << 4,        // art. 9: trade-union membership
    Genetic = 1u << 5,           // art. 9
    Biometric = 1u << 6,         // art. 9: biometric data used to identify someone
    SexLife = 1u << 7,           // art. 9: sex life or sexual orientation
    Criminal = 1u << 8,          // art. 10: criminal convictions and offences
    Bsn = 1u << 9,               // burgerservicenummer
    IdDocument = 1u << 10,       // copies or numbers of passports, ID cards, driving licences
    Financial = 1u << 11,        // bank accounts, income, debts
    Location = 1u << 12,         // where someone is or has been
    Children = 1u << 13,         // data about children under 16
};

using SpecialCategories = QFlags<SpecialCategory>;
Q_DECLARE_OPERATORS_FOR_FLAGS(SpecialCategories)

// True for the eight categories of art. 9(1): each needs an art. 9(2) exception.
constexpr bool isArticle9(SpecialCategory category)
{
    return static_cast<quint32>(category) <= static_cast<quint32>(SpecialCategory::SexLife);
}

template <>
struct EnumTable<SpecialCategory> {
    static constexpr std::array entries{
        EnumEntry<SpecialCategory>{SpecialCategory::Health, u"health",
                                   QT_TRANSLATE_NOOP("Domain", "Health")},
        EnumEntry<SpecialCategory>{SpecialCategory::Ethnicity, u"ethnicity",
                                   QT_TRANSLATE_NOOP("Domain", "Racial or ethnic origin")},
        EnumEntry<SpecialCategory>{SpecialCategory::PoliticalOpinions, u"political-opinions",
                                   QT_TRANSLATE_NOOP("Domain", "Political opinions")},
        EnumEntry<SpecialCategory>{
            SpecialCategory::Religion, u"religion",
            QT_TRANSLATE_NOOP("Domain", "Religious or philosophical beliefs")},
        EnumEntry<SpecialCategory>{SpecialCategory::TradeUnion, u"trade-union",
                                   QT_TRANSLATE_NOOP("Domain", "Trade union membership")},
        EnumEntry<SpecialCategory>{SpecialCategory::Genetic, u"genetic",
                                   QT_TRANSLATE_NOOP("Domain", "Genetic data")},
        EnumEntry<SpecialCategory>{SpecialCategory::Biometric, u"biometric",
                                   QT_TRANSLATE_NOOP("Domain", "Biometric data")},
        EnumEntry<SpecialCategory>{SpecialCategory::SexLife, u"sex-life",
                                   QT_TRANSLATE_NOOP("Domain", "Sex life or sexual orientation")},
        EnumEntry<SpecialCategory>{
            SpecialCategory::Criminal, u"criminal",
            QT_TRANSLATE_NOOP("Domain", "Criminal convictions and offences")},
        EnumEntry<SpecialCategory>{SpecialCategory::Bsn, u"bsn",
                                   QT_TRANSLATE_NOOP("Domain", "Citizen service number (BSN)")},
        EnumEntry<SpecialCategory>{SpecialCategory::IdDocument, u"id-document",
                                   QT_TRANSLATE_NOOP("Domain", "Identity document")},
        EnumEntry<SpecialCategory>{SpecialCategory::Financial, u"financial",
                                   QT_TRANSLATE_NOOP("Domain", "Financial data")},
        EnumEntry<SpecialCategory>{SpecialCategory::Location, u"location",
                                   QT_TRANSLATE_NOOP("Domain", "Location data")},
        EnumEntry<SpecialCategory>{SpecialCategory::Children, u"children",
                                   QT_TRANSLATE_NOOP("Domain", "Children's data")},
    };
};

} // namespace pr::core
