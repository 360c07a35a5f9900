#include "core/domain/validation/SecurityMeasureValidation.h"

#include "core/domain/validation/IssueList.h"

namespace pr::core {

using validation::IssueList;

QList<ValidationIssue> validate(const SecurityMeasure& value)
{
    IssueList issues;
    issues.requireText(QStringLiteral("title"), value.title);
    // Bijlage 2 prints the description: a title alone tells a client too little.
    issues.requireText(QStringLiteral("description"), value.description);
    return issues.take();
}

} // namespace pr::core
