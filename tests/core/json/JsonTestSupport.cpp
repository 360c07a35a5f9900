#include "JsonTestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace pr::core;

namespace pr::test {

namespace {

const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("\x00\x01\xff\xfe", 4);

QByteArray bytesOf(int size, char seed)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i) {
        bytes.append(static_cast<char>(seed + i * 7));
    }
    return bytes;
}

} // namespace

Organisation fullOrganisation()
{
    Organisation value;
    value.id = 1;
    value.legalName = u"Proef Beheer B.V."_s;
    value.tradeName = u"Proefbeheer"_s;
    value.address = u"Kanaalweg 12"_s;
    value.postcode = u"3526 KM"_s;
    value.city = u"Utrecht"_s;
    value.kvkNumber = u"12345678"_s;
    value.vatNumber = u"NL123456789B01"_s;
    value.phone = u"030 123 45 67"_s;
    value.email = u"info@example.nl"_s;
    value.website = u"https://example.nl"_s;
    value.representativeName = u"A. de Vries"_s;
    value.representativeFunction = u"directeur"_s;
    value.privacyContact =
        PrivacyContact{u"B. Bakker"_s, u"privacy@example.nl"_s, u"030 765 43 21"_s, true};
    value.logoPng = kPng;
    value.signaturePng = kPng + "signature";
    value.backupOverwriteDays = 30;
    value.statement.cookies = {Cookie{u"_pk_id"_s, CookieParty::ThirdParty, u"Bezoeken tellen"_s,
                                      u"13 maanden"_s, CookieKind::ConsentBased}};
    value.statement.automatedDecisions = u"Een kredietcheck bij bestellingen op rekening"_s;
    value.statement.notMeantForChildren = true;
    value.englishTexts = {EnglishText{u"Remote back-up"_s, u"Remote backup"_s}};
    return value;
}

ProcessingActivity fullActivity()
{
    ProcessingActivity value;
    value.id = 7;
    value.name = u"Remote back-up"_s;
    value.role = ProcessingRole::Processor;
    value.clientIds = {3};
    value.purposes = {u"Herstel na verlies"_s, u"Bewaren van kopieën"_s};
    value.legalBasis = LegalBasis::LegitimateInterests;
    value.legitimateInterest = u"Continuïteit van de dienst"_s;
    value.dataCategories = {u"NAW-gegevens"_s, u"Inhoud van mailboxen"_s};
    value.specialCategories = SpecialCategory::Health | SpecialCategory::Children;
    value.art9Exceptions = {{SpecialCategory::Health, Art9Exception::HealthCare}};
    value.childrenSafeguards = u"Alleen de praktijk zelf zet gegevens terug"_s;
    value.staffRoles = {StaffRole{u"Systeembeheerder"_s, {u"inzien"_s, u"back-up maken"_s}},
                        StaffRole{u"Servicedesk"_s, {u"terugzetten"_s}}};
    value.dataSubjectCategories = {u"Medewerkers van de klant"_s, u"Patiënten"_s};
    value.retention = RetentionPeriod{RetentionKind::Fixed,         2,
                                      RetentionUnit::Weeks,         RetentionTrigger::Other,
                                      u"na de laatste wijziging"_s, u"afspraak met de klant"_s};
    value.recipients = {u"Opslagleverancier"_s};
    value.transfers = {ThirdCountryTransfer{u"Cloud Inc."_s, u"Verenigde Staten"_s,
                                            TransferSafeguard::Derogation,
                                            u"art. 49 lid 1 onder a"_s}};
    value.source = DataSource::OtherSource;
    value.sourceDescription = u"de klant"_s;
    ClientScope scope;
    scope.clientId = 3;
    scope.dataCategories = QStringList{u"Patiëntendossiers"_s};
    scope.specialCategories =
        SpecialCategoryScope{SpecialCategory::Health | SpecialCategory::Children,
                             {{SpecialCategory::Health, Art9Exception::HealthCare}},
                             u"Ouders zetten de gegevens van kinderen zelf terug"_s};
    scope.dataSubjectCategories = QStringList{u"Patiënten"_s};
    scope.retention = RetentionPeriod{RetentionKind::Fixed,           20,
                                      RetentionUnit::Years,           RetentionTrigger::Other,
                                      u"na de laatste behandeling"_s, u"WGBO"_s};
    value.clientScopes = {scope};
    value.furtherLegalBases = {LegalBasis::LegalObligation};
    value.nationalGrounds = {{SpecialCategory::Health, u"artikel 30, eerste lid, UAVG"_s}};
    return value;
}

