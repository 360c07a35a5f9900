#include "report/model/LetterEligibility.h"

namespace pr::report {

namespace {

constexpr DocumentKind kLetters[] = {
    DocumentKind::AcknowledgementLetter, DocumentKind::IdentificationLetter,
    DocumentKind::ExtensionLetter,       DocumentKind::AccessLetter,
    DocumentKind::RefusalLetter,         DocumentKind::ErasureLetter,
};

} // namespace

QString LetterEligibility::problem(DocumentKind kind, const core::DataSubjectRequest& request)
{
    using core::DataSubjectRight;
    using core::RequestStatus;
    const QString reference =
        request.reference.isEmpty() ? QString::number(request.id) : request.reference;
    // As processor the firm helps the client answer (art. 28(3)(e)); the decision and the
    // letters that state it are the controller's, an extension of the term included.
    const bool decision =
        kind == DocumentKind::ExtensionLetter || kind == DocumentKind::AccessLetter ||
        kind == DocumentKind::RefusalLetter || kind == DocumentKind::ErasureLetter;
    if (decision && request.clientId != 0) {
        return tr("Request %1 concerns a client's data: the client, as controller, answers it "
                  "in its own name. Send the client what it needs instead.")
            .arg(reference);
    }
    switch (kind) {
    case DocumentKind::PrivacyStatement:
    case DocumentKind::Dpa:
    case DocumentKind::ProcessingRegister:
    case DocumentKind::SubProcessorNotice:
    case DocumentKind::BreachNotificationAp:
    case DocumentKind::BreachNotificationClient:
    case DocumentKind::BreachNotificationSubjects:
    case DocumentKind::BreachRegister:
        return {};
    case DocumentKind::AcknowledgementLetter:
        // As processor the firm acknowledges by saying when it forwarded the request to the
        // client, who decides: a fact, so it must be on record.
        if (request.clientId != 0 && !request.clientInformedDate.isValid()) {
            return tr("Request %1 concerns a client's data: the acknowledgement says when the "
                      "request was forwarded to the client. Record the step \"client informed\" "
                      "first.")
                .arg(reference);
        }
        return {};
    case DocumentKind::IdentificationLetter:
        if (!request.identityRequestedDate.isValid()) {
            return tr("Request %1 has no identity check on record: record the step \"identity "
                      "check requested\" first.")
                .arg(reference);
        }
        if (request.identityDoubt.trimmed().isEmpty()) {
            // Art. 12(6): proof may be asked only on reasonable doubt, which the letter states.
            return tr("Request %1 does not say why the identity is in doubt: the letter must "
                      "state the reasonable doubt (AVG art. 12(6)).")
                .arg(reference);
        }
        return {};
    case DocumentKind::ExtensionLetter:
        if (!request.extension) {
            return tr("Request %1 has not been extended: record the extension with its reason "
                      "first.")
                .arg(reference);
        }
        return {};
    case DocumentKind::AccessLetter:
        if (request.right != DataSubjectRight::Access) {
            return tr("Request %1 is not an access request; the answer to an access request "
                      "does not fit it.")
                .arg(reference);
        }
        if (request.identityRequestedDate.isValid() && !request.identityVerifiedDate.isValid()) {
            // Access for the wrong person would itself be a breach.
            return tr("Request %1 waits for proof of identity: record the step \"identity "
                      "verified\" before giving access.")
                .arg(reference);
        }
        if (request.status == RequestStatus::Refused ||
            request.status == RequestStatus::Withdrawn) {
            return tr("Request %1 was refused or withdrawn; there is no access to give.")
                .arg(reference);
        }
        return {};
    case DocumentKind::RefusalLetter:
        if (request.status != RequestStatus::Refused || request.refusalReason.trimmed().isEmpty()) {
            return tr("Request %1 has not been refused: record the refusal with its reason "
                      "first.")
                .arg(reference);
        }
        return {};
    case DocumentKind::ErasureLetter:
        if (request.right != DataSubjectRight::Erasure) {
            return tr("Request %1 is not a request for erasure; a confirmation of erasure does "
                      "not fit it.")
                .arg(reference);
        }
        if (request.status != RequestStatus::Answered || !request.answeredDate.isValid() ||
            request.outcome.trimmed().isEmpty()) {
            return tr("Request %1 has not been answered yet: record the step \"answered\" with "
                      "what was erased first.")
                .arg(reference);
        }
        return {};
    }
    return {};
}

QList<DocumentKind> LetterEligibility::lettersFor(const core::DataSubjectRequest& request)
{
    QList<DocumentKind> letters;
    for (const DocumentKind kind : kLetters) {
        if (fits(kind, request)) {
            letters.append(kind);
        }
    }
    return letters;
}

} // namespace pr::report
