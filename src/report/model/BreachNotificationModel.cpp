#include "report/model/BreachNotificationModel.h"

#include "core/domain/EntityKind.h"
#include "core/workflow/BreachDuty.h"
#include "report/ReportError.h"
#include "report/model/BreachModel.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/PartyModel.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/OrganisationRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

QString nameOf(const core::Breach& breach)
{
    return breach.reference.trimmed().isEmpty() ? QString::number(breach.id) : breach.reference;
}

// Whether REQUEST's document fits BREACH's role; the reason why not.
void checkRole(const core::Breach& breach, const DocumentRequest& request)
{
    const bool processor = core::BreachDuty::roleOf(breach) == core::BreachRole::Processor;
    switch (request.kind) {
    case DocumentKind::BreachNotificationAp:
        if (processor) {
            throw ReportError(
                BreachNotificationModel::tr(
                    "Breach %1 is about a client's data: the client, as controller, decides on "
                    "reporting it to the AP, not the firm. Make the notification to the client.")
                    .arg(nameOf(breach))
                    .toStdString());
        }
        break;
    case DocumentKind::BreachNotificationSubjects:
        if (processor) {
            throw ReportError(
                BreachNotificationModel::tr(
                    "Breach %1 is about a client's data: the client, as controller, decides on "
                    "telling the people. Make the notification to the client.")
                    .arg(nameOf(breach))
                    .toStdString());
        }
        break;
    case DocumentKind::BreachNotificationClient:
        if (!processor) {
            throw ReportError(BreachNotificationModel::tr(
                                  "Breach %1 is about the firm's own data: there is no client "
                                  "to notify.")
                                  .arg(nameOf(breach))
                                  .toStdString());
        }
        if (request.clientId != 0 && request.clientId != breach.clientId) {
            throw ReportError(
                BreachNotificationModel::tr("Breach %1 is about the data of another client.")
                    .arg(nameOf(breach))
                    .toStdString());
        }
        break;
    default:
        break;
    }
}

} // namespace

QVariantMap BreachNotificationModel::build(const storage::SqliteDatabase& db,
                                           const DocumentRequest& request,
                                           const DocumentContext& context,
                                           const DocumentLanguage& language)
{
    const std::optional<core::Breach> breach =
        storage::BreachRepository::find(db, request.breachId);
    if (!breach) {
        throw storage::MissingRecordError(core::EntityKind::Breach, request.breachId);
    }
    checkRole(*breach, request);
    const core::Organisation firm =
        storage::OrganisationRepository::find(db).value_or(core::Organisation{});
    QVariantMap model{
        {u"document"_s, context.toModel(language)},
        {u"firm"_s, PartyModel::firm(firm)},
        {u"breach"_s, BreachModel::build(*breach, storage::AgreementRepository::all(db), language)},
        {u"notification"_s,
         QVariantMap{{u"date"_s, language.date(context.today)}, {u"place"_s, firm.city.trimmed()}}},
    };
    QVariantMap client;
    if (breach->clientId != 0) {
        const std::optional<core::Client> found =
            storage::ClientRepository::find(db, breach->clientId);
        if (!found) {
            throw storage::MissingRecordError(core::EntityKind::Client, breach->clientId);
        }
        client = PartyModel::client(*found);
    }
    model.insert(u"client"_s, client);
    return model;
}

QVariantMap BreachNotificationModel::buildRegister(const storage::SqliteDatabase& db,
                                                   const DocumentContext& context,
                                                   const DocumentLanguage& language)
{
    QList<core::Breach> breaches = storage::BreachRepository::all(db);
    // Oldest first, as a register grows; a breach without a discovery time last.
    std::stable_sort(breaches.begin(), breaches.end(),
                     [](const core::Breach& a, const core::Breach& b) {
                         if (a.discoveredAt.isValid() != b.discoveredAt.isValid()) {
                             return a.discoveredAt.isValid();
                         }
                         return a.discoveredAt < b.discoveredAt;
                     });
    const QList<core::Agreement> agreements = storage::AgreementRepository::all(db);
    QHash<qint64, QString> clientNames;
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        clientNames.insert(client.id, client.legalName);
    }
    QVariantList rows;
    int reported = 0;
    for (const core::Breach& breach : breaches) {
        QVariantMap row = BreachModel::build(breach, agreements, language);
        row.insert(u"clientName"_s, clientNames.value(breach.clientId));
        rows << row;
        reported += breach.apNotified == true || !breach.apNotifications.isEmpty() ? 1 : 0;
    }
    const core::Organisation firm =
        storage::OrganisationRepository::find(db).value_or(core::Organisation{});
    return {
        {u"document"_s, context.toModel(language)},
        {u"firm"_s, PartyModel::firm(firm)},
        {u"breaches"_s, rows},
        {u"hasBreaches"_s, !rows.isEmpty()},
        {u"count"_s, language.number(rows.size())},
        {u"reportedCount"_s, language.number(reported)},
        {u"unreportedCount"_s, language.number(rows.size() - reported)},
    };
}

} // namespace pr::report
