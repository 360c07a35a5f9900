#include "core/domain/ActivityForClient.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/MissingRecordError.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;

namespace {

// Insert, find, change, update, find, list and delete RECORD through REPOSITORY, comparing the
// whole record each time, so that a field the repository drops or garbles fails.
template <typename Repository, typename Record, typename Change>
void checkRoundTrip(RepositoryFixture& f, Record record, Change change)
{
    const qint64 id = Repository::insert(f.db, f.audit, record);
    REQUIRE(id > 0);
    record.id = id;
    const std::optional<Record> inserted = Repository::find(f.db, id);
    REQUIRE(inserted.has_value());
    CHECK(*inserted == record);

    change(record);
    REQUIRE_FALSE(*inserted == record); // the change must be one
    Repository::update(f.db, f.audit, record);
    const std::optional<Record> updated = Repository::find(f.db, id);
    REQUIRE(updated.has_value());
    CHECK(*updated == record);
    CHECK(Repository::all(f.db) == QList<Record>{record});

    Repository::remove(f.db, f.audit, id);
    CHECK_FALSE(Repository::find(f.db, id).has_value());
    CHECK(Repository::all(f.db).isEmpty());
}

// A record with nothing but its required fields must come back the same: empty texts, null
// dates and empty optionals each have one stored form.
template <typename Repository, typename Record>
void checkMinimalRoundTrip(RepositoryFixture& f, Record record)
{
    record.id = Repository::insert(f.db, f.audit, record);
    const std::optional<Record> stored = Repository::find(f.db, record.id);
    REQUIRE(stored.has_value());
    CHECK(*stored == record);
}

} // namespace

TEST_CASE("The organisation profile round-trips with every field", "[repositories]")
{
    RepositoryFixture f;
    const std::optional<Organisation> created = OrganisationRepository::find(f.db);
    REQUIRE(created.has_value());
    CHECK(created->id == 1);
    CHECK(created->legalName == QStringLiteral("Bitwerk Beheer B.V."));
    CHECK(created->tradeName.isEmpty());

    Organisation profile = pr::test::sampleOrganisation();
    OrganisationRepository::update(f.db, f.audit, profile);
    profile.id = 1;
    CHECK(OrganisationRepository::find(f.db) == profile);

    profile.privacyContact.isDpo = false;
    profile.logoPng.clear();
    profile.city = QStringLiteral("Zeist");
    OrganisationRepository::update(f.db, f.audit, profile);
    CHECK(OrganisationRepository::find(f.db) == profile);
    CHECK(OrganisationRepository::legalName(f.db) == profile.legalName);
}

TEST_CASE("A client round-trips with every field", "[repositories]")
{
    RepositoryFixture f;
    checkRoundTrip<ClientRepository>(f, pr::test::sampleClient(), [](Client& c) {
        c.legalName = QStringLiteral("Tandartspraktijk Noord");
        c.kvkNumber.clear();
        c.contactPhone = QStringLiteral("06 12345678");
    });
}

TEST_CASE("A processing activity round-trips with every list in its order", "[repositories]")
{
    RepositoryFixture f;
    const qint64 a = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 b =
        ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Bakkerij")));
    checkRoundTrip<ActivityRepository>(f, pr::test::sampleActivity({b, a}), [b](auto& activity) {
        std::reverse(activity.purposes.begin(), activity.purposes.end());
        activity.dataCategories.move(0, 2);
        // The client goes, and its scope with it; the other client's scope changes.
        pr::core::removeClient(activity, b);
        REQUIRE(activity.clientScopes.size() == 1);
        activity.clientScopes[0].dataCategories.reset();
        activity.clientScopes[0].specialCategories->categories = SpecialCategory::Bsn;
        activity.clientScopes[0].dataSubjectCategories = QStringList{QStringLiteral("Ouders")};
        activity.specialCategories &= ~SpecialCategories(SpecialCategory::Religion);
        activity.art9Exceptions.remove(SpecialCategory::Religion);
        activity.art9Exceptions[SpecialCategory::Health] = Art9Exception::EmploymentLaw;
        std::swap(activity.staffRoles[0], activity.staffRoles[1]);
        activity.staffRoles[1].operations.removeAt(1);
        activity.transfers.removeFirst();
        activity.transfers[0].safeguard.reset();
        activity.legalBasis.reset();
        activity.retention =
            RetentionPeriod{RetentionKind::DurationOfAgreement, 0,  RetentionUnit::Months,
                            RetentionTrigger::Collection,       {}, {}};
    });
}

