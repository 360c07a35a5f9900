#pragma once

// Shared by the repository and audit tests: a migrated in-memory database with an audit
// context on a fixed clock, and one record of every kind with every field set, so that a
// round trip that drops a field fails.

#include "core/domain/Agreement.h"
#include "core/domain/Breach.h"
#include "core/domain/Client.h"
#include "core/domain/DataSubjectRequest.h"
#include "core/domain/Organisation.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"
#include "core/time/Clock.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace pr::test {

inline storage::SqliteDatabase migratedDatabase()
{
    storage::SqliteDatabase db = storage::SqliteDatabase::createEmpty();
    storage::Migrations::migrate(db, QStringLiteral("test"));
    storage::OrganisationRepository::setLegalName(db, QStringLiteral("Bitwerk Beheer B.V."));
    return db;
}

struct RepositoryFixture {
    storage::SqliteDatabase db = migratedDatabase();
    core::FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 250), Qt::UTC)};
    storage::AuditContext audit{clock, QStringLiteral("jdevries")};
};

inline core::Organisation sampleOrganisation()
{
    core::Organisation o;
    o.legalName = QStringLiteral("Bitwerk Beheer B.V.");
    o.tradeName = QStringLiteral("Bitwerk");
    o.address = QStringLiteral("Lindengracht 12");
    o.postcode = QStringLiteral("3512 AB");
    o.city = QStringLiteral("Utrecht");
    o.kvkNumber = QStringLiteral("12345678");
    o.vatNumber = QStringLiteral("NL123456789B01");
    o.phone = QStringLiteral("030 123 4567");
    o.email = QStringLiteral("info@bitwerk.example");
    o.website = QStringLiteral("https://bitwerk.example");
    o.representativeName = QStringLiteral("Jan de Vries");
    o.representativeFunction = QStringLiteral("directeur");
    o.privacyContact = {QStringLiteral("Eva Jansen"), QStringLiteral("privacy@bitwerk.example"),
                        QStringLiteral("030 765 4321"), true};
    o.logoPng = QByteArray("\x89PNG logo bytes", 15);
    o.signaturePng = QByteArray("\x89PNG signature", 14);
    o.backupOverwriteDays = 30;
    return o;
}

inline core::Client sampleClient(const QString& name = QStringLiteral("Tandartspraktijk Zuid"))
{
    core::Client c;
    c.legalName = name;
    c.address = QStringLiteral("Kerkstraat 3");
    c.postcode = QStringLiteral("1234 AB");
    c.city = QStringLiteral("Amersfoort");
    c.kvkNumber = QStringLiteral("87654321");
    c.representativeName = QStringLiteral("Dr. P. Bakker");
    c.representativeFunction = QStringLiteral("praktijkhouder");
    c.contactName = QStringLiteral("Sanne Mulder");
    c.contactEmail = QStringLiteral("sanne@tandarts-zuid.example");
    c.contactPhone = QStringLiteral("033 111 2222");
    c.privacyContact = core::PrivacyContact{QStringLiteral("Mr. L. de Wit"),
                                            QStringLiteral("fg@tandarts-zuid.example"),
                                            QStringLiteral("033 111 2299"), true};
    return c;
}

