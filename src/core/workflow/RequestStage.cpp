#include "core/workflow/RequestStage.h"

namespace pr::core {

RequestStage stageOf(const DataSubjectRequest& request)
{
    switch (request.status) {
    case RequestStatus::Received:
        return request.identityVerifiedDate.isValid() ? RequestStage::IdentityVerified
                                                      : RequestStage::Received;
    case RequestStatus::AwaitingIdentity:
        // A verified date beside this status only comes from an import or an older editor;
        // the date is the stronger evidence.
        return request.identityVerifiedDate.isValid() ? RequestStage::IdentityVerified
                                                      : RequestStage::IdentityRequested;
    case RequestStatus::InProgress:
        return RequestStage::InProgress;
    case RequestStatus::Answered:
        return RequestStage::Answered;
    case RequestStatus::Refused:
        return RequestStage::Refused;
    case RequestStatus::Withdrawn:
        return RequestStage::Withdrawn;
    }
    return RequestStage::Received;
}

RequestStatus statusOf(RequestStage stage)
{
    switch (stage) {
    case RequestStage::Received:
    case RequestStage::IdentityVerified:
        return RequestStatus::Received;
    case RequestStage::IdentityRequested:
        return RequestStatus::AwaitingIdentity;
    case RequestStage::InProgress:
        return RequestStatus::InProgress;
    case RequestStage::Answered:
        return RequestStatus::Answered;
    case RequestStage::Refused:
        return RequestStatus::Refused;
    case RequestStage::Withdrawn:
        return RequestStatus::Withdrawn;
    }
    return RequestStatus::Received;
}

} // namespace pr::core
