#include "report/model/LetterModel.h"

#include "core/domain/EntityKind.h"
#include "report/ReportError.h"
#include "report/model/AccessAnswerModel.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/LetterEligibility.h"
#include "report/model/LetterRequestModel.h"
#include "report/model/PartyModel.h"
#include "report/model/PrivacyStatementModel.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RequestRepository.h"

using namespace Qt::StringLiterals;

namespace pr::report {

QVariantMap LetterModel::build(const storage::SqliteDatabase& db, const DocumentRequest& request,
                               const DocumentContext& context, const DocumentLanguage& language)
{
    const std::optional<core::DataSubjectRequest> subject =
        storage::RequestRepository::find(db, request.requestId);
    if (!subject) {
        throw storage::MissingRecordError(core::EntityKind::DataSubjectRequest, request.requestId);
    }
    const QString problem = LetterEligibility::problem(request.kind, *subject);
    if (!problem.isEmpty()) {
        throw ReportError(problem.toStdString());
    }
    const core::Organisation firm =
        storage::OrganisationRepository::find(db).value_or(core::Organisation{});

    QVariantMap model = LetterRequestModel::build(db, *subject, context.promisedAnswerPeriod,
                                                  context.today, language);
    model.insert(u"document"_s, context.toModel(language));
    model.insert(u"firm"_s, PartyModel::firm(firm));
    model.insert(u"firmFacts"_s, firmFacts(firm));
    model.insert(u"letter"_s,
                 QVariantMap{{u"code"_s, letterCode(request.kind)},
                             {u"date"_s, language.date(context.today)},
                             {u"decisionDate"_s,
                              language.date(decisionDate(request.kind, *subject, context.today))},
                             {u"place"_s, firm.city.trimmed()}});
    model.insert(u"signatory"_s, signatory(firm));
    model.insert(u"access"_s, request.kind == DocumentKind::AccessLetter
                                  ? AccessAnswerModel::build(db, request.activityIds, language)
                                  : AccessAnswerModel::empty());
    return model;
}

QDate LetterModel::decisionDate(DocumentKind kind, const core::DataSubjectRequest& request,
                                QDate today)
{
    // The date of the decision the letter communicates, which is not always the day it is
    // printed: a refusal printed again a week later still states the day it was decided.
    switch (kind) {
    case DocumentKind::IdentificationLetter:
        return request.identityRequestedDate;
    case DocumentKind::ExtensionLetter:
        return request.extension ? request.extension->toldOn : QDate();
    case DocumentKind::AccessLetter:
        // An access answer not yet recorded as answered is decided by this letter, today.
        return request.answeredDate.isValid() ? request.answeredDate : today;
    case DocumentKind::RefusalLetter:
    case DocumentKind::ErasureLetter:
        return request.answeredDate;
    default:
        // The acknowledgement communicates no decision.
        return {};
    }
}

QVariantMap LetterModel::firmFacts(const core::Organisation& firm)
{
    // Facts of the firm only the letters state, and only when the firm recorded them.
    return {
        {u"backupOverwriteDays"_s,
         firm.backupOverwriteDays > 0 ? QString::number(firm.backupOverwriteDays) : QString()},
        {u"automatedDecisions"_s, PrivacyStatementModel::automatedDecisions(firm.statement)},
    };
}

QVariantMap LetterModel::signatory(const core::Organisation& firm)
{
    // The privacy contact answers the person's letters where the firm has one by name; the
    // representative otherwise. The template words the function.
    const core::PrivacyContact& contact = firm.privacyContact;
    const bool privacyContact = !contact.name.trimmed().isEmpty();
    return {
        {u"name"_s, privacyContact ? contact.name.trimmed() : firm.representativeName.trimmed()},
        {u"isPrivacyContact"_s, privacyContact},
        {u"isDpo"_s, privacyContact && contact.isDpo},
        {u"function"_s, privacyContact ? QString() : firm.representativeFunction.trimmed()},
    };
}

} // namespace pr::report
