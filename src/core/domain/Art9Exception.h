#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The exceptions of AVG art. 9(2) a–j under which a special category of art. 9(1) may be
// processed. The code is the letter of the Regulation.
enum class Art9Exception {
    ExplicitConsent,   // a
    EmploymentLaw,     // b: employment, social security and social protection law
    VitalInterests,    // c: the person cannot give consent
    NotForProfitBody,  // d: a foundation, association or other not-for-profit body
    MadePublic,        // e: made public by the person
    LegalClaims,       // f: legal claims or courts acting in their judicial capacity
    PublicInterest,    // g: substantial public interest on the basis of law
    HealthCare,        // h: preventive or occupational medicine, care and social services
    PublicHealth,      // i: public health
    ArchivingResearch, // j: archiving, scientific or historical research, statistics
};

template <>
struct EnumTable<Art9Exception> {
    static constexpr std::array entries{
        EnumEntry<Art9Exception>{Art9Exception::ExplicitConsent, u"a",
                                 QT_TRANSLATE_NOOP("Domain", "Explicit consent")},
        EnumEntry<Art9Exception>{Art9Exception::EmploymentLaw, u"b",
                                 QT_TRANSLATE_NOOP("Domain", "Employment and social security law")},
        EnumEntry<Art9Exception>{Art9Exception::VitalInterests, u"c",
                                 QT_TRANSLATE_NOOP("Domain", "Vital interests")},
        EnumEntry<Art9Exception>{Art9Exception::NotForProfitBody, u"d",
                                 QT_TRANSLATE_NOOP("Domain", "Not-for-profit body")},
        EnumEntry<Art9Exception>{Art9Exception::MadePublic, u"e",
                                 QT_TRANSLATE_NOOP("Domain", "Made public by the data subject")},
        EnumEntry<Art9Exception>{Art9Exception::LegalClaims, u"f",
                                 QT_TRANSLATE_NOOP("Domain", "Legal claims")},
        EnumEntry<Art9Exception>{Art9Exception::PublicInterest, u"g",
                                 QT_TRANSLATE_NOOP("Domain", "Substantial public interest")},
        EnumEntry<Art9Exception>{
            Art9Exception::HealthCare, u"h",
            QT_TRANSLATE_NOOP("Domain", "Health care and occupational medicine")},
        EnumEntry<Art9Exception>{Art9Exception::PublicHealth, u"i",
                                 QT_TRANSLATE_NOOP("Domain", "Public health")},
        EnumEntry<Art9Exception>{Art9Exception::ArchivingResearch, u"j",
                                 QT_TRANSLATE_NOOP("Domain", "Archiving, research or statistics")},
    };
};

} // namespace pr::core
