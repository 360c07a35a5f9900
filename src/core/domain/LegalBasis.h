#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The lawful basis of a processing: AVG art. 6(1) a–f. The code is the letter of the Regulation.
enum class LegalBasis {
    Consent,             // a: the person gave consent
    Contract,            // b: needed for a contract with the person
    LegalObligation,     // c: a legal obligation of the controller
    VitalInterests,      // d: someone's vital interests
    PublicTask,          // e: a task in the public interest or official authority
    LegitimateInterests, // f: the controller's legitimate interests, which must be spelled out
};

template <>
struct EnumTable<LegalBasis> {
    static constexpr std::array entries{
        EnumEntry<LegalBasis>{LegalBasis::Consent, u"a", QT_TRANSLATE_NOOP("Domain", "Consent")},
        EnumEntry<LegalBasis>{LegalBasis::Contract, u"b",
                              QT_TRANSLATE_NOOP("Domain", "Performance of a contract")},
        EnumEntry<LegalBasis>{LegalBasis::LegalObligation, u"c",
                              QT_TRANSLATE_NOOP("Domain", "Legal obligation")},
        EnumEntry<LegalBasis>{LegalBasis::VitalInterests, u"d",
                              QT_TRANSLATE_NOOP("Domain", "Vital interests")},
        EnumEntry<LegalBasis>{LegalBasis::PublicTask, u"e",
                              QT_TRANSLATE_NOOP("Domain", "Public task")},
        EnumEntry<LegalBasis>{LegalBasis::LegitimateInterests, u"f",
                              QT_TRANSLATE_NOOP("Domain", "Legitimate interests")},
    };
};

} // namespace pr::core
