#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Where a data-subject request stands. An extension is not a status of its own: it is recorded
// beside the status (DataSubjectRequest::extension) and stays on record once answered.
enum class RequestStatus {
    Received,         // registered, not yet taken up
    AwaitingIdentity, // waiting for the person to prove who they are
    InProgress,       // being worked on
    Answered,         // answered (the right granted, fully or partly)
    Refused,          // refused, with the reason recorded
    Withdrawn,        // the person withdrew the request
};

// True for the statuses that end a request; the deadline no longer runs.
constexpr bool isClosed(RequestStatus status)
{
    return status == RequestStatus::Answered || status == RequestStatus::Refused ||
           status == RequestStatus::Withdrawn;
}

template <>
struct EnumTable<RequestStatus> {
    static constexpr std::array entries{
        EnumEntry<RequestStatus>{RequestStatus::Received, u"received",
                                 QT_TRANSLATE_NOOP("Domain", "Received")},
        EnumEntry<RequestStatus>{RequestStatus::AwaitingIdentity, u"awaiting-identity",
                                 QT_TRANSLATE_NOOP("Domain", "Awaiting proof of identity")},
        EnumEntry<RequestStatus>{RequestStatus::InProgress, u"in-progress",
                                 QT_TRANSLATE_NOOP("Domain", "In progress")},
        EnumEntry<RequestStatus>{RequestStatus::Answered, u"answered",
                                 QT_TRANSLATE_NOOP("Domain", "Answered")},
        EnumEntry<RequestStatus>{RequestStatus::Refused, u"refused",
                                 QT_TRANSLATE_NOOP("Domain", "Refused")},
        EnumEntry<RequestStatus>{RequestStatus::Withdrawn, u"withdrawn",
                                 QT_TRANSLATE_NOOP("Domain", "Withdrawn")},
    };
};

} // namespace pr::core
