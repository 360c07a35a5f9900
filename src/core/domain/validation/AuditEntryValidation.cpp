#include "core/domain/validation/AuditEntryValidation.h"

#include "core/domain/validation/IssueList.h"

#include <QCoreApplication>

namespace pr::core {

using validation::indexedField;
using validation::IssueList;
using validation::memberField;

namespace {

constexpr qsizetype kSha256Size = 32;
constexpr qsizetype kSaltSize = 16; // storage::AuditChain::kSaltSize

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
    // Hashes, digests and salts are filled in by storage when the entry is chained; an entry
    // not yet chained has none, but one that is there must have its size.
    const QString badHash =
        QCoreApplication::translate("Validation", "Not a SHA-256 hash (32 bytes).");
    for (qsizetype i = 0; i < value.changes.size(); ++i) {
        const FieldChange& change = value.changes[i];
        const QString path = indexedField(QStringLiteral("changes"), i);
        issues.requireText(memberField(path, QStringLiteral("field")), change.field);
        if (!change.digest.isEmpty() && change.digest.size() != kSha256Size) {
            issues.add(memberField(path, QStringLiteral("digest")), badHash);
        }
        if (!change.salt.isEmpty() && change.salt.size() != kSaltSize) {
            issues.add(memberField(path, QStringLiteral("salt")),
                       QCoreApplication::translate("Validation", "Not a salt (16 bytes)."));
        }
        if (change.redacted &&
            (!change.from.isEmpty() || !change.to.isEmpty() || !change.salt.isEmpty())) {
            issues.add(memberField(path, QStringLiteral("redacted")),
                       QCoreApplication::translate("Validation",
                                                   "A redacted change has no values or salt."));
        }
    }
    if (!value.previousHash.isEmpty() && value.previousHash.size() != kSha256Size) {
        issues.add(QStringLiteral("previousHash"), badHash);
    }
    if (!value.hash.isEmpty() && value.hash.size() != kSha256Size) {
        issues.add(QStringLiteral("hash"), badHash);
    }
    return issues.take();
}

} // namespace pr::core
