#include "core/domain/validation/OrganisationValidation.h"

#include "core/domain/EnglishGlossary.h"
#include "core/domain/validation/Formats.h"
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

// Each Dutch text once: two English versions of one text would leave the document to choose.
void checkEnglishTexts(const QList<EnglishText>& texts, IssueList& issues)
{
    const QString field = QStringLiteral("englishTexts");
    QSet<QString> seen;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString item = indexedField(field, i);
        issues.requireText(memberField(item, QStringLiteral("dutch")), texts[i].dutch);
        issues.requireText(memberField(item, QStringLiteral("english")), texts[i].english);
        const QString key = EnglishGlossary::matchKey(texts[i].dutch);
        if (!key.isEmpty() && seen.contains(key)) {
            issues.add(item, QCoreApplication::translate("Validation", "Listed twice."));
        }
        seen.insert(key);
    }
}

} // namespace

QList<ValidationIssue> validate(const Organisation& value)
{
    IssueList issues;
    // Everything the parties block of a DPA and the contact section of the privacy statement
    // print is required; the numbers only when the firm has them filled in.
    issues.requireText(QStringLiteral("legalName"), value.legalName);
    issues.requireText(QStringLiteral("address"), value.address);
    issues.requireText(QStringLiteral("postcode"), value.postcode);
    issues.checkPostcode(QStringLiteral("postcode"), value.postcode);
    issues.requireText(QStringLiteral("city"), value.city);
    issues.checkKvkNumber(QStringLiteral("kvkNumber"), value.kvkNumber);
    if (!isBlank(value.vatNumber) && !isVatNumber(value.vatNumber)) {
        issues.add(
            QStringLiteral("vatNumber"),
            QCoreApplication::translate("Validation", "Not a VAT number like NL123456789B01."));
    }
    issues.checkEmail(QStringLiteral("email"), value.email, true);
    issues.requireText(QStringLiteral("representativeName"), value.representativeName);
    issues.requireText(QStringLiteral("representativeFunction"), value.representativeFunction);

    // A DPO must be reachable: art. 37(7) has the firm publish the DPO's contact details.
    const QString contact = QStringLiteral("privacyContact");
    if (value.privacyContact.isDpo) {
        issues.requireText(memberField(contact, QStringLiteral("name")), value.privacyContact.name);
    }
    issues.checkEmail(memberField(contact, QStringLiteral("email")), value.privacyContact.email,
                      value.privacyContact.isDpo);

    // Documents embed the images as PNG; anything else would only fail when printing.
    const QString notPng = QCoreApplication::translate("Validation", "Not a PNG image.");
    if (!value.logoPng.isEmpty() && !isPng(value.logoPng)) {
        issues.add(QStringLiteral("logoPng"), notPng);
    }
    if (!value.signaturePng.isEmpty() && !isPng(value.signaturePng)) {
        issues.add(QStringLiteral("signaturePng"), notPng);
    }
    if (value.backupOverwriteDays < 0) {
        issues.add(QStringLiteral("backupOverwriteDays"),
                   QCoreApplication::translate("Validation", "Cannot be negative."));
    }
    validation::checkStatementFacts(value.statement, QStringLiteral("statement"), issues);
    checkEnglishTexts(value.englishTexts, issues);
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
