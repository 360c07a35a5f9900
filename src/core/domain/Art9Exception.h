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
                                 QT_TRANSLATE_NOOP("Domain", "Uitdrukkelijke toestemming")},
        EnumEntry<Art9Exception>{Art9Exception::EmploymentLaw, u"b",
                                 QT_TRANSLATE_NOOP("Domain", "Arbeidsrecht en sociale zekerheid")},
        EnumEntry<Art9Exception>{Art9Exception::VitalInterests, u"c",
                                 QT_TRANSLATE_NOOP("Domain", "Vitaal belang")},
        EnumEntry<Art9Exception>{Art9Exception::NotForProfitBody, u"d",
                                 QT_TRANSLATE_NOOP("Domain", "Instelling zonder winstoogmerk")},
        EnumEntry<Art9Exception>{
            Art9Exception::MadePublic, u"e",
            QT_TRANSLATE_NOOP("Domain", "Door de betrokkene openbaar gemaakt")},
        EnumEntry<Art9Exception>{Art9Exception::LegalClaims, u"f",
                                 QT_TRANSLATE_NOOP("Domain", "Rechtsvordering")},
        EnumEntry<Art9Exception>{Art9Exception::PublicInterest, u"g",
                                 QT_TRANSLATE_NOOP("Domain", "Zwaarwegend algemeen belang")},
        EnumEntry<Art9Exception>{Art9Exception::HealthCare, u"h",
                                 QT_TRANSLATE_NOOP("Domain", "Zorg en arbeidsgeneeskunde")},
        EnumEntry<Art9Exception>{Art9Exception::PublicHealth, u"i",
                                 QT_TRANSLATE_NOOP("Domain", "Volksgezondheid")},
        EnumEntry<Art9Exception>{Art9Exception::ArchivingResearch, u"j",
                                 QT_TRANSLATE_NOOP("Domain", "Archief, onderzoek of statistiek")},
    };
};

} // namespace pr::core