inline core::ProcessingActivity
sampleActivity(const QList<qint64>& clientIds = {},
               const QString& name = QStringLiteral("Remote backup"))
{
    using namespace core;
    ProcessingActivity a;
    a.name = name;
    a.role = clientIds.isEmpty() ? ProcessingRole::Controller : ProcessingRole::Processor;
    a.clientIds = clientIds;
    // Deliberately not in alphabetical order: the order is the user's.
    a.purposes = {QStringLiteral("Herstel na storing"), QStringLiteral("Archivering"),
                  QStringLiteral("Bewaking van de back-ups")};
    a.legalBasis = LegalBasis::LegitimateInterests;
    a.legitimateInterest = QStringLiteral("Continuïteit van de dienstverlening");
    a.dataCategories = {QStringLiteral("NAW-gegevens"), QStringLiteral("E-mail"),
                        QStringLiteral("Bestanden")};
    a.specialCategories = SpecialCategory::Health | SpecialCategory::Bsn |
                          SpecialCategory::Children | SpecialCategory::Religion;
    a.art9Exceptions = {{SpecialCategory::Health, Art9Exception::HealthCare},
                        {SpecialCategory::Religion, Art9Exception::ExplicitConsent}};
    a.childrenSafeguards = QStringLiteral("Alleen met toestemming van een ouder");
    a.staffRoles = {StaffRole{QStringLiteral("Systeembeheerder"),
                              {QStringLiteral("terugzetten"), QStringLiteral("inzien"),
                               QStringLiteral("back-up maken")}},
                    StaffRole{QStringLiteral("Helpdesk"), {QStringLiteral("inzien")}}};
    a.dataSubjectCategories = {QStringLiteral("Patiënten"), QStringLiteral("Medewerkers")};
    a.retention = RetentionPeriod{RetentionKind::Fixed,
                                  7,
                                  RetentionUnit::Years,
                                  RetentionTrigger::EndOfFinancialYear,
                                  QStringLiteral("of korter als de klant dat vraagt"),
                                  QStringLiteral("fiscale bewaarplicht")};
    a.recipients = {QStringLiteral("Opslagleverancier"), QStringLiteral("Accountant")};
    a.transfers = {
        ThirdCountryTransfer{QStringLiteral("CloudCo Inc."), QStringLiteral("Verenigde Staten"),
                             TransferSafeguard::StandardClauses, QStringLiteral("module 3")},
        ThirdCountryTransfer{QStringLiteral("Support Ltd."), QStringLiteral("India"),
                             TransferSafeguard::Derogation, QStringLiteral("art. 49(1)(a)")}};
    a.source = DataSource::OtherSource;
    a.sourceDescription = QStringLiteral("De klant");
    // Per client: the first has every part of its own, the second has no sensitive data and
    // a retention of its own, any later one gets the activity as it is.
    if (!clientIds.isEmpty()) {
        ClientScope first;
        first.clientId = clientIds[0];
        first.dataCategories =
            QStringList{QStringLiteral("Patiëntendossiers"), QStringLiteral("NAW-gegevens")};
        SpecialCategoryScope special;
        special.categories = SpecialCategory::Health | SpecialCategory::Children;
        special.art9Exceptions = {{SpecialCategory::Health, Art9Exception::HealthCare}};
        special.childrenSafeguards = QStringLiteral("Alleen met toestemming van een ouder");
        first.specialCategories = special;
        first.dataSubjectCategories = QStringList{QStringLiteral("Patiënten")};
        first.retention = RetentionPeriod{RetentionKind::Fixed,
                                          15,
                                          RetentionUnit::Years,
                                          RetentionTrigger::Other,
                                          QStringLiteral("na de laatste behandeling"),
                                          QStringLiteral("WGBO")};
        a.clientScopes.append(first);
    }
    if (clientIds.size() > 1) {
        ClientScope second;
        second.clientId = clientIds[1];
        second.specialCategories = SpecialCategoryScope{};
        second.retention =
            RetentionPeriod{RetentionKind::DurationOfAgreement, 0,  RetentionUnit::Months,
                            RetentionTrigger::Collection,       {}, {}};
        a.clientScopes.append(second);
    }
    return a;
}

inline core::SecurityMeasure
sampleMeasure(const QString& title = QStringLiteral("Tweefactorauthenticatie"),
              core::SecurityCategory category = core::SecurityCategory::Technical)
{
    core::SecurityMeasure m;
    m.category = category;
    m.title = title;
    m.description = QStringLiteral("Inloggen op beheeromgevingen vraagt een tweede factor.");
    m.status = core::MeasureStatus::Planned;
    m.plannedDate = QDate(2026, 9, 1);
    m.owner = QStringLiteral("Jan de Vries");
    m.lastReviewDate = QDate(2026, 1, 15);
    m.catalogueId = QStringLiteral("tech-2fa");
    return m;
}

inline core::SubProcessor sampleSubProcessor(const QList<qint64>& activityIds = {})
{
    core::SubProcessor s;
    s.name = QStringLiteral("Opslag Noord B.V.");
    s.service = QStringLiteral("opslag van back-ups");
    s.country = QStringLiteral("Nederland");
    s.dataLocation = QStringLiteral("Groningen");
    s.insideEea = false;
    s.safeguard = core::TransferSafeguard::Adequacy;
    s.dpaDate = QDate(2025, 11, 3);
    s.transferAssessmentDate = QDate(2025, 10, 20);
    s.transferAssessmentSummary = QStringLiteral("Geen aanvullende maatregelen nodig.");
    s.activityIds = activityIds;
    return s;
}

inline core::Agreement sampleAgreement(qint64 clientId, const QList<qint64>& activityIds = {})
{
    core::Agreement a;
    a.clientId = clientId;
    a.version = QStringLiteral("1.2");
    a.startDate = QDate(2026, 1, 1);
    a.durationMonths = 24;
    a.endDate = QDate(2027, 12, 31);
    a.breachNotificationHours = 48;
    a.auditIntervalMonths = 12;
    a.mainAgreementName = QStringLiteral("Overeenkomst van opdracht IT-beheer");
    a.mainAgreementDate = QDate(2025, 12, 1);
    a.liabilityCap = {250000, 500000, QStringLiteral("EUR"),
                      QStringLiteral("of het bedrag dat de verzekering uitkeert")};
    a.insuranceCoverCents = 1000000;
    a.changeNoticeDays = 14;
    a.processingLocation = QStringLiteral("binnen de EER");
    a.returnDeletionDays = 60;
    a.activityIds = activityIds;
    a.signingState = core::SigningState::SignedByFirm;
    a.sentDate = QDate(2026, 1, 4);
    a.signedOnPaper = true;
    a.firmSignatory = {QStringLiteral("Jan de Vries"), QStringLiteral("directeur"),
                       QDate(2026, 1, 5), QStringLiteral("Utrecht")};
    a.clientSignatory = {QStringLiteral("Dr. P. Bakker"), QStringLiteral("praktijkhouder"),
                         QDate(2026, 1, 9), QStringLiteral("Amersfoort")};
    a.signedPdf = QByteArray("%PDF-1.4 signed", 15);
    a.firmSignedPdf = QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15);
    a.signedContent = QByteArray(R"({"content":{"agreement":{"version":"1.0"}},"language":"nl"})");
    return a;
}

