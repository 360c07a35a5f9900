#include "core/workflow/RequestAnonymiser.h"

namespace pr::core {

namespace {
QString redacted(const QString& text)
{
    return text.isEmpty() ? QString() : RequestAnonymiser::kRedacted.toString();
}
} // namespace

DataSubjectRequest RequestAnonymiser::anonymised(const DataSubjectRequest& request)
{
    DataSubjectRequest result = request;
    result.requesterName = kRedacted.toString();
    result.requesterContact.clear();
    result.outcome = redacted(request.outcome);
    result.refusalReason = redacted(request.refusalReason);
    // Free text about the person and their case; the ground is a code and stays.
    result.identityDoubt = redacted(request.identityDoubt);
    result.identityProofAsked = redacted(request.identityProofAsked);
    result.copyProvided = redacted(request.copyProvided);
    result.recipientsInformed = redacted(request.recipientsInformed);
    result.notes = redacted(request.notes);
    if (result.extension) {
        result.extension->reason = redacted(request.extension->reason);
    }
    return result;
}

QStringList RequestAnonymiser::personalFields()
{
    return {QStringLiteral("requesterName"),
            QStringLiteral("requesterContact"),
            QStringLiteral("outcome"),
            QStringLiteral("refusalReason"),
            QStringLiteral("extension"),
            QStringLiteral("identityDoubt"),
            QStringLiteral("identityProofAsked"),
            QStringLiteral("copyProvided"),
            QStringLiteral("recipientsInformed"),
            QStringLiteral("notes")};
}

bool RequestAnonymiser::isAnonymised(const DataSubjectRequest& request)
{
    return anonymised(request) == request;
}

} // namespace pr::core
