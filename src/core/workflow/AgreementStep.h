#pragma once

#include "core/domain/EnumTable.h"
#include "core/domain/Signatory.h"

#include <QByteArray>

#include <array>

namespace pr::core {

// One dated step in the life of a data processing agreement (AgreementWorkflow).
enum class AgreementStep {
    Send,        // sent to the client                 -> sent (or stays signed by us)
    SignByFirm,  // signed for the firm                 -> signed by us
    Countersign, // signed by the client too            -> signed by both parties
    Terminate,   // ended                               -> terminated
};

// What a step needs besides its date. Fields a step does not use are ignored.
struct AgreementStepDetails {
    // SignByFirm: who signed for the firm; Countersign: for the client. The date is the
    // step's. An empty name, function or place keeps what the agreement already says (the
    // editor fills in the parties' representatives).
    Signatory signatory;
    // Countersign: the document the client signed (a PDF, however they signed it, or the scan
    // of a paper copy); empty when none is attached.
    QByteArray signedPdf;
    // Countersign: the client signed a printed copy.
    bool onPaper = false;
};

// The codes are what `agreement-step` takes.
template <>
struct EnumTable<AgreementStep> {
    static constexpr std::array entries{
        EnumEntry<AgreementStep>{AgreementStep::Send, u"send",
                                 QT_TRANSLATE_NOOP("Domain", "Mark as sent")},
        EnumEntry<AgreementStep>{AgreementStep::SignByFirm, u"sign",
                                 QT_TRANSLATE_NOOP("Domain", "Sign for the firm")},
        EnumEntry<AgreementStep>{AgreementStep::Countersign, u"countersign",
                                 QT_TRANSLATE_NOOP("Domain", "Record the client's signature")},
        EnumEntry<AgreementStep>{AgreementStep::Terminate, u"terminate",
                                 QT_TRANSLATE_NOOP("Domain", "Terminate")},
    };
};

} // namespace pr::core