SecurityMeasure fullMeasure()
{
    SecurityMeasure value;
    value.id = 19;
    value.category = SecurityCategory::Physical;
    value.title = u"Afgesloten serverruimte"_s;
    value.description = u"Alleen beheerders hebben een sleutel."_s;
    value.status = MeasureStatus::Planned;
    value.plannedDate = QDate(2027, 3, 1);
    value.owner = u"C. Smit"_s;
    value.lastReviewDate = QDate(2026, 6, 30);
    value.catalogueId = u"locked-server-room"_s;
    return value;
}

SubProcessor fullSubProcessor()
{
    SubProcessor value;
    value.id = 11;
    value.name = u"Cloud Inc."_s;
    value.service = u"opslag van back-ups"_s;
    value.country = u"Verenigde Staten"_s;
    value.dataLocation = u"Virginia"_s;
    value.insideEea = false;
    value.safeguard = TransferSafeguard::StandardClauses;
    value.dpaDate = QDate(2025, 2, 28);
    value.transferAssessmentDate = QDate(2025, 2, 20);
    value.transferAssessmentSummary = u"Versleuteld opgeslagen; de sleutels blijven in de EER."_s;
    value.activityIds = {7};
    return value;
}

Client fullClient()
{
    Client value;
    value.id = 3;
    value.legalName = u"Tandartsenpraktijk Proef"_s;
    value.address = u"Dorpsstraat 1"_s;
    value.postcode = u"1234 AB"_s;
    value.city = u"Ergens"_s;
    value.kvkNumber = u"87654321"_s;
    value.representativeName = u"D. Visser"_s;
    value.representativeFunction = u"praktijkhouder"_s;
    value.contactName = u"E. Mulder"_s;
    value.contactEmail = u"praktijk@example.nl"_s;
    value.contactPhone = u"010 111 22 33"_s;
    value.privacyContact =
        PrivacyContact{u"Mr. L. de Wit"_s, u"fg@praktijk.example.nl"_s, u"010 111 22 99"_s, true};
    return value;
}

SubProcessorNotice fullNotice()
{
    SubProcessorNotice value;
    value.id = 5;
    value.subProcessorId = fullSubProcessor().id;
    value.clientId = fullClient().id;
    value.agreementId = fullAgreement().id;
    value.change = SubProcessorChange::Replaced;
    value.replacedName = u"Oude Opslag B.V."_s;
    value.sentDate = QDate(2026, 3, 2);
    value.objectionDays = 14;
    value.objectionDate = QDate(2026, 3, 9);
    value.objectionText = u"Geen opslag buiten Nederland."_s;
    value.outcome = ObjectionOutcome::Resolved;
    return value;
}

Agreement fullAgreement()
{
    Agreement value;
    value.id = 5;
    value.clientId = 3;
    value.version = u"2.1"_s;
    value.startDate = QDate(2025, 1, 1);
    value.durationMonths = 24;
    value.endDate = QDate(2026, 12, 31);
    value.breachNotificationHours = 48;
    value.auditIntervalMonths = 12;
    value.mainAgreementName = u"Raamovereenkomst hosting"_s;
    value.mainAgreementDate = QDate(2024, 12, 1);
    value.liabilityCap = LiabilityCap{25'000'000, 50'000'000, u"USD"_s, u"per gebeurtenis"_s};
    value.insuranceCoverCents = 100'000'000;
    value.changeNoticeDays = 45;
    value.processingLocation = u"binnen de EER"_s;
    value.returnDeletionDays = 60;
    value.activityIds = {7};
    value.signingState = SigningState::Countersigned;
    value.firmSignatory =
        Signatory{u"A. de Vries"_s, u"directeur"_s, QDate(2025, 1, 2), u"Utrecht"_s};
    value.clientSignatory =
        Signatory{u"D. Visser"_s, u"praktijkhouder"_s, QDate(2025, 1, 5), u"Ergens"_s};
    value.sentDate = QDate(2025, 1, 2);
    value.signedOnPaper = true; // a paper copy, and its scan below
    value.signedPdf = QByteArray("%PDF-1.7\n") + bytesOf(40, 3);
    value.firmSignedPdf = QByteArray("%PDF-1.7\n") + bytesOf(60, 11);
    value.signedContent = QByteArray(R"({"content":{"purposes":["Back-ups"]},"language":"nl"})");
    return value;
}

