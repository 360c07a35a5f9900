#include "core/domain/validation/ProcessingActivityValidation.h"

#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/StatementValidation.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

#include <QCoreApplication>
#include <QSet>

namespace pr::core {

using validation::indexedField;
using validation::isBlank;
using validation::IssueList;
using validation::memberField;

namespace {

void checkLegalBasis(const ProcessingActivity& value, IssueList& issues)
{
    // As processor the firm acts on the client's instructions and the client chooses the
    // basis (art. 30(2) does not list it), so it is only required for the firm's own
    // processing.
    if (!value.legalBasis) {
        if (value.role == ProcessingRole::Controller) {
            issues.add(QStringLiteral("legalBasis"),
                       QCoreApplication::translate("Validation", "Choose a legal basis."));
        }
        return;
    }
    if (*value.legalBasis == LegalBasis::LegitimateInterests) {
        // Art. 13(1)(d): the privacy statement must name the interest itself.
        if (isBlank(value.legitimateInterest)) {
            issues.add(QStringLiteral("legitimateInterest"),
                       QCoreApplication::translate(
                           "Validation", "Describe the legitimate interest this relies on."));
        }
    }
}

// The sensitive kinds of data with their grounds and safeguards, of the activity (PREFIX
// empty) or of one client's scope (PREFIX "clientScopes[2].specialCategories").
void checkSpecialCategories(SpecialCategories categories,
                            const QMap<SpecialCategory, Art9Exception>& exceptions,
                            const QString& childrenSafeguards, const QString& prefix,
                            IssueList& issues)
{
    const auto fieldOf = [&prefix](const QString& name) {
        return prefix.isEmpty() ? name : memberField(prefix, name);
    };
    const QString field = fieldOf(QStringLiteral("art9Exceptions"));
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        const bool flagged = categories.testFlag(category);
        const bool hasException = exceptions.contains(category);
        const QString path = memberField(field, enumCode(category));
        if (isArticle9(category) && flagged && !hasException) {
            issues.add(path, QCoreApplication::translate(
                                 "Validation", "Choose the exception of Art. 9(2) relied on."));
        } else if (hasException && (!flagged || !isArticle9(category))) {
            // A stale ground would be printed for data the activity does not process.
            issues.add(path, QCoreApplication::translate("Validation",
                                                         "An exception for a category that is not "
                                                         "flagged as special: remove it."));
        }
    }
    // Art. 8 (and UAVG art. 5: under 16) asks for more care with children; the activity must
    // say how it is taken, so that the register shows it was thought about.
    if (categories.testFlag(SpecialCategory::Children) && isBlank(childrenSafeguards)) {
        issues.add(fieldOf(QStringLiteral("childrenSafeguards")),
                   QCoreApplication::translate(
                       "Validation", "Describe how children's data is protected, such as an "
                                     "age check or parental consent."));
    }
}

void checkStaffRoles(const ProcessingActivity& value, IssueList& issues)
{
    const QString field = QStringLiteral("staffRoles");
    QSet<QString> seen;
    for (qsizetype i = 0; i < value.staffRoles.size(); ++i) {
        const StaffRole& role = value.staffRoles[i];
        const QString item = indexedField(field, i);
        const QString roleField = memberField(item, QStringLiteral("role"));
        const QString key = role.role.trimmed().toCaseFolded();
        if (key.isEmpty()) {
            issues.requireText(roleField, role.role);
        } else if (seen.contains(key)) {
            // Bijlage 1 pairs each function with its operations once; a second row for the
            // same function should be merged into the first.
            issues.add(roleField, QCoreApplication::translate("Validation", "Listed twice."));
        } else {
            seen.insert(key);
        }
        // A function without operations leaves an empty cell in Bijlage 1.
        issues.checkTextList(memberField(item, QStringLiteral("operations")), role.operations,
                             true);
    }
}

void checkRetention(const RetentionPeriod& retention, const QString& field, IssueList& issues)
{
    switch (retention.kind) {
    case RetentionKind::Unspecified:
        // Free text alone does not count (see RetentionPeriod).
        issues.add(memberField(field, QStringLiteral("kind")),
                   QCoreApplication::translate(
                       "Validation", "Choose a retention period: a fixed term or as long as "
                                     "the agreement runs."));
        return;
    case RetentionKind::DurationOfAgreement:
        return;
    case RetentionKind::Fixed:
        break;
    }
    if (retention.amount < 1 || retention.amount > RetentionPeriod::maxAmount(retention.unit)) {
        issues.add(memberField(field, QStringLiteral("amount")),
                   QCoreApplication::translate("Validation",
                                               "Enter a period of at least 1 and at most 100 "
                                               "years."));
    }
    if (retention.trigger == RetentionTrigger::Other && isBlank(retention.description)) {
        issues.add(
            memberField(field, QStringLiteral("description")),
            QCoreApplication::translate("Validation", "Describe the event the period runs from."));
    }
}

void checkTransfers(const ProcessingActivity& value, IssueList& issues)
{
    const QString field = QStringLiteral("transfers");
    for (qsizetype i = 0; i < value.transfers.size(); ++i) {
        const ThirdCountryTransfer& transfer = value.transfers[i];
        const QString item = indexedField(field, i);
        issues.requireText(memberField(item, QStringLiteral("recipient")), transfer.recipient);
        issues.requireText(memberField(item, QStringLiteral("country")), transfer.country);
        if (!transfer.safeguard) {
            issues.add(memberField(item, QStringLiteral("safeguard")),
                       QCoreApplication::translate(
                           "Validation", "A transfer outside the EEA needs a safeguard."));
        } else if (*transfer.safeguard == TransferSafeguard::Derogation &&
                   isBlank(transfer.safeguardDetails)) {
            // Art. 49 derogations are narrow exceptions; which one applies must be on record.
            issues.add(memberField(item, QStringLiteral("safeguardDetails")),
                       QCoreApplication::translate(
                           "Validation", "Name the derogation of Art. 49 this relies on."));
        }
    }
}

void checkClients(const ProcessingActivity& value, IssueList& issues)
{
    const QString field = QStringLiteral("clientIds");
    if (value.role == ProcessingRole::Controller) {
        if (!value.clientIds.isEmpty()) {
            issues.add(field, QCoreApplication::translate(
                                  "Validation", "Own processing is not done for clients: "
                                                "remove them or choose the processor role."));
        }
        return;
    }
    // The processor register (art. 30(2)(a)) names each controller the firm acts for.
    issues.checkIdList(field, value.clientIds, true);
}

// What a client's scope sets is held to the rules of the activity's own part it replaces; a
// scope exists only for a client the processor activity serves, once.
void checkClientScopes(const ProcessingActivity& value, IssueList& issues)
{
    const QString field = QStringLiteral("clientScopes");
    QSet<qint64> seen;
    for (qsizetype i = 0; i < value.clientScopes.size(); ++i) {
        const ClientScope& scope = value.clientScopes[i];
        const QString item = indexedField(field, i);
        const QString clientField = memberField(item, QStringLiteral("clientId"));
        if (value.role == ProcessingRole::Controller) {
            issues.add(clientField, QCoreApplication::translate(
                                        "Validation", "Own processing has no clients, so nothing "
                                                      "differs per client: remove this."));
        } else if (!value.clientIds.contains(scope.clientId)) {
            issues.add(clientField, QCoreApplication::translate(
                                        "Validation", "The activity is not done for this "
                                                      "client: tick the client or remove this."));
        } else if (seen.contains(scope.clientId)) {
            issues.add(clientField, QCoreApplication::translate("Validation", "Listed twice."));
        }
        seen.insert(scope.clientId);
        if (scope.dataCategories) {
            issues.checkTextList(memberField(item, QStringLiteral("dataCategories")),
                                 *scope.dataCategories, true);
        }
        if (scope.specialCategories) {
            checkSpecialCategories(scope.specialCategories->categories,
                                   scope.specialCategories->art9Exceptions,
                                   scope.specialCategories->childrenSafeguards,
                                   memberField(item, QStringLiteral("specialCategories")), issues);
        }
        if (scope.dataSubjectCategories) {
            issues.checkTextList(memberField(item, QStringLiteral("dataSubjectCategories")),
                                 *scope.dataSubjectCategories, true);
        }
        if (scope.retention) {
            checkRetention(*scope.retention, memberField(item, QStringLiteral("retention")),
                           issues);
        }
    }
}

} // namespace

QList<ValidationIssue> validate(const ProcessingActivity& value)
{
    IssueList issues;
    issues.requireText(QStringLiteral("name"), value.name);
    issues.checkTextList(QStringLiteral("purposes"), value.purposes, true);
    checkLegalBasis(value, issues);
    issues.checkTextList(QStringLiteral("dataCategories"), value.dataCategories, true);
    checkSpecialCategories(value.specialCategories, value.art9Exceptions, value.childrenSafeguards,
                           QString(), issues);
    checkStaffRoles(value, issues);
    issues.checkTextList(QStringLiteral("dataSubjectCategories"), value.dataSubjectCategories,
                         true);
    checkRetention(value.retention, QStringLiteral("retention"), issues);
    issues.checkTextList(QStringLiteral("recipients"), value.recipients, false);
    checkTransfers(value, issues);
    if (value.source == DataSource::OtherSource && isBlank(value.sourceDescription)) {
        // Art. 14(2)(f): the privacy statement names the source.
        issues.add(
            QStringLiteral("sourceDescription"),
            QCoreApplication::translate("Validation", "Name the source the data comes from."));
    }
    checkClients(value, issues);
    checkClientScopes(value, issues);
    validation::checkStatementParts(value, issues);
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
