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
    if (result.extension) {
        result.extension->reason = redacted(request.extension->reason);
    }
    return result;
}

QStringList RequestAnonymiser::personalFields()
{
    return {QStringLiteral("requesterName"), QStringLiteral("requesterContact"),
            QStringLiteral("outcome"), QStringLiteral("refusalReason"),
            QStringLiteral("extension")};
}

bool RequestAnonymiser::isAnonymised(const DataSubjectRequest& request)
{
    return anonymised(request) == request;
}

} // namespace pr::core