DataSubjectRequest fullRequest()
{
    DataSubjectRequest value;
    value.id = 13;
    value.reference = u"2026-007"_s;
    value.requesterName = u"J. Jansen"_s;
    value.requesterContact = u"j.jansen@example.nl"_s;
    value.right = DataSubjectRight::Erasure;
    value.receivedDate = QDate(2026, 3, 2);
    value.channel = RequestChannel::WebForm;
    value.identityRequestedDate = QDate(2026, 3, 3);
    value.identityVerifiedDate = QDate(2026, 3, 5);
    value.idCopyDestroyedDate = QDate(2026, 3, 5);
    value.clientId = 3;
    value.clientInformedDate = QDate(2026, 3, 3);
    value.status = RequestStatus::Refused;
    value.extension = RequestExtension{QDate(2026, 3, 20), u"veel gegevens"_s};
    value.answeredDate = QDate(2026, 4, 20);
    value.outcome = u"Geweigerd"_s;
    value.refusalReason = u"Wettelijke bewaarplicht"_s;
    value.identityDoubt = u"Onbekend e-mailadres"_s;
    value.identityProofAsked = u"Bevestiging vanaf het bekende adres"_s;
    value.refusalGround = pr::core::RefusalGround::LegalObligation;
    value.copyProvided = u"Per beveiligde e-mail"_s;
    value.recipientsInformed = u"De boekhouder"_s;
    value.notes = u"Alleen voor het dossier"_s;
    return value;
}

Breach fullBreach()
{
    Breach value;
    value.id = 17;
    value.reference = u"DL-2026-01"_s;
    value.discoveredAt = QDateTime(QDate(2026, 5, 4), QTime(9, 15), Qt::OffsetFromUTC, 7200);
    value.description = u"Laptop gestolen"_s;
    value.dataCategories = {u"NAW-gegevens"_s};
    value.dataSubjectCategories = {u"Klanten"_s};
    value.approxSubjectCount = 120;
    value.approxRecordCount = 3'400'000'000LL;
    value.likelyConsequences = u"Weinig: de schijf is versleuteld"_s;
    value.measuresTaken = u"Laptop op afstand gewist"_s;
    value.apNotified = true;
    value.apNotNotifiedReason = u"(eerst niet gemeld)"_s;
    value.apReference = u"AP-12345"_s;
    value.apNotifications = {
        ApNotification{NotificationPhase::Initial,
                       QDateTime(QDate(2026, 5, 5), QTime(10, 0), Qt::UTC), u"Eerste"_s},
        ApNotification{NotificationPhase::FollowUp,
                       QDateTime(QDate(2026, 5, 12), QTime(8, 30, 0, 250), Qt::UTC),
                       u"Aanvulling"_s, true}};
    // Not told, on the ground that the disk was encrypted; the date stays from an earlier
    // decision, as an import may carry it.
    value.subjectsInformed = false;
    value.subjectsInformedDate = QDate(2026, 5, 6);
    value.subjectsNotInformedReason = u"Versleutelde schijf"_s;
    value.clientId = 3;
    value.clientNotifiedAt = QDateTime(QDate(2026, 5, 4), QTime(11, 0), Qt::OffsetFromUTC, 7200);
    value.startedAt = QDateTime(QDate(2026, 5, 3), QTime(22, 40), Qt::UTC);
    value.endedAt = QDateTime(QDate(2026, 5, 4), QTime(6, 0), Qt::UTC);
    value.natures = {BreachNature::DeviceLostOrStolen, BreachNature::Other};
    value.cause = u"Laptop onbeheerd in de auto"_s;
    value.internalReporter = u"J. Jansen, systeembeheerder"_s;
    value.specialCategories = SpecialCategory::Health | SpecialCategory::Bsn;
    value.maxSubjectCount = 150;
    value.maxRecordCount = 3'500'000'000LL;
    value.unintelligible = true;
    value.protection = u"BitLocker, sleutel niet bij de laptop"_s;
    value.confidentialityLost = true;
    value.integrityLost = true;
    value.availabilityLost = true;
    value.measuresPlanned = u"Training"_s;
    value.risk = BreachRisk::None;
    value.riskReasoning = u"Versleuteld"_s;
    value.otherEuCountries = true;
    value.otherEuCountriesDetail = u"België"_s;
    value.otherAuthorities = u"Politie (aangifte)"_s;
    value.apContactPerson = u"P. de Vries, 020-1234567"_s;
    value.subjectsInformedHow = u"Per brief"_s;
    value.subjectsNotInformedGround = NotInformedGround::Unintelligible;
    return value;
}

