#include "core/domain/validation/ClientValidation.h"

#include "core/domain/validation/IssueList.h"

namespace pr::core {

using validation::IssueList;

QList<ValidationIssue> validate(const Client& value)
{
    IssueList issues;
    // Only the name is required: a client is often entered before all details are known, and
    // the DPA template shows what is still missing.
    issues.requireText(QStringLiteral("legalName"), value.legalName);
    issues.checkPostcode(QStringLiteral("postcode"), value.postcode);
    issues.checkKvkNumber(QStringLiteral("kvkNumber"), value.kvkNumber);
    issues.checkEmail(QStringLiteral("contactEmail"), value.contactEmail, false);
    return issues.take();
}

} // namespace pr::core
