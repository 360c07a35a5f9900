#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Where a data-subject request stands in its handling: received, identity check
// requested, identity verified, in progress, and one of the three ends.
//
// The stored RequestStatus has no value of its own for "identity verified" or "closed", and the
// schema's CHECK on data_subject_request.status admits no new ones, so a stage is read from the
// status and the dates instead:
// - identity verified = status Received with an identity-verified date: verified, not yet
//   taken up;
// - closed = Answered, Refused or Withdrawn: these statuses end a request (isClosed()), and
//   the answer date is the date it was closed on. There is no separate "closed" step.
enum class RequestStage {
    Received,          // registered, not yet taken up
    IdentityRequested, // proof of identity asked for, not yet given
    IdentityVerified,  // identity established; the ID copy, if any, is destroyed
    InProgress,        // being worked on
    Answered,          // closed: answered (the right granted, fully or partly)
    Refused,           // closed: refused, with the reason and the art. 12(4) information
    Withdrawn,         // closed: the person withdrew the request
};

RequestStage stageOf(const DataSubjectRequest& request);
// The status a request at STAGE is stored with.
RequestStatus statusOf(RequestStage stage);
constexpr bool isClosed(RequestStage stage)
{
    return stage == RequestStage::Answered || stage == RequestStage::Refused ||
           stage == RequestStage::Withdrawn;
}

template <>
struct EnumTable<RequestStage> {
    static constexpr std::array entries{
        EnumEntry<RequestStage>{RequestStage::Received, u"received",
                                QT_TRANSLATE_NOOP("Domain", "Received")},
        EnumEntry<RequestStage>{RequestStage::IdentityRequested, u"identity-requested",
                                QT_TRANSLATE_NOOP("Domain", "Identity check requested")},
        EnumEntry<RequestStage>{RequestStage::IdentityVerified, u"identity-verified",
                                QT_TRANSLATE_NOOP("Domain", "Identity verified")},
        EnumEntry<RequestStage>{RequestStage::InProgress, u"in-progress",
                                QT_TRANSLATE_NOOP("Domain", "In progress")},
        EnumEntry<RequestStage>{RequestStage::Answered, u"answered",
                                QT_TRANSLATE_NOOP("Domain", "Answered")},
        EnumEntry<RequestStage>{RequestStage::Refused, u"refused",
                                QT_TRANSLATE_NOOP("Domain", "Refused")},
        EnumEntry<RequestStage>{RequestStage::Withdrawn, u"withdrawn",
                                QT_TRANSLATE_NOOP("Domain", "Withdrawn")},
    };
};

} // namespace pr::core