AuditEntry fullAuditEntry()
{
    AuditEntry value;
    value.id = 23;
    value.at = QDateTime(QDate(2026, 1, 15), QTime(13, 45, 10), Qt::UTC);
    value.entity = EntityKind::Agreement;
    value.entityId = 5;
    value.action = AuditAction::Update;
    FieldChange chained{u"version"_s, u"2.0"_s, u"2.1"_s};
    chained.salt = bytesOf(16, 3);
    chained.digest = bytesOf(32, 4);
    FieldChange redacted;
    redacted.field = u"firmSignatoryName"_s;
    redacted.digest = bytesOf(32, 5);
    redacted.redacted = true;
    value.changes = {chained, redacted};
    value.osUser = u"beheerder"_s;
    value.previousHash = bytesOf(32, 1);
    value.hash = bytesOf(32, 2);
    return value;
}

json::RegisterDocument fullDocument()
{
    json::RegisterDocument document;
    document.organisation = fullOrganisation();
    // Beside the processor activity one of the firm's own, in the staff's and applicants'
    // statements, so that every field of an activity is written.
    ProcessingActivity own = fullActivity();
    own.id = 8;
    own.name = u"Personeelsadministratie"_s;
    own.role = ProcessingRole::Controller;
    // Assigned, not cleared: a cleared QList keeps its storage, and comparing it with the empty
    // list an import reads passes a null pointer to memcmp, which UBSan reports.
    own.clientIds = {};
    own.clientScopes = {};
    own.audiences = StatementAudience::Staff | StatementAudience::Applicants;
    document.activities = {fullActivity(), own};
    document.measures = {fullMeasure()};
    document.subProcessors = {fullSubProcessor()};
    document.clients = {fullClient()};
    document.agreements = {fullAgreement()};
    document.requests = {fullRequest()};
    // A second breach, of the firm's own data, that still goes on: no end yet.
    Breach ongoing = fullBreach();
    ongoing.id = 18;
    ongoing.reference = u"DL-2026-02"_s;
    ongoing.endedAt = {};
    ongoing.ongoing = true;
    ongoing.clientId = 0;
    ongoing.clientNotifiedAt = {};
    document.breaches = {fullBreach(), ongoing};
    document.subProcessorNotices = {fullNotice()};
    document.audit = {fullAuditEntry()};
    return document;
}

QByteArray exportBytes(const json::RegisterDocument& document)
{
    return json::toJsonDocument(document).toJson(QJsonDocument::Indented);
}

