#include "report/model/DpaModel.h"

#include "core/domain/ActivityForClient.h"
#include "core/domain/EnglishGlossary.h"
#include "core/domain/EntityKind.h"
#include "report/ReportError.h"
#include "report/model/ActivityModel.h"
#include "report/model/AgreementModel.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/MeasureModel.h"
#include "report/model/PartyModel.h"
#include "report/model/SubProcessorModel.h"
#include "report/model/TextUnion.h"
#include "storage/audit/AuditAnchor.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// A DPA signed digitally now names the register's audit trail as it stands: its last entry
// and that entry's hash. Whoever holds the signed PDF can check a later register against it
// (`privacyregister-cli verify` prints the last entry's hash, `audit --json` every one): a
// register that no longer holds the entry, or another one under its number, had its trail
// cut or rewritten.
QVariantMap withAuditHead(QVariantMap firm, const storage::SqliteDatabase& db, bool signingNow)
{
    const std::optional<storage::AuditAnchor> head =
        signingNow ? storage::AuditAnchorFile::headOf(db) : std::nullopt;
    firm.insert(u"auditEntry"_s, head ? QString::number(head->entryId) : QString());
    firm.insert(u"auditHash"_s, head ? head->hashHex() : QString());
    return firm;
}

} // namespace

// Unqualified in the definition below: lupdate misreads a qualified return type in front of
// a function with tr() in it and files the strings under a context the program never uses.
using core::Agreement;

Agreement DpaModel::chooseAgreement(const storage::SqliteDatabase& db, const core::Client& client,
                                    qint64 agreementId)
{
    if (agreementId != 0) {
        const std::optional<core::Agreement> agreement =
            storage::AgreementRepository::find(db, agreementId);
        if (!agreement) {
            throw storage::MissingRecordError(core::EntityKind::Agreement, agreementId);
        }
        if (agreement->clientId != client.id) {
            throw ReportError(tr("Agreement %1 is not with client %2.")
                                  .arg(agreementId)
                                  .arg(client.id)
                                  .toStdString());
        }
        return *agreement;
    }
    const std::optional<core::Agreement> agreement =
        current(storage::AgreementRepository::forClient(db, client.id));
    if (!agreement) {
        throw ReportError(tr("Client %1 has no data processing agreement in the "
                             "register yet; add one first.")
                              .arg(client.id)
                              .toStdString());
    }
    return *agreement;
}

std::optional<Agreement> DpaModel::current(const QList<core::Agreement>& agreements)
{
    if (agreements.isEmpty()) {
        return std::nullopt;
    }
    // By start date: the last one that still applies is the one to print.
    for (auto it = agreements.crbegin(); it != agreements.crend(); ++it) {
        if (it->signingState != core::SigningState::Terminated) {
            return *it;
        }
    }
    return agreements.constLast();
}

Agreement DpaModel::agreementFor(const storage::SqliteDatabase& db, qint64 clientId,
                                 qint64 agreementId)
{
    const std::optional<core::Client> client = storage::ClientRepository::find(db, clientId);
    if (!client) {
        throw storage::MissingRecordError(core::EntityKind::Client, clientId);
    }
    return chooseAgreement(db, *client, agreementId);
}

