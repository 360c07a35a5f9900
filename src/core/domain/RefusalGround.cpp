#include "core/domain/RefusalGround.h"

namespace pr::core {

bool refusalGroundFits(RefusalGround ground, DataSubjectRight right)
{
    switch (ground) {
    case RefusalGround::ManifestlyUnfounded:
    case RefusalGround::IdentityNotEstablished:
    case RefusalGround::StatutoryRestriction:
        return true;
    case RefusalGround::ConditionsNotMet:
        return right != DataSubjectRight::ConsentWithdrawal;
    case RefusalGround::RightsOfOthers:
        return right == DataSubjectRight::Access || right == DataSubjectRight::Portability;
    case RefusalGround::FreedomOfExpression:
    case RefusalGround::LegalObligation:
    case RefusalGround::PublicHealth:
    case RefusalGround::ArchivingResearch:
    case RefusalGround::LegalClaims:
        return right == DataSubjectRight::Erasure;
    case RefusalGround::CompellingGrounds:
        return right == DataSubjectRight::Objection;
    }
    return false;
}

} // namespace pr::core