QJsonObject objectFrom(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QStringList pathsOf(const QList<json::JsonIssue>& issues)
{
    QStringList paths;
    for (const json::JsonIssue& issue : issues) {
        paths.append(issue.path);
    }
    return paths;
}

std::string describe(const QList<json::JsonIssue>& issues)
{
    std::string text;
    for (const json::JsonIssue& issue : issues) {
        text += (issue.path + u": "_s + issue.message).toStdString() + '\n';
    }
    return text;
}

namespace {

// What version 4 added, taken out of DOCUMENT one feature at a time: a test of one feature's
// fields starts from a document without all the others.
void stripClientScopes(json::RegisterDocument& document)
{
    for (ProcessingActivity& activity : document.activities) {
        activity.clientScopes.clear();
    }
}

void stripLetterFacts(json::RegisterDocument& document)
{
    document.organisation.backupOverwriteDays = 0;
    for (DataSubjectRequest& request : document.requests) {
        request.identityDoubt.clear();
        request.identityProofAsked.clear();
        request.refusalGround.reset();
        request.copyProvided.clear();
        request.recipientsInformed.clear();
        request.notes.clear();
    }
}

void stripStatementParts(json::RegisterDocument& document)
{
    document.organisation.statement = {};
    for (ProcessingActivity& activity : document.activities) {
        activity.furtherLegalBases.clear();
        activity.nationalGrounds.clear();
        activity.audiences = {};
    }
}

void stripClauseTerms(json::RegisterDocument& document)
{
    for (Agreement& agreement : document.agreements) {
        agreement.mainAgreementName.clear();
        agreement.mainAgreementDate = QDate();
        agreement.liabilityCap.perYearCents.reset();
        agreement.insuranceCoverCents.reset();
    }
    for (SecurityMeasure& measure : document.measures) {
        measure.plannedDate = QDate();
    }
    for (SubProcessor& sub : document.subProcessors) {
        sub.transferAssessmentDate = QDate();
        sub.transferAssessmentSummary.clear();
    }
}

// Renames KEY of the block BLOCK of item INDEX of LIST to NEW_KEY, as an older version wrote it.
void renameInBlock(QJsonObject& root, const QString& list, qsizetype index, const QString& block,
                   const QString& key, const QString& newKey)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array[index].toObject();
    QJsonObject inner = item.value(block).toObject();
    if (!inner.contains(key)) {
        return;
    }
    inner.insert(newKey, inner.take(key));
    item.insert(block, inner);
    array[index] = item;
    root.insert(list, array);
}

} // namespace

namespace {

// The breaches without the facts of the AP's form that format version 5 added.
void stripBreachReport(json::RegisterDocument& document)
{
    for (Breach& breach : document.breaches) {
        Breach older;
        older.id = breach.id;
        older.reference = breach.reference;
        older.discoveredAt = breach.discoveredAt;
        older.description = breach.description;
        older.dataCategories = breach.dataCategories;
        older.dataSubjectCategories = breach.dataSubjectCategories;
        older.approxSubjectCount = breach.approxSubjectCount;
        older.approxRecordCount = breach.approxRecordCount;
        older.likelyConsequences = breach.likelyConsequences;
        older.measuresTaken = breach.measuresTaken;
        older.apNotified = breach.apNotified;
        older.apNotNotifiedReason = breach.apNotNotifiedReason;
        older.apReference = breach.apReference;
        older.apNotifications = breach.apNotifications;
        for (ApNotification& report : older.apNotifications) {
            report.final = false;
        }
        older.subjectsInformed = breach.subjectsInformed;
        older.subjectsInformedDate = breach.subjectsInformedDate;
        older.subjectsNotInformedReason = breach.subjectsNotInformedReason;
        older.clientId = breach.clientId;
        older.clientNotifiedAt = breach.clientNotifiedAt;
        breach = older;
    }
}

} // namespace

// The full document as version 4 could hold it: none of the fields version 5 added.
json::RegisterDocument asVersion4()
{
    json::RegisterDocument document = fullDocument();
    stripBreachReport(document);
    document.organisation.englishTexts.clear();
    return document;
}

// The full document as version 3 could hold it: none of the fields version 4 added.
json::RegisterDocument asVersion3()
{
    json::RegisterDocument document = asVersion4();
    stripClientScopes(document);
    stripLetterFacts(document);
    stripStatementParts(document);
    stripClauseTerms(document);
    for (Agreement& agreement : document.agreements) {
        agreement.signedContent.clear();
    }
    document.subProcessorNotices.clear();
    for (Client& client : document.clients) {
        client.privacyContact = {};
    }
    return document;
}

// The liability cap's keys as version 3 and before wrote them, in every agreement of ROOT.
void withVersion3Keys(QJsonObject& root)
{
    const qsizetype count = root.value(u"agreements"_s).toArray().size();
    for (qsizetype i = 0; i < count; ++i) {
        renameInBlock(root, u"agreements"_s, i, u"liabilityCap"_s, u"perEventCents"_s,
                      u"amountCents"_s);
        renameInBlock(root, u"agreements"_s, i, u"liabilityCap"_s, u"formerText"_s, u"text"_s);
    }
}

} // namespace pr::test