QVariantMap DpaModel::build(const storage::SqliteDatabase& db, qint64 clientId, qint64 agreementId,
                            const DocumentContext& context, const DocumentLanguage& language,
                            const QDate& firmSignsOn, bool newVersionDraft)
{
    const std::optional<core::Client> client = storage::ClientRepository::find(db, clientId);
    if (!client) {
        throw storage::MissingRecordError(core::EntityKind::Client, clientId);
    }
    core::Agreement agreement = chooseAgreement(db, *client, agreementId);
    const core::Organisation firm =
        storage::OrganisationRepository::find(db).value_or(core::Organisation{});
    if (newVersionDraft) {
        // Nobody signed the new version yet: its block is to be filled in, as a draft's.
        for (core::Signatory* signatory : {&agreement.firmSignatory, &agreement.clientSignatory}) {
            signatory->date = QDate();
            signatory->place.clear();
        }
        agreement.signingState = core::SigningState::Draft;
    }
    if (firmSignsOn.isValid()) {
        agreement.firmSignatory.date = firmSignsOn;
        if (agreement.firmSignatory.place.trimmed().isEmpty()) {
            agreement.firmSignatory.place = firm.city;
        }
    }

    // The English DPA shows the English version of every register text that has one.
    const std::optional<core::EnglishGlossary> english =
        language.code() == u"en"
            ? std::optional(core::EnglishGlossary::withShippedCatalogues(firm.englishTexts))
            : std::nullopt;
    const auto inLanguage = [&english](auto record) {
        return english ? english->inEnglish(std::move(record)) : record;
    };

    QHash<qint64, core::ProcessingActivity> byId;
    for (const core::ProcessingActivity& activity : storage::ActivityRepository::all(db)) {
        byId.insert(activity.id, activity);
    }
    // Bijlage 1 in the order the agreement lists its activities, each as it applies to this
    // client: another client's data (and its art. 9 ground) has no place in this contract.
    QList<core::ProcessingActivity> annexed;
    QVariantList activities;
    QVariantList transfers;
    QStringList names;
    TextUnion purposes;
    TextUnion dataCategories;
    TextUnion dataSubjects;
    QSet<qint64> ids;
    bool special = false;
    for (const qint64 id : agreement.activityIds) {
        const auto found = byId.constFind(id);
        if (found == byId.cend() || ids.contains(id)) {
            continue;
        }
        const core::ProcessingActivity activity =
            inLanguage(core::activityForClient(*found, client->id));
        const QVariantMap model = ActivityModel::build(activity, language);
        annexed.append(activity);
        activities.append(model);
        transfers.append(model.value(u"transfers"_s).toList());
        names.append(activity.name);
        purposes.add(activity.purposes);
        dataCategories.add(activity.dataCategories);
        dataSubjects.add(activity.dataSubjectCategories);
        special = special || activity.specialCategories != core::SpecialCategories();
        ids.insert(id);
    }

    // Bijlage 2 promises the measures in place; the planned ones are listed apart, with the
    // date they will be in force, so that a client does not sign for what is not done yet.
    QList<core::SecurityMeasure> measures;
    for (const core::SecurityMeasure& measure : storage::SecurityMeasureRepository::all(db)) {
        measures.append(inLanguage(measure));
    }
    QList<core::SubProcessor> subProcessorRecords;
    for (const core::SubProcessor& subProcessor : storage::SubProcessorRepository::all(db)) {
        subProcessorRecords.append(inLanguage(subProcessor));
    }
    const QVariantList plannedMeasures = MeasureModel::planned(measures, language);
    const QVariantList subProcessors =
        SubProcessorModel::list(subProcessorRecords, annexed, ids, language);
    const QVariantList assessments = SubProcessorModel::transferAssessments(subProcessors);
    QVariantMap document = context.toModel(language);
    document.insert(u"newVersionDraft"_s, newVersionDraft);
    QVariantMap signatures = AgreementModel::signatures(agreement, firm, *client, language);
    if (newVersionDraft) {
        // A signature image would make the draft look signed.
        QVariantMap forFirm = signatures.value(u"firm"_s).toMap();
        forFirm.insert(u"signature"_s, QVariant());
        signatures.insert(u"firm"_s, forFirm);
    }
    signatures.insert(
        u"firm"_s, withAuditHead(signatures.value(u"firm"_s).toMap(), db, firmSignsOn.isValid()));
    return {
        {u"document"_s, document},
        {u"firm"_s, PartyModel::firm(firm)},
        {u"client"_s, PartyModel::client(*client)},
        {u"agreement"_s, AgreementModel::parameters(agreement, language)},
        {u"signatures"_s, signatures},
        {u"activities"_s, activities},
        {u"hasActivities"_s, !activities.isEmpty()},
        {u"activityNames"_s, names},
        {u"purposes"_s, purposes.values()},
        {u"dataCategories"_s, dataCategories.values()},
        {u"dataSubjectCategories"_s, dataSubjects.values()},
        {u"hasSpecialCategories"_s, special},
        {u"transfers"_s, transfers},
        {u"hasTransfers"_s, !transfers.isEmpty()},
        {u"subProcessors"_s, subProcessors},
        {u"hasSubProcessors"_s, !subProcessors.isEmpty()},
        {u"transferAssessments"_s, assessments},
        {u"hasTransferAssessments"_s, !assessments.isEmpty()},
        {u"measureGroups"_s, MeasureModel::groups(measures, language, true)},
        {u"plannedMeasures"_s, plannedMeasures},
        {u"hasPlannedMeasures"_s, !plannedMeasures.isEmpty()},
    };
}

} // namespace pr::report
