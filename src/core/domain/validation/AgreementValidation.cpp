#include "core/domain/validation/AgreementValidation.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/domain/validation/Formats.h"
#include "core/domain/validation/IssueList.h"
#include "core/domain/validation/TextRules.h"
#include "core/json/DomainJson.h"

#include <QCoreApplication>

namespace pr::core {

using validation::IssueList;
using validation::memberField;

namespace {

// One party's signature block: once it carries a date, it must also say who signed.
void checkSignatory(const QString& field, const Signatory& signatory, bool mustBeSigned,
                    IssueList& issues)
{
    const QString dateField = memberField(field, QStringLiteral("date"));
    if (mustBeSigned && !signatory.date.isValid()) {
        issues.add(dateField, QCoreApplication::translate(
                                  "Validation", "The signing state says this party signed: "
                                                "enter the date of signing."));
    }
    if (signatory.date.isValid()) {
        issues.requireText(memberField(field, QStringLiteral("name")), signatory.name);
    }
}

// What helps with a PDF that is too large depends on where it came from: the client's copy is
// often a scan, the firm's is a document this program made and signed.
constexpr const char* kScanTooLarge =
    QT_TRANSLATE_NOOP("Validation", "The PDF is %1 MiB; at most %2 MiB can be kept. "
                                    "Scan it again at a lower resolution, or in "
                                    "black and white.");
constexpr const char* kPdfTooLarge =
    QT_TRANSLATE_NOOP("Validation", "The PDF is %1 MiB; at most %2 MiB can be kept.");

// The one rule for every PDF an agreement keeps: a PDF, and small enough to hold in memory and
// re-encrypt on every save. TOO_LARGE is a message of the "Validation" context with the size
// and the limit in MiB.
void checkPdf(const QString& field, const QByteArray& pdf, const char* tooLarge, IssueList& issues)
{
    if (pdf.isEmpty()) {
        return;
    }
    if (!isPdf(pdf)) {
        issues.add(field, QCoreApplication::translate("Validation", "Not a PDF document."));
    }
    if (pdf.size() > kMaxSignedPdfBytes) {
        const double mebibytes = static_cast<double>(pdf.size()) / (1024.0 * 1024.0);
        issues.add(field, QCoreApplication::translate("Validation", tooLarge)
                              .arg(QString::number(mebibytes, 'f', 1))
                              .arg(kMaxSignedPdfBytes / (1024 * 1024)));
    }
}

void checkSigning(const Agreement& value, IssueList& issues)
{
    const bool firmSigned = value.signingState == SigningState::SignedByFirm ||
                            value.signingState == SigningState::Countersigned;
    const bool clientSigned = value.signingState == SigningState::Countersigned;
    checkSignatory(QStringLiteral("firmSignatory"), value.firmSignatory, firmSigned, issues);
    checkSignatory(QStringLiteral("clientSignatory"), value.clientSignatory, clientSigned, issues);
    checkPdf(QStringLiteral("signedPdf"), value.signedPdf, kScanTooLarge, issues);
    checkPdf(QStringLiteral("firmSignedPdf"), value.firmSignedPdf, kPdfTooLarge, issues);
    // An agreement terminated after the firm signed keeps what it was signed with.
    const bool firmMaySign = firmSigned || value.signingState == SigningState::Terminated;
    if (!value.firmSignedPdf.isEmpty() && !firmMaySign) {
        issues.add(QStringLiteral("firmSignedPdf"),
                   QCoreApplication::translate("Validation",
                                               "Holds the PDF the firm signed, but the signing "
                                               "state says the firm has not signed yet."));
    }
    const bool clientMaySign = clientSigned || value.signingState == SigningState::Terminated;
    if (value.signedOnPaper && !clientMaySign) {
        issues.add(QStringLiteral("signedOnPaper"),
                   QCoreApplication::translate("Validation",
                                               "Recorded as signed on paper, but the signing "
                                               "state says the client has not signed yet."));
    }
    // The proof of the client's signature is kept: the document they signed, or the note
    // that they signed a printed copy (kept on paper, outside the register).
    if (clientSigned && value.signedPdf.isEmpty() && !value.signedOnPaper) {
        issues.add(QStringLiteral("signedPdf"),
                   QCoreApplication::translate("Validation",
                                               "Attach the PDF the client signed, or record "
                                               "that the client signed on paper."));
    }
}

bool awaitsSigning(const Agreement& value)
{
    return value.signingState == SigningState::Draft || value.signingState == SigningState::Sent;
}

void checkAmount(const QString& field, const std::optional<qint64>& cents, IssueList& issues)
{
    if (cents && *cents <= 0) {
        issues.add(field, QCoreApplication::translate(
                              "Validation", "Enter an amount above zero, or leave it empty."));
    }
}

void checkLiability(const Agreement& value, IssueList& issues)
{
    const LiabilityCap& cap = value.liabilityCap;
    checkAmount(QStringLiteral("liabilityCap.perEventCents"), cap.perEventCents, issues);
    checkAmount(QStringLiteral("liabilityCap.perYearCents"), cap.perYearCents, issues);
    checkAmount(QStringLiteral("insuranceCoverCents"), value.insuranceCoverCents, issues);
    if (cap.perEventCents > 0 && cap.perYearCents > 0 && *cap.perYearCents < *cap.perEventCents) {
        issues.add(QStringLiteral("liabilityCap.perYearCents"),
                   QCoreApplication::translate("Validation",
                                               "The cap per year cannot be lower than the cap "
                                               "per event."));
    }
    const bool hasAmount = cap.limited() || value.insuranceCoverCents.has_value();
    if (hasAmount && !isCurrencyCode(cap.currency)) {
        issues.add(QStringLiteral("liabilityCap.currency"),
                   QCoreApplication::translate("Validation", "Not a currency code like EUR."));
    }
    // A cap in words is kept as signed in agreements already signed; one still to be signed
    // must say it in amounts, or the DPA would leave the cap open.
    if (!cap.formerText.trimmed().isEmpty() && awaitsSigning(value)) {
        issues.add(QStringLiteral("liabilityCap.formerText"),
                   QCoreApplication::translate(
                       "Validation", "A cap in words is no longer printed: enter the cap per "
                                     "event and per year as amounts, then clear this text."));
    }
}

void checkMainAgreement(const Agreement& value, IssueList& issues)
{
    if (value.mainAgreementDate.isValid() && value.mainAgreementName.trimmed().isEmpty()) {
        issues.add(QStringLiteral("mainAgreementName"),
                   QCoreApplication::translate("Validation",
                                               "Name the main agreement this date belongs to."));
    }
}

void checkTerms(const Agreement& value, IssueList& issues)
{
    if (value.durationMonths && *value.durationMonths < 1) {
        issues.add(QStringLiteral("durationMonths"),
                   QCoreApplication::translate("Validation",
                                               "Enter at least 1 month, or make it indefinite."));
    }
    issues.checkNotNegative(QStringLiteral("breachNotificationHours"),
                            value.breachNotificationHours);
    // The client must report to the AP within 72 hours of the processor's discovery (the
    // processor's awareness counts as the controller's); a longer window leaves it no time.
    if (value.breachNotificationHours > kApNotificationHours) {
        issues.add(QStringLiteral("breachNotificationHours"),
                   QCoreApplication::translate("Validation",
                                               "More than 72 hours leaves the client no time "
                                               "to notify the Autoriteit Persoonsgegevens."));
    }
    if (value.auditIntervalMonths && *value.auditIntervalMonths < 1) {
        issues.add(QStringLiteral("auditIntervalMonths"),
                   QCoreApplication::translate(
                       "Validation", "Enter at least 1 month, or leave the audits unlimited."));
    }
    checkLiability(value, issues);
    issues.checkNotNegative(QStringLiteral("changeNoticeDays"), value.changeNoticeDays);
    issues.checkNotNegative(QStringLiteral("returnDeletionDays"), value.returnDeletionDays);
}

} // namespace

QList<ValidationIssue> validate(const Agreement& value)
{
    IssueList issues;
    if (value.clientId <= 0) {
        issues.add(QStringLiteral("clientId"),
                   QCoreApplication::translate("Validation", "Choose the client."));
    }
    issues.requireText(QStringLiteral("version"), value.version);
    if (!value.startDate.isValid()) {
        issues.add(QStringLiteral("startDate"),
                   QCoreApplication::translate("Validation", "Required."));
    }
    // A terminated agreement's end date is the day it was terminated, which may come before
    // the start it was planned with (given up or cancelled before it took effect).
    if (value.signingState != SigningState::Terminated) {
        issues.checkNotBefore(
            QStringLiteral("endDate"), value.endDate, value.startDate,
            QCoreApplication::translate("Validation", "Cannot be before the start date."));
    }
    if (value.signingState == SigningState::Terminated && !value.endDate.isValid()) {
        issues.add(QStringLiteral("endDate"),
                   QCoreApplication::translate("Validation",
                                               "A terminated agreement needs its end date."));
    }
    checkMainAgreement(value, issues);
    checkTerms(value, issues);
    // Bijlage 1 is the heart of the agreement: without activities it covers nothing.
    issues.checkIdList(QStringLiteral("activityIds"), value.activityIds, true);
    checkSigning(value, issues);
    validation::checkTexts(issues, json::toJson(value));
    return issues.take();
}

} // namespace pr::core
