#pragma once

#include "core/domain/DataSubjectRight.h"
#include "core/domain/RefusalGround.h"
#include "core/domain/RequestChannel.h"
#include "core/domain/RequestExtension.h"
#include "core/domain/RequestStatus.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pr::core {

// A request of a person who exercises a right (art. 12, 15–22, 7(3)). It holds as little about
// the person as handling the request needs. An ID copy that was asked for is never stored: only
// the dates of the check and of destroying the copy are.
struct DataSubjectRequest {
    qint64 id = 0;                                     // 0 = not yet stored
    QString reference;                                 // the firm's own number, e.g. "2025-004"
    QString requesterName;                             // who made it
    QString requesterContact;                          // how to reach them (e-mail or address)
    DataSubjectRight right = DataSubjectRight::Access; // the right invoked
    QDate receivedDate;                                // receipt: the deadline runs from here
    RequestChannel channel = RequestChannel::Email;    // how it came in
    QDate identityRequestedDate; // proof of identity asked for; null = not asked
    QString identityDoubt;       // why the identity is in reasonable doubt (art. 12(6)); told
    QString identityProofAsked;  // what the person is asked to provide; empty = agreed with them
    QDate identityVerifiedDate;  // identity established; null = not (yet)
    QDate idCopyDestroyedDate;   // the ID copy destroyed; null = no copy
    qint64 clientId = 0;         // the client it concerns as processor; 0 = own
    QDate clientInformedDate;    // as processor: the client was told
    RequestStatus status = RequestStatus::Received; // where it stands
    std::optional<RequestExtension> extension;      // the deadline was extended
    QDate answeredDate;                             // answered or refused on
    QString outcome;                                // what was done
    QString refusalReason;                          // why it was refused; required when refused
    std::optional<RefusalGround> refusalGround;     // the legal ground the refusal relies on
    QString copyProvided;       // access: how the copy of art. 15(3) reaches the person
    QString recipientsInformed; // erasure: the recipients told of it (art. 19)
    // Notes for the file: what the firm keeps for itself. Never printed in a letter.
    QString notes;

    friend bool operator==(const DataSubjectRequest&, const DataSubjectRequest&) = default;
};

} // namespace pr::core
