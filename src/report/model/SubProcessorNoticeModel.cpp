#include "report/model/SubProcessorNoticeModel.h"

#include "core/domain/EntityKind.h"
#include "core/workflow/SubProcessorImpact.h"
#include "report/ReportError.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/PartyModel.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// The notice as it was recorded for this client and sub-processor (the latest), or one dated
// today under AGREEMENT's period when none was.
core::SubProcessorNotice noticeFor(const storage::SqliteDatabase& db,
                                   const DocumentRequest& request, const core::Agreement& agreement,
                                   QDate today)
{
    for (const core::SubProcessorNotice& recorded :
         storage::SubProcessorNoticeRepository::forSubProcessor(db, request.subProcessorId)) {
        if (recorded.clientId == request.clientId) {
            return recorded;
        }
    }
    core::SubProcessorNotice notice;
    notice.subProcessorId = request.subProcessorId;
    notice.clientId = request.clientId;
    notice.agreementId = agreement.id;
    notice.sentDate = today;
    notice.objectionDays = agreement.changeNoticeDays;
    const QString replaces = request.replacesName.trimmed();
    notice.change =
        replaces.isEmpty() ? core::SubProcessorChange::Added : core::SubProcessorChange::Replaced;
    notice.replacedName = replaces;
    return notice;
}

// The agreement the notice follows: the recorded notice's, or the one that binds the client
// most among those whose Bijlage 1 the sub-processor serves.
core::AffectedClient affectedClient(const storage::SqliteDatabase& db,
                                    const core::SubProcessor& sub, const core::Client& client,
                                    QDate today)
{
    const QList<core::AffectedClient> affected = core::SubProcessorImpact::ofAdding(
        sub, storage::AgreementRepository::forClient(db, client.id), {client}, today);
    if (affected.isEmpty()) {
        throw ReportError(
            QCoreApplication::translate(
                "SubProcessorNoticeModel",
                "%1 serves none of the processing activities in the current agreement with %2, "
                "so that agreement gives no reason for a notice.")
                .arg(sub.name, client.legalName)
                .toStdString());
    }
    return affected.constFirst();
}

QVariantMap subProcessorModel(const core::SubProcessor& sub, const QStringList& activities,
                              const DocumentLanguage& language)
{
    return {
        {u"name"_s, sub.name},
        {u"service"_s, sub.service},
        {u"country"_s, sub.country},
        {u"dataLocation"_s, sub.dataLocation},
        {u"insideEea"_s, sub.insideEea},
        {u"outsideEea"_s, !sub.insideEea},
        {u"safeguard"_s, sub.safeguard ? language.label(*sub.safeguard) : QString()},
        {u"activities"_s, activities},
        {u"activitiesText"_s, activities.join(u", "_s)},
    };
}

QVariantMap clientModel(const core::Client& client)
{
    QVariantMap model = PartyModel::client(client);
    const core::PrivacyContact& privacy = client.privacyContact;
    // The FG is told as well, when the client has one and it is not the addressee already.
    const bool copyToDpo = privacy.isDpo && !privacy.name.trimmed().isEmpty() &&
                           privacy.name.trimmed() != client.contactName.trimmed();
    model.insert(u"dpoCopy"_s, QVariantMap{{u"present"_s, copyToDpo},
                                           {u"name"_s, privacy.name.trimmed()},
                                           {u"email"_s, privacy.email.trimmed()}});
    return model;
}

} // namespace

QVariantMap SubProcessorNoticeModel::build(const storage::SqliteDatabase& db,
                                           const DocumentRequest& request,
                                           const DocumentContext& context,
                                           const DocumentLanguage& language)
{
    const std::optional<core::SubProcessor> sub =
        storage::SubProcessorRepository::find(db, request.subProcessorId);
    if (!sub) {
        throw storage::MissingRecordError(core::EntityKind::SubProcessor, request.subProcessorId);
    }
    const std::optional<core::Client> client =
        storage::ClientRepository::find(db, request.clientId);
    if (!client) {
        throw storage::MissingRecordError(core::EntityKind::Client, request.clientId);
    }
    const core::AffectedClient affected = affectedClient(db, *sub, *client, context.today);
    core::Agreement agreement = affected.agreement;
    const core::SubProcessorNotice notice = noticeFor(db, request, agreement, context.today);
    if (notice.agreementId != agreement.id) {
        agreement = storage::AgreementRepository::find(db, notice.agreementId).value_or(agreement);
    }

    QStringList activities;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        if (affected.activityIds.contains(activity.id)) {
            activities.append(activity.name);
        }
    }
    const core::Organisation firm =
        storage::OrganisationRepository::find(db).value_or(core::Organisation{});
    const bool replaced = notice.change == core::SubProcessorChange::Replaced;
    return {
        {u"document"_s, context.toModel(language)},
        {u"firm"_s, PartyModel::firm(firm)},
        {u"client"_s, clientModel(*client)},
        {u"agreement"_s, QVariantMap{{u"version"_s, agreement.version},
                                     {u"startDate"_s, language.date(agreement.startDate)},
                                     {u"changeNoticeDays"_s, agreement.changeNoticeDays}}},
        {u"subProcessor"_s, subProcessorModel(*sub, activities, language)},
        {u"change"_s, QVariantMap{{u"added"_s, !replaced},
                                  {u"replaced"_s, replaced},
                                  {u"replacedName"_s, notice.replacedName}}},
        {u"notice"_s,
         QVariantMap{{u"date"_s, language.date(notice.sentDate)},
                     {u"place"_s, firm.city.trimmed()},
                     {u"objectionDays"_s, notice.objectionDays},
                     {u"objectionDeadline"_s, language.date(notice.objectionDeadline())},
                     {u"recorded"_s, notice.id != 0}}},
    };
}

} // namespace pr::report
