#pragma once

#include "core/domain/DataSubjectRight.h"
#include "core/domain/EnumTable.h"

#include <QString>

#include <array>

namespace pr::core {

// The legal ground on which a data-subject request is refused, as the refusal letter cites it
// beside the reasoning (art. 12(4) asks for the reasons). Each is a ground the AVG or the UAVG
// gives; which fit a request depends on the right invoked (refusalGroundFits).
enum class RefusalGround {
    ManifestlyUnfounded,    // art. 12(5)(b): manifestly unfounded or excessive
    IdentityNotEstablished, // art. 11(2), 12(2): the person could not be identified
    ConditionsNotMet,    // the conditions of the right itself are not met (16, 17(1), 18(1), 20(1))
    RightsOfOthers,      // art. 15(4), 20(4): adversely affects the rights and freedoms of others
    FreedomOfExpression, // art. 17(3)(a)
    LegalObligation,     // art. 17(3)(b): a legal obligation or a task in the public interest
    PublicHealth,        // art. 17(3)(c)
    ArchivingResearch,   // art. 17(3)(d): archiving, research or statistics
    LegalClaims,         // art. 17(3)(e): establishment, exercise or defence of legal claims
    CompellingGrounds,   // art. 21(1): compelling legitimate grounds that override
    StatutoryRestriction, // art. 23 AVG with art. 41 UAVG
};

template <>
struct EnumTable<RefusalGround> {
    static constexpr std::array entries{
        EnumEntry<RefusalGround>{
            RefusalGround::ManifestlyUnfounded, u"manifestly-unfounded",
            QT_TRANSLATE_NOOP("Domain", "Manifestly unfounded or excessive (art. 12(5))")},
        EnumEntry<RefusalGround>{
            RefusalGround::IdentityNotEstablished, u"identity-not-established",
            QT_TRANSLATE_NOOP("Domain", "Identity not established (art. 11(2), 12(2))")},
        EnumEntry<RefusalGround>{
            RefusalGround::ConditionsNotMet, u"conditions-not-met",
            QT_TRANSLATE_NOOP("Domain", "The conditions of the right are not met")},
        EnumEntry<RefusalGround>{
            RefusalGround::RightsOfOthers, u"rights-of-others",
            QT_TRANSLATE_NOOP("Domain", "Rights and freedoms of others (art. 15(4), 20(4))")},
        EnumEntry<RefusalGround>{
            RefusalGround::FreedomOfExpression, u"freedom-of-expression",
            QT_TRANSLATE_NOOP("Domain", "Freedom of expression and information (art. 17(3)(a))")},
        EnumEntry<RefusalGround>{
            RefusalGround::LegalObligation, u"legal-obligation",
            QT_TRANSLATE_NOOP("Domain", "Legal obligation or public task (art. 17(3)(b))")},
        EnumEntry<RefusalGround>{RefusalGround::PublicHealth, u"public-health",
                                 QT_TRANSLATE_NOOP("Domain", "Public health (art. 17(3)(c))")},
        EnumEntry<RefusalGround>{
            RefusalGround::ArchivingResearch, u"archiving-research",
            QT_TRANSLATE_NOOP("Domain", "Archiving, research or statistics (art. 17(3)(d))")},
        EnumEntry<RefusalGround>{RefusalGround::LegalClaims, u"legal-claims",
                                 QT_TRANSLATE_NOOP("Domain", "Legal claims (art. 17(3)(e))")},
        EnumEntry<RefusalGround>{
            RefusalGround::CompellingGrounds, u"compelling-grounds",
            QT_TRANSLATE_NOOP("Domain", "Compelling legitimate grounds (art. 21(1))")},
        EnumEntry<RefusalGround>{
            RefusalGround::StatutoryRestriction, u"statutory-restriction",
            QT_TRANSLATE_NOOP("Domain", "Restriction by law (art. 23 AVG, art. 41 UAVG)")},
    };
};

// Whether GROUND can be relied on to refuse a request that invokes RIGHT: art. 17(3) limits
// only erasure, art. 21(1) only objection, art. 15(4) access (and 20(4) portability); the
// others apply to every right. Withdrawal of consent cannot be refused on the conditions of
// the right: it may be withdrawn at any time (art. 7(3)).
bool refusalGroundFits(RefusalGround ground, DataSubjectRight right);

} // namespace pr::core