inline core::DataSubjectRequest sampleRequest(qint64 clientId = 0)
{
    core::DataSubjectRequest r;
    r.reference = QStringLiteral("2026-004");
    r.requesterName = QStringLiteral("Ömer Çelik");
    r.requesterContact = QStringLiteral("omer@example.org");
    r.right = core::DataSubjectRight::Erasure;
    r.receivedDate = QDate(2026, 2, 2);
    r.channel = core::RequestChannel::WebForm;
    r.identityRequestedDate = QDate(2026, 2, 3);
    r.identityVerifiedDate = QDate(2026, 2, 5);
    r.idCopyDestroyedDate = QDate(2026, 2, 6);
    r.clientId = clientId;
    r.clientInformedDate = clientId != 0 ? QDate(2026, 2, 3) : QDate();
    r.status = core::RequestStatus::Refused;
    r.extension = core::RequestExtension{QDate(2026, 2, 20), QStringLiteral("veel systemen")};
    r.answeredDate = QDate(2026, 4, 1);
    r.outcome = QStringLiteral("Gedeeltelijk gewist");
    r.refusalReason = QStringLiteral("fiscale bewaarplicht");
    r.identityDoubt = QStringLiteral("onbekend e-mailadres");
    r.identityProofAsked = QStringLiteral("bevestiging vanaf het bekende adres");
    r.refusalGround = core::RefusalGround::LegalObligation;
    r.copyProvided = QStringLiteral("per beveiligde e-mail");
    r.recipientsInformed = QStringLiteral("de boekhouder");
    r.notes = QStringLiteral("alleen voor het dossier");
    return r;
}

inline core::Breach sampleBreach(qint64 clientId = 0)
{
    core::Breach b;
    b.reference = QStringLiteral("DL-2026-01");
    // An offset other than UTC: the register keeps the instant, not the zone.
    b.discoveredAt = QDateTime(QDate(2026, 2, 10), QTime(14, 5, 30, 125), QTimeZone(3600));
    b.description = QStringLiteral("Laptop met back-upsleutel gestolen");
    b.dataCategories = {QStringLiteral("NAW-gegevens"), QStringLiteral("Medische gegevens")};
    b.dataSubjectCategories = {QStringLiteral("Patiënten")};
    b.approxSubjectCount = 1200;
    b.approxRecordCount = 0; // zero is a value, not "unknown"
    b.likelyConsequences = QStringLiteral("Identiteitsfraude");
    b.measuresTaken = QStringLiteral("Sleutels vervangen");
    b.apNotified = true;
    b.apNotNotifiedReason = QStringLiteral("n.v.t.");
    b.apReference = QStringLiteral("AP-99812");
    b.apNotifications = {core::ApNotification{core::NotificationPhase::Initial,
                                              QDateTime(QDate(2026, 2, 11), QTime(9, 0), Qt::UTC),
                                              QStringLiteral("Eerste melding")},
                         core::ApNotification{core::NotificationPhase::FollowUp,
                                              QDateTime(QDate(2026, 2, 20), QTime(16, 45), Qt::UTC),
                                              QStringLiteral("Aanvulling"), true}};
    b.subjectsInformed = false;
    b.subjectsInformedDate = QDate(2026, 2, 12);
    b.subjectsNotInformedReason = QStringLiteral("Versleutelde schijf");
    b.clientId = clientId;
    b.clientNotifiedAt = QDateTime(QDate(2026, 2, 10), QTime(18, 0), Qt::UTC);
    b.startedAt = QDateTime(QDate(2026, 2, 9), QTime(23, 0), Qt::UTC);
    b.ongoing = true;
    b.natures = {core::BreachNature::Hacking, core::BreachNature::LostOrUnavailable};
    b.cause = QStringLiteral("Phishingmail");
    b.internalReporter = QStringLiteral("Servicedesk");
    b.specialCategories = core::SpecialCategory::Health | core::SpecialCategory::Children;
    b.maxSubjectCount = 2500;
    b.maxRecordCount = 0;
    b.unintelligible = false;
    b.protection = QStringLiteral("Geen");
    b.integrityLost = true;
    b.availabilityLost = true;
    b.measuresPlanned = QStringLiteral("MFA invoeren");
    b.risk = core::BreachRisk::High;
    b.riskReasoning = QStringLiteral("Medische gegevens van kinderen");
    b.otherEuCountries = true;
    b.otherEuCountriesDetail = QStringLiteral("Duitsland");
    b.otherAuthorities = QStringLiteral("NCSC");
    b.apContactPerson = QStringLiteral("FG, fg@example.nl");
    b.subjectsInformedHow = QStringLiteral("Brief");
    b.subjectsNotInformedGround = core::NotInformedGround::PublicCommunication;
    return b;
}

} // namespace pr::test
