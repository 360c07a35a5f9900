#include "core/domain/validation/AuditEntryValidation.h"

#include "core/domain/validation/IssueList.h"

#include <QCoreApplication>

namespace pr::core {

using validation::indexedField;
using validation::IssueList;
using validation::memberField;

namespace {

constexpr qsizetype kSha256Size = 32;

} // namespace

QList<ValidationIssue> validate(const AuditEntry& value)
{
    IssueList issues;
    if (!value.at.isValid()) {
        issues.add(QStringLiteral("at"), QCoreApplication::translate("Validation", "Required."));
    }
    if (value.entityId <= 0) {
        issues.add(QStringLiteral("entityId"),
                   QCoreApplication::translate("Validation", "Not a stored record."));
    }
    issues.requireText(QStringLiteral("osUser"), value.osUser);
    if (value.action == AuditAction::Update && value.changes.isEmpty()) {
        issues.add(QStringLiteral("changes"),
                   QCoreApplication::translate("Validation", "An update changes at least one "
                                                             "field."));
    }
    for (qsizetype i = 0; i < value.changes.size(); ++i) {
        issues.requireText(
            memberField(indexedField(QStringLiteral("changes"), i), QStringLiteral("field")),
            value.changes[i].field);
    }
    // Hashes are filled in by storage when the entry is chained; an entry not yet chained has
    // none, but a hash that is there must have the size of a SHA-256.
    const QString badHash =
        QCoreApplication::translate("Validation", "Not a SHA-256 hash (32 bytes).");
    if (!value.previousHash.isEmpty() && value.previousHash.size() != kSha256Size) {
        issues.add(QStringLiteral("previousHash"), badHash);
    }
    if (!value.hash.isEmpty() && value.hash.size() != kSha256Size) {
        issues.add(QStringLiteral("hash"), badHash);
    }
    return issues.take();
}

} // namespace pr::core