TEST_CASE("A security measure round-trips with every field", "[repositories]")
{
    RepositoryFixture f;
    checkRoundTrip<SecurityMeasureRepository>(f, pr::test::sampleMeasure(), [](auto& m) {
        m.category = SecurityCategory::Physical;
        m.status = MeasureStatus::InPlace;
        m.lastReviewDate = QDate();
    });
}

TEST_CASE("A sub-processor round-trips with the activities it serves", "[repositories]")
{
    RepositoryFixture f;
    const qint64 first = ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity());
    const qint64 second = ActivityRepository::insert(
        f.db, f.audit, pr::test::sampleActivity({}, QStringLiteral("Hosting")));
    checkRoundTrip<SubProcessorRepository>(f, pr::test::sampleSubProcessor({second, first}),
                                           [first](auto& s) {
                                               s.insideEea = true;
                                               s.safeguard.reset();
                                               s.activityIds = {first};
                                           });
}

TEST_CASE("An agreement round-trips with its Bijlage 1 and signatures", "[repositories]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 first = ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity());
    const qint64 second = ActivityRepository::insert(
        f.db, f.audit, pr::test::sampleActivity({}, QStringLiteral("Hosting")));
    checkRoundTrip<AgreementRepository>(f, pr::test::sampleAgreement(client, {second, first}),
                                        [first](auto& a) {
                                            a.activityIds = {first};
                                            a.durationMonths.reset();
                                            a.auditIntervalMonths.reset();
                                            a.liabilityCap.perEventCents.reset();
                                            a.mainAgreementName = QStringLiteral("Hosting");
                                            a.insuranceCoverCents = 50'000'000;
                                            a.signingState = SigningState::Countersigned;
                                            a.clientSignatory.date = QDate(2026, 2, 1);
                                            a.signedPdf = QByteArray("%PDF-1.7 countersigned");
                                            a.firmSignedPdf = QByteArray("%PDF-1.7 re-signed");
                                        });
}

TEST_CASE("The PDF the firm signed is kept byte for byte, apart from the client's",
          "[repositories]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    Agreement agreement = pr::test::sampleAgreement(client);
    // Every byte value, NUL included: a signed PDF is binary, and one changed byte breaks
    // its signature.
    agreement.firmSignedPdf = QByteArray("%PDF-1.7\n");
    for (int byte = 0; byte < 256; ++byte) {
        agreement.firmSignedPdf.append(static_cast<char>(byte));
    }
    agreement.id = AgreementRepository::insert(f.db, f.audit, agreement);
    const std::optional<Agreement> stored = AgreementRepository::find(f.db, agreement.id);
    REQUIRE(stored);
    CHECK(stored->firmSignedPdf == agreement.firmSignedPdf);
    CHECK(stored->signedPdf == agreement.signedPdf);
    CHECK(AgreementRepository::all(f.db) == QList<Agreement>{agreement});

    // Emptied, it is stored as NULL, the one form of "none", and the client's copy stays.
    agreement.firmSignedPdf.clear();
    AgreementRepository::update(f.db, f.audit, agreement);
    CHECK(AgreementRepository::find(f.db, agreement.id) == agreement);
    auto row = f.db.prepare(u"SELECT firm_signed_pdf IS NULL, length(signed_pdf) FROM agreement");
    REQUIRE(row.step());
    CHECK(row.integer(0) == 1);
    CHECK(row.integer(1) == agreement.signedPdf.size());
}

TEST_CASE("A data-subject request round-trips with its extension", "[repositories]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    checkRoundTrip<RequestRepository>(f, pr::test::sampleRequest(client), [](auto& r) {
        r.clientId = 0;
        r.clientInformedDate = QDate();
        r.extension.reset();
        r.status = RequestStatus::InProgress;
        r.answeredDate = QDate();
    });
}

TEST_CASE("A breach round-trips with its reports to the AP", "[repositories]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    checkRoundTrip<BreachRepository>(f, pr::test::sampleBreach(client), [](auto& b) {
        b.apNotified.reset();
        b.subjectsInformed = true;
        b.approxRecordCount.reset();
        std::swap(b.apNotifications[0], b.apNotifications[1]);
        b.dataCategories.removeLast();
        b.clientId = 0;
        b.clientNotifiedAt = QDateTime();
    });
}

