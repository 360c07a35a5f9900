#pragma once

#include "core/domain/EnumTable.h"

#include <QString>

#include <array>

namespace pr::core {

// The right a person invokes in a request (AVG art. 15–21 and 7(3)).
enum class DataSubjectRight {
    Access,            // art. 15: inzage
    Rectification,     // art. 16: rectificatie
    Erasure,           // art. 17: verwijdering
    Restriction,       // art. 18: beperking van de verwerking
    Portability,       // art. 20: overdraagbaarheid
    Objection,         // art. 21: bezwaar
    ConsentWithdrawal, // art. 7(3): intrekken van toestemming
};

template <>
struct EnumTable<DataSubjectRight> {
    static constexpr std::array entries{
        EnumEntry<DataSubjectRight>{DataSubjectRight::Access, u"access",
                                    QT_TRANSLATE_NOOP("Domain", "Access")},
        EnumEntry<DataSubjectRight>{DataSubjectRight::Rectification, u"rectification",
                                    QT_TRANSLATE_NOOP("Domain", "Rectification")},
        EnumEntry<DataSubjectRight>{DataSubjectRight::Erasure, u"erasure",
                                    QT_TRANSLATE_NOOP("Domain", "Erasure")},
        EnumEntry<DataSubjectRight>{DataSubjectRight::Restriction, u"restriction",
                                    QT_TRANSLATE_NOOP("Domain", "Restriction of processing")},
        EnumEntry<DataSubjectRight>{DataSubjectRight::Portability, u"portability",
                                    QT_TRANSLATE_NOOP("Domain", "Data portability")},
        EnumEntry<DataSubjectRight>{DataSubjectRight::Objection, u"objection",
                                    QT_TRANSLATE_NOOP("Domain", "Objection")},
        EnumEntry<DataSubjectRight>{DataSubjectRight::ConsentWithdrawal, u"consent-withdrawal",
                                    QT_TRANSLATE_NOOP("Domain", "Withdrawal of consent")},
    };
};

// The article of the AVG that grants RIGHT, as documents cite it: "15", "7(3)".
QString gdprArticle(DataSubjectRight right);

} // namespace pr::core
