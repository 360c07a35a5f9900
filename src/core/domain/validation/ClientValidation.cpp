#include "core/domain/validation/ClientValidation.h"

#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

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
    // As for the firm's own (OrganisationValidation): an appointed FG is named with a way to
    // reach them, because the register of art. 30(2)(a) names them.
    const QString privacy = QStringLiteral("privacyContact");
    if (value.privacyContact.isDpo) {
        issues.requireText(validation::memberField(privacy, QStringLiteral("name")),
                           value.privacyContact.name);
    }
    issues.checkEmail(validation::memberField(privacy, QStringLiteral("email")),
                      value.privacyContact.email, value.privacyContact.isDpo);
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
