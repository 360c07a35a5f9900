#include "core/workflow/AgreementWorkflow.h"

#include "core/domain/validation/AgreementValidation.h"
#include "core/domain/validation/Formats.h"
#include "core/domain/validation/IssueList.h"

#include <QLocale>

namespace pr::core {

using validation::isBlank;
using validation::IssueList;

namespace {

using S = AgreementStep;

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The latest date of the steps STEP must not come before. Sending and our signature may come
// in either order; the client signs after both, and the end comes after everything.
QDate previousStepDate(const Agreement& agreement, AgreementStep step)
{
    QDate latest;
    const auto consider = [&latest](QDate date) {
        if (date.isValid() && (!latest.isValid() || date > latest)) {
            latest = date;
        }
    };
    switch (step) {
    case S::Send:
        consider(agreement.firmSignatory.date);
        break;
    case S::SignByFirm:
        consider(agreement.sentDate);
        break;
    case S::Countersign:
        consider(agreement.sentDate);
        consider(agreement.firmSignatory.date);
        break;
    case S::Terminate:
        consider(agreement.sentDate);
        consider(agreement.firmSignatory.date);
        consider(agreement.clientSignatory.date);
        break;
    }
    return latest;
}

void checkDate(const Agreement& agreement, AgreementStep step, QDate date, QDate today,
               IssueList& issues)
{
    const QString field = AgreementWorkflow::dateField(step);
    if (!date.isValid()) {
        issues.add(field, AgreementWorkflow::tr("Enter the date of this step."));
        return;
    }
    if (date > today) {
        issues.add(
            field,
            AgreementWorkflow::tr("Cannot lie in the future (today is %1).").arg(shortDate(today)));
    }
    const QDate previous = previousStepDate(agreement, step);
    if (previous.isValid() && date < previous) {
        issues.add(field, AgreementWorkflow::tr("Cannot be before the previous step (%1).")
                              .arg(shortDate(previous)));
    }
}

// A name, function or place the step leaves empty keeps the one the agreement has.
Signatory signedBy(const Signatory& existing, const Signatory& given, QDate date)
{
    const auto pick = [](const QString& newer, const QString& older) {
        return isBlank(newer) ? older : newer.trimmed();
    };
    return Signatory{pick(given.name, existing.name), pick(given.function, existing.function), date,
                     pick(given.place, existing.place)};
}

void checkSignedPdf(const QByteArray& pdf, IssueList& issues)
{
    if (pdf.isEmpty()) {
        return;
    }
    if (!isPdf(pdf)) {
        issues.add(QStringLiteral("signedPdf"),
                   AgreementWorkflow::tr("The file is not a PDF document (it does not start "
                                         "with %PDF-). Save or scan the signed agreement as "
                                         "PDF and attach that file."));
    } else if (pdf.size() > kMaxSignedPdfBytes) {
        const int limit = static_cast<int>(kMaxSignedPdfBytes / (1024 * 1024));
        issues.add(QStringLiteral("signedPdf"),
                   AgreementWorkflow::tr("The PDF is larger than %1 MiB, the most the register "
                                         "keeps. Scan it at a lower resolution or in black and "
                                         "white.")
                       .arg(limit));
    }
}

void checkDetails(const Agreement& agreement, AgreementStep step,
                  const AgreementStepDetails& details, IssueList& issues)
{
    switch (step) {
    case S::SignByFirm:
        if (isBlank(details.signatory.name) && isBlank(agreement.firmSignatory.name)) {
            issues.add(QStringLiteral("firmSignatory.name"),
                       AgreementWorkflow::tr("Enter the name of who signed for the firm."));
        }
        break;
    case S::Countersign:
        if (isBlank(details.signatory.name) && isBlank(agreement.clientSignatory.name)) {
            issues.add(QStringLiteral("clientSignatory.name"),
                       AgreementWorkflow::tr("Enter the name of who signed for the client."));
        }
        checkSignedPdf(details.signedPdf, issues);
        if (details.signedPdf.isEmpty() && agreement.signedPdf.isEmpty() && !details.onPaper) {
            issues.add(QStringLiteral("signedPdf"),
                       AgreementWorkflow::tr("Attach the PDF the client signed, or record that "
                                             "the client signed on paper."));
        }
        break;
    case S::Send:
    case S::Terminate:
        break;
    }
}

Agreement stepped(Agreement agreement, AgreementStep step, QDate date,
                  const AgreementStepDetails& details)
{
    agreement.signingState = AgreementWorkflow::targetState(agreement.signingState, step);
    switch (step) {
    case S::Send:
        agreement.sentDate = date;
        break;
    case S::SignByFirm:
        agreement.firmSignatory = signedBy(agreement.firmSignatory, details.signatory, date);
        break;
    case S::Countersign:
        agreement.clientSignatory = signedBy(agreement.clientSignatory, details.signatory, date);
        if (!details.signedPdf.isEmpty()) {
            agreement.signedPdf = details.signedPdf;
        }
        agreement.signedOnPaper = details.onPaper;
        break;
    case S::Terminate:
        agreement.endDate = date;
        break;
    }
    return agreement;
}

QString stepList(const QList<AgreementStep>& steps)
{
    QStringList labels;
    for (const AgreementStep step : steps) {
        labels << QStringLiteral("%1 (%2)").arg(enumLabel(step), enumCode(step));
    }
    return labels.join(QStringLiteral(", "));
}

QString refusal(const Agreement& agreement, AgreementStep step)
{
    const SigningState state = agreement.signingState;
    if (state == SigningState::Terminated) {
        return AgreementWorkflow::tr("The agreement is terminated (since %1): no step can "
                                     "follow.")
            .arg(shortDate(agreement.endDate));
    }
    if (step == S::Terminate && state == SigningState::Draft) {
        return AgreementWorkflow::tr("The agreement is a draft: a draft is not terminated but "
                                     "deleted. Possible: %1.")
            .arg(stepList(AgreementWorkflow::possibleSteps(agreement)));
    }
    if (step == S::Send && agreement.sentDate.isValid()) {
        return AgreementWorkflow::tr("The agreement is '%1' and was already sent on %2. "
                                     "Possible: %3.")
            .arg(enumLabel(state), shortDate(agreement.sentDate),
                 stepList(AgreementWorkflow::possibleSteps(agreement)));
    }
    return AgreementWorkflow::tr("An agreement that is '%1' cannot take the step '%2'. "
                                 "Possible: %3.")
        .arg(enumLabel(state), enumLabel(step),
             stepList(AgreementWorkflow::possibleSteps(agreement)));
}

} // namespace

AgreementWorkflow::AgreementWorkflow(const Clock& clock)
    : m_clock(clock)
{}

QList<AgreementStep> AgreementWorkflow::stepsFrom(SigningState state)
{
    switch (state) {
    case SigningState::Draft:
        return {S::Send, S::SignByFirm};
    case SigningState::Sent:
        return {S::SignByFirm, S::Terminate};
    case SigningState::SignedByFirm:
        return {S::Send, S::Countersign, S::Terminate};
    case SigningState::Countersigned:
        return {S::Terminate};
    case SigningState::Terminated:
        return {};
    }
    return {};
}

QList<AgreementStep> AgreementWorkflow::possibleSteps(const Agreement& agreement)
{
    QList<AgreementStep> possible = stepsFrom(agreement.signingState);
    if (agreement.sentDate.isValid()) {
        possible.removeAll(S::Send);
    }
    return possible;
}

QString AgreementWorkflow::dateField(AgreementStep step)
{
    switch (step) {
    case S::Send:
        return QStringLiteral("sentDate");
    case S::SignByFirm:
        return QStringLiteral("firmSignatory.date");
    case S::Countersign:
        return QStringLiteral("clientSignatory.date");
    case S::Terminate:
        return QStringLiteral("endDate");
    }
    return QStringLiteral("signingState");
}

SigningState AgreementWorkflow::targetState(SigningState from, AgreementStep step)
{
    switch (step) {
    case S::Send:
        return from == SigningState::Draft ? SigningState::Sent : from;
    case S::SignByFirm:
        return SigningState::SignedByFirm;
    case S::Countersign:
        return SigningState::Countersigned;
    case S::Terminate:
        return SigningState::Terminated;
    }
    return from;
}

StepResult<Agreement> AgreementWorkflow::apply(const Agreement& agreement, AgreementStep step,
                                               QDate date,
                                               const AgreementStepDetails& details) const
{
    IssueList issues;
    if (!possibleSteps(agreement).contains(step)) {
        issues.add(QStringLiteral("signingState"), refusal(agreement, step));
        return {std::nullopt, issues.take()};
    }
    checkDate(agreement, step, date, m_clock.today(), issues);
    checkDetails(agreement, step, details, issues);
    if (!issues.issues().isEmpty()) {
        return {std::nullopt, issues.take()};
    }
    Agreement updated = stepped(agreement, step, date, details);
    // The record must still be one storage accepts; this also catches an agreement that was
    // already inconsistent before the step.
    const QList<ValidationIssue> invalid = validate(updated);
    if (!invalid.isEmpty()) {
        return {std::nullopt, invalid};
    }
    return {std::move(updated), {}};
}

} // namespace pr::core
