#include "core/domain/validation/StatementValidation.h"

#include "core/domain/validation/IssueList.h"

#include <QCoreApplication>

namespace pr::core::validation {

namespace {

void checkAudiences(const ProcessingActivity& value, IssueList& issues)
{
    // The firm's privacy statements inform people about its own processing; as processor it
    // is the client who informs them.
    if (value.role == ProcessingRole::Processor && value.audiences != StatementAudiences()) {
        issues.add(QStringLiteral("audiences"),
                   QCoreApplication::translate("Validation",
                                               "Only own processing is named in the firm's "
                                               "privacy statements: clear them or choose the "
                                               "controller role."));
    }
}

void checkFurtherLegalBases(const ProcessingActivity& value, IssueList& issues)
{
    const QString field = QStringLiteral("furtherLegalBases");
    if (!value.furtherLegalBases.isEmpty() && !value.legalBasis) {
        issues.add(field, QCoreApplication::translate(
                              "Validation", "Choose the main legal basis before further ones."));
        return;
    }
    QList<LegalBasis> seen;
    if (value.legalBasis) {
        seen << *value.legalBasis;
    }
    for (qsizetype i = 0; i < value.furtherLegalBases.size(); ++i) {
        const LegalBasis basis = value.furtherLegalBases[i];
        if (seen.contains(basis)) {
            issues.add(indexedField(field, i),
                       QCoreApplication::translate("Validation", "Listed twice."));
        }
        seen << basis;
    }
    // Art. 13(1)(d) also for an interest that is only a further basis.
    if (value.legalBasis != LegalBasis::LegitimateInterests &&
        value.furtherLegalBases.contains(LegalBasis::LegitimateInterests) &&
        isBlank(value.legitimateInterest)) {
        issues.add(QStringLiteral("legitimateInterest"),
                   QCoreApplication::translate("Validation",
                                               "Describe the legitimate interest this relies on."));
    }
}

void checkNationalGrounds(const ProcessingActivity& value, IssueList& issues)
{
    for (auto it = value.nationalGrounds.cbegin(); it != value.nationalGrounds.cend(); ++it) {
        const QString path = memberField(QStringLiteral("nationalGrounds"), enumCode(it.key()));
        if (!value.specialCategories.testFlag(it.key())) {
            // A stale ground would be printed for data the activity does not process.
            issues.add(path, QCoreApplication::translate(
                                 "Validation", "A national-law ground for a category that is not "
                                               "flagged: remove it."));
        } else if (isBlank(it.value())) {
            issues.add(path, QCoreApplication::translate(
                                 "Validation", "Name the provision, or leave the ground out."));
        }
    }
}

} // namespace

void checkStatementParts(const ProcessingActivity& value, IssueList& issues)
{
    checkAudiences(value, issues);
    checkFurtherLegalBases(value, issues);
    checkNationalGrounds(value, issues);
}

void checkStatementFacts(const PrivacyStatementFacts& value, const QString& field,
                         IssueList& issues)
{
    const QString cookies = memberField(field, QStringLiteral("cookies"));
    for (qsizetype i = 0; i < value.cookies.size(); ++i) {
        const Cookie& cookie = value.cookies[i];
        const QString item = indexedField(cookies, i);
        issues.requireText(memberField(item, QStringLiteral("name")), cookie.name);
        // A visitor must be told what it is for and how long it stays (art. 11.7a(1)(a) Tw).
        issues.requireText(memberField(item, QStringLiteral("purpose")), cookie.purpose);
        issues.requireText(memberField(item, QStringLiteral("duration")), cookie.duration);
    }
    if (value.noAutomatedDecisions && !isBlank(value.automatedDecisions)) {
        issues.add(memberField(field, QStringLiteral("automatedDecisions")),
                   QCoreApplication::translate(
                       "Validation", "Either describe the automated decisions or state that "
                                     "there are none, not both."));
    }
}

} // namespace pr::core::validation