TEST_CASE("Records with only their required fields come back the same", "[repositories]")
{
    RepositoryFixture f;
    Client client;
    client.legalName = QStringLiteral("Minimaal");
    checkMinimalRoundTrip<ClientRepository>(f, client);
    const qint64 clientId = ClientRepository::find(f.db, 1)->id;

    ProcessingActivity activity;
    activity.name = QStringLiteral("Kaal");
    checkMinimalRoundTrip<ActivityRepository>(f, activity);

    SecurityMeasure measure;
    measure.title = QStringLiteral("Kaal");
    checkMinimalRoundTrip<SecurityMeasureRepository>(f, measure);

    SubProcessor sub;
    sub.name = QStringLiteral("Kaal");
    checkMinimalRoundTrip<SubProcessorRepository>(f, sub);

    Agreement agreement;
    agreement.clientId = clientId;
    agreement.version = QStringLiteral("1");
    agreement.liabilityCap.currency.clear();
    checkMinimalRoundTrip<AgreementRepository>(f, agreement);

    checkMinimalRoundTrip<RequestRepository>(f, DataSubjectRequest{});
    // An extension that is recorded but not yet filled in is not "no extension".
    DataSubjectRequest extended;
    extended.extension = RequestExtension{};
    checkMinimalRoundTrip<RequestRepository>(f, extended);

    checkMinimalRoundTrip<BreachRepository>(f, Breach{});
}

TEST_CASE("A record inserted with an id keeps it", "[repositories]")
{
    RepositoryFixture f;
    Client client = pr::test::sampleClient();
    client.id = 42;
    CHECK(ClientRepository::insert(f.db, f.audit, client) == 42);
    CHECK(ClientRepository::find(f.db, 42) == client);
    // The next one without an id continues after it.
    CHECK(ClientRepository::insert(f.db, f.audit, pr::test::sampleClient()) == 43);
}

TEST_CASE("Updating or deleting a record that is not there is an error", "[repositories]")
{
    RepositoryFixture f;
    Client ghost = pr::test::sampleClient();
    ghost.id = 7;
    CHECK_THROWS_AS(ClientRepository::update(f.db, f.audit, ghost), MissingRecordError);
    CHECK_THROWS_AS(BreachRepository::remove(f.db, f.audit, 7), MissingRecordError);
    ProcessingActivity activity = pr::test::sampleActivity();
    activity.id = 7;
    CHECK_THROWS_AS(ActivityRepository::update(f.db, f.audit, activity), MissingRecordError);
    CHECK(f.db.scalar(u"SELECT count(*) FROM activity_purpose") == 0);
}

TEST_CASE("Lists come in their documented order", "[repositories]")
{
    RepositoryFixture f;
    using pr::test::sampleMeasure;
    SecurityMeasureRepository::insert(
        f.db, f.audit, sampleMeasure(QStringLiteral("Toegangspas"), SecurityCategory::Physical));
    SecurityMeasureRepository::insert(f.db, f.audit,
                                      sampleMeasure(QStringLiteral("versleuteling")));
    SecurityMeasureRepository::insert(
        f.db, f.audit,
        sampleMeasure(QStringLiteral("Geheimhouding"), SecurityCategory::Organisational));
    SecurityMeasureRepository::insert(f.db, f.audit, sampleMeasure(QStringLiteral("Antivirus")));
    QStringList titles;
    for (const SecurityMeasure& m : SecurityMeasureRepository::all(f.db)) {
        titles << m.title;
    }
    // Bijlage 2's groups in the order of SecurityCategory, then by title regardless of case.
    CHECK(titles == QStringList{QStringLiteral("Antivirus"), QStringLiteral("versleuteling"),
                                QStringLiteral("Geheimhouding"), QStringLiteral("Toegangspas")});

    DataSubjectRequest older = pr::test::sampleRequest();
    older.receivedDate = QDate(2025, 12, 1);
    RequestRepository::insert(f.db, f.audit, older);
    RequestRepository::insert(f.db, f.audit, pr::test::sampleRequest());
    const QList<DataSubjectRequest> requests = RequestRepository::all(f.db);
    REQUIRE(requests.size() == 2);
    CHECK(requests[0].receivedDate > requests[1].receivedDate);

    ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("zeilschool")));
    ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Autobedrijf")));
    const QList<Client> clients = ClientRepository::all(f.db);
    REQUIRE(clients.size() == 2);
    CHECK(clients[0].legalName == QStringLiteral("Autobedrijf"));
}
