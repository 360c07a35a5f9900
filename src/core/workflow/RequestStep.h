#pragma once

#include "core/domain/EnumTable.h"
#include "core/domain/RefusalGround.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace pr::core {

// One dated step in the handling of a data-subject request (RequestWorkflow). Most move the
// request to another stage; Extend and InformClient are recorded beside the stage.
enum class RequestStep {
    RequestIdentity, // ask for proof of identity              -> identity check requested
    VerifyIdentity,  // identity established (copy destroyed)  -> identity verified
    Start,           // take the request up                    -> in progress
    Extend,          // extend by two months (art. 12(3))         (recorded, stage unchanged)
    InformClient,    // as processor: tell the client (art. 28(3)(e)) (recorded, stage unchanged)
    Answer,          //                                        -> answered (closed)
    Refuse,          // with reason and art. 12(4) information -> refused (closed)
    Withdraw,        // the person withdrew it                 -> withdrawn (closed)
};

// What a step needs besides its date. Fields a transition does not use are ignored.
struct RequestStepDetails {
    // Extend: why more time is needed. Refuse: why the request is refused. Required for both.
    QString reason;
    // Answer: what was done. Refuse: the information about complaint to the AP and judicial
    // remedy that the person was given (art. 12(4)); a standard sentence when empty.
    // Withdraw: a note. Empty keeps what the request already says.
    QString outcome;
    // VerifyIdentity: when the copy of the ID document was destroyed; null when no copy was
    // received. Only this date is kept, never the copy.
    QDate idCopyDestroyed;
    // RequestIdentity: why the identity is in reasonable doubt (art. 12(6) allows asking only
    // then; required), and what the person is asked to provide (empty: agreed with them).
    QString identityDoubt;
    QString identityProofAsked;
    // Refuse: the legal ground relied on; required, and it must fit the right invoked.
    std::optional<RefusalGround> refusalGround;
};

// The codes are what `request-step --to` takes: the stage a step leads to, or the fact it
// records.
template <>
struct EnumTable<RequestStep> {
    static constexpr std::array entries{
        EnumEntry<RequestStep>{RequestStep::RequestIdentity, u"identity-requested",
                               QT_TRANSLATE_NOOP("Domain", "Identity check requested")},
        EnumEntry<RequestStep>{RequestStep::VerifyIdentity, u"identity-verified",
                               QT_TRANSLATE_NOOP("Domain", "Identity verified")},
        EnumEntry<RequestStep>{RequestStep::Start, u"in-progress",
                               QT_TRANSLATE_NOOP("Domain", "In progress")},
        EnumEntry<RequestStep>{RequestStep::Extend, u"extended",
                               QT_TRANSLATE_NOOP("Domain", "Extended")},
        EnumEntry<RequestStep>{RequestStep::InformClient, u"client-informed",
                               QT_TRANSLATE_NOOP("Domain", "Client informed")},
        EnumEntry<RequestStep>{RequestStep::Answer, u"answered",
                               QT_TRANSLATE_NOOP("Domain", "Answered")},
        EnumEntry<RequestStep>{RequestStep::Refuse, u"refused",
                               QT_TRANSLATE_NOOP("Domain", "Refused")},
        EnumEntry<RequestStep>{RequestStep::Withdraw, u"withdrawn",
                               QT_TRANSLATE_NOOP("Domain", "Withdrawn")},
    };
};

} // namespace pr::core
