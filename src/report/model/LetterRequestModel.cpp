#include "report/model/LetterRequestModel.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/domain/EntityKind.h"
#include "report/model/DocumentLanguage.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/MissingRecordError.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// The contact as recorded is one text: an e-mail address, or a postal address over one or
// more lines. An address on one line with commas stays one line: splitting it would guess.
QStringList lines(const QString& text)
{
    QStringList result;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            result.append(line.trimmed());
        }
    }
    return result;
}

// "consent-withdrawal" -> "consentWithdrawal": an enum code as a template flag.
QString flagName(const QString& code)
{
    QString flag;
    for (const QString& word : code.split(u'-')) {
        flag += flag.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
    }
    return flag;
}

bool isEmailAddress(const QString& text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace

QVariantMap LetterRequestModel::build(const storage::SqliteDatabase& db,
                                      const core::DataSubjectRequest& request,
                                      const core::Period& promise, QDate today,
                                      const DocumentLanguage& language)
{
    return {
        {u"requester"_s, requester(request)},
        {u"request"_s, LetterRequestModel::request(db, request, language)},
        {u"deadlines"_s, deadlines(request, promise, language)},
        {u"extension"_s, extension(request, promise, today, language)},
    };
}

QVariantMap LetterRequestModel::requester(const core::DataSubjectRequest& request)
{
    const bool email = isEmailAddress(request.requesterContact);
    return {
        {u"name"_s, request.requesterName.trimmed()},
        {u"contact"_s, request.requesterContact.trimmed()},
        {u"contactLines"_s, email ? QStringList() : lines(request.requesterContact)},
        {u"email"_s, email ? request.requesterContact.trimmed() : QString()},
        {u"hasEmail"_s, email},
    };
}

QVariantMap LetterRequestModel::request(const storage::SqliteDatabase& db,
                                        const core::DataSubjectRequest& request,
                                        const DocumentLanguage& language)
{
    QString clientName;
    bool clientAgreement = false;
    if (request.clientId != 0) {
        const std::optional<core::Client> client =
            storage::ClientRepository::find(db, request.clientId);
        if (!client) {
            throw storage::MissingRecordError(core::EntityKind::Client, request.clientId);
        }
        clientName = client->legalName;
        // The letter cites the DPA only when the register holds one for this client.
        clientAgreement = !storage::AgreementRepository::forClient(db, request.clientId).isEmpty();
    }
    return {
        {u"id"_s, request.id},
        // "Ons kenmerk": the firm's own number, or the register's when none was given.
        {u"reference"_s,
         request.reference.trimmed().isEmpty() ? QString::number(request.id) : request.reference},
        {u"right"_s, right(request, language)},
        {u"channel"_s, language.label(request.channel)},
        {u"receivedDate"_s, language.date(request.receivedDate)},
        {u"identityRequestedDate"_s, language.date(request.identityRequestedDate)},
        {u"identityDoubt"_s, request.identityDoubt.trimmed()},
        {u"identityProofAsked"_s, request.identityProofAsked.trimmed()},
        {u"identityVerifiedDate"_s, language.date(request.identityVerifiedDate)},
        {u"idCopyDestroyedDate"_s, language.date(request.idCopyDestroyedDate)},
        {u"answeredDate"_s, language.date(request.answeredDate)},
        {u"outcome"_s, request.outcome.trimmed()},
        {u"refusalReason"_s, request.refusalReason.trimmed()},
        {u"refusalGround"_s, refusalGround(request)},
        {u"copyProvided"_s, request.copyProvided.trimmed()},
        {u"recipientsInformed"_s, request.recipientsInformed.trimmed()},
        {u"concernsClient"_s, request.clientId != 0},
        {u"clientName"_s, clientName},
        {u"clientAgreement"_s, clientAgreement},
        {u"clientInformedDate"_s, language.date(request.clientInformedDate)},
    };
}

QVariantMap LetterRequestModel::right(const core::DataSubjectRequest& request,
                                      const DocumentLanguage& language)
{
    using core::DataSubjectRight;
    // One flag per right, so that a template words each in its own sentence.
    QVariantMap model{{u"code"_s, core::enumCode(request.right)},
                      {u"label"_s, language.label(request.right)},
                      {u"article"_s, core::gdprArticle(request.right)}};
    for (const DataSubjectRight right : core::enumValues<DataSubjectRight>()) {
        model.insert(flagName(core::enumCode(right)), right == request.right);
    }
    return model;
}

QVariantMap LetterRequestModel::refusalGround(const core::DataSubjectRequest& request)
{
    // One flag per ground, as for the right: the template cites each in the letter's own
    // language with its article (partials/letter-refusal-ground.html).
    QVariantMap model{
        {u"present"_s, request.refusalGround.has_value()},
        {u"code"_s, request.refusalGround ? core::enumCode(*request.refusalGround) : QString()}};
    for (const core::RefusalGround ground : core::enumValues<core::RefusalGround>()) {
        model.insert(flagName(core::enumCode(ground)), request.refusalGround == ground);
    }
    return model;
}

QVariantMap LetterRequestModel::deadlines(const core::DataSubjectRequest& request,
                                          const core::Period& promise,
                                          const DocumentLanguage& language)
{
    const core::RequestDeadlines dates = core::requestDeadlines(request.receivedDate, promise);
    // The promise is worth stating only when it is earlier than what the law allows.
    const bool promisedEarlier = dates.promised.isValid() && dates.promised < dates.legal;
    return {
        {u"legal"_s, language.date(dates.legal)},
        {u"legalExtended"_s, language.date(dates.legalExtended)},
        {u"promised"_s, language.date(dates.promised)},
        {u"promisedEarlier"_s, promisedEarlier},
        {u"answerBy"_s, language.date(dates.effective(false))},
        {u"current"_s, language.date(dates.effective(request.extension.has_value()))},
        {u"extensionNoticeBy"_s, language.date(dates.extensionNoticeBy)},
        {u"promisePeriod"_s, language.period(promise)},
    };
}

QVariantMap LetterRequestModel::extension(const core::DataSubjectRequest& request,
                                          const core::Period& promise, QDate today,
                                          const DocumentLanguage& language)
{
    if (!request.extension) {
        return {{u"present"_s, false},
                {u"toldOn"_s, QString()},
                {u"toldEarlier"_s, false},
                {u"reason"_s, QString()},
                {u"deadline"_s, QString()}};
    }
    const core::RequestDeadlines dates = core::requestDeadlines(request.receivedDate, promise);
    return {{u"present"_s, true},
            {u"toldOn"_s, language.date(request.extension->toldOn)},
            // The letter confirms in writing what the person was told before (by phone, say).
            {u"toldEarlier"_s, request.extension->toldOn < today},
            {u"reason"_s, request.extension->reason.trimmed()},
            {u"deadline"_s, language.date(dates.legalExtended)}};
}

} // namespace pr::report
