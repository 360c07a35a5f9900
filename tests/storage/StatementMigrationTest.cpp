// Schema 11: the privacy statements per audience, further legal bases, national-law grounds
// and the organisation's statement facts. A register of schema 6 keeps every activity and its
// special categories as they were; its one statement becomes the customers' statement, which
// names every controller activity, as before.

#include "repositories/RepositoryFixture.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

#include <cstdint>

using namespace pr::storage;
using pr::core::ProcessingActivity;
using pr::core::SpecialCategory;
using pr::core::StatementAudience;
using pr::core::StatementAudiences;

namespace {

// An activity row as schema 6 stores it, written with SQL: the repository speaks the latest
// schema only.
void insertSchema6Activity(SqliteDatabase& db, std::int64_t id, const QString& name,
                           const QString& role, const std::optional<QString>& basis)
{
    db.prepare(uR"sql(
        INSERT INTO processing_activity (id, name, role, legal_basis, retention_kind,
                                         retention_amount, retention_unit, retention_trigger,
                                         source)
        VALUES (?1, ?2, ?3, ?4, 'fixed', 2, 'years', 'end-of-employment', 'data-subject')
    )sql")
        .bind(1, id)
        .bind(2, name)
        .bind(3, role)
        .bind(4, basis)
        .run();
    db.prepare(u"INSERT INTO activity_purpose (activity_id, position, purpose) VALUES (?1, 0, ?2)")
        .bind(1, id)
        .bind(2, QStringLiteral("Doel van ") + name)
        .run();
}

} // namespace

TEST_CASE("Activities of schema 6 migrate with their content and the customers' statement",
          "[migrations][statement]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    REQUIRE(db.userVersion() == 6);
    OrganisationRepository::setLegalName(db, QStringLiteral("Bitwerk Beheer B.V."));
    db.exec(uR"sql(
        UPDATE organisation SET privacy_contact_name = 'Eva Jansen',
                                privacy_contact_email = 'privacy@bitwerk.example',
                                privacy_contact_is_dpo = 1
    )sql");
    insertSchema6Activity(db, 1, QStringLiteral("Klantadministratie"), QStringLiteral("controller"),
                          QStringLiteral("b"));
    insertSchema6Activity(db, 2, QStringLiteral("Personeelsadministratie"),
                          QStringLiteral("controller"), QStringLiteral("c"));
    insertSchema6Activity(db, 3, QStringLiteral("Back-up"), QStringLiteral("processor"),
                          std::nullopt);
    db.exec(uR"sql(
        INSERT INTO activity_special_category (activity_id, category, art9_exception)
        VALUES (2, 'health', 'b'), (2, 'bsn', NULL), (3, 'health', 'h');
    )sql");

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());

    const ProcessingActivity customers = ActivityRepository::find(db, 1).value();
    CHECK(customers.name == QStringLiteral("Klantadministratie"));
    CHECK(customers.purposes == QStringList{QStringLiteral("Doel van Klantadministratie")});
    CHECK(customers.legalBasis == pr::core::LegalBasis::Contract);
    CHECK(customers.audiences == StatementAudiences(StatementAudience::Customers));
    CHECK(customers.furtherLegalBases.isEmpty());

    // What the one statement named, the customers' statement names: the user moves the staff's
    // processing to their own statement.
    const ProcessingActivity staff = ActivityRepository::find(db, 2).value();
    CHECK(staff.audiences == StatementAudiences(StatementAudience::Customers));
    CHECK(staff.specialCategories == (SpecialCategory::Health | SpecialCategory::Bsn));
    CHECK(staff.art9Exceptions.value(SpecialCategory::Health) ==
          pr::core::Art9Exception::EmploymentLaw);
    CHECK(staff.nationalGrounds.isEmpty());

    // As processor the client informs the people: in no statement of the firm.
    const ProcessingActivity processor = ActivityRepository::find(db, 3).value();
    CHECK(processor.audiences == StatementAudiences());
    CHECK(processor.art9Exceptions.value(SpecialCategory::Health) ==
          pr::core::Art9Exception::HealthCare);

    const pr::core::Organisation organisation = OrganisationRepository::find(db).value();
    CHECK(organisation.privacyContact.isDpo);
    CHECK(organisation.privacyContact.name == QStringLiteral("Eva Jansen"));
    CHECK(organisation.statement == pr::core::PrivacyStatementFacts{});
}

TEST_CASE("An activity's statements, further bases and national grounds round-trip",
          "[repositories][statement]")
{
    pr::test::RepositoryFixture f;
    ProcessingActivity activity = pr::test::sampleActivity();
    activity.audiences = StatementAudience::Staff | StatementAudience::Applicants;
    activity.furtherLegalBases = {pr::core::LegalBasis::LegalObligation,
                                  pr::core::LegalBasis::Contract};
    activity.nationalGrounds = {{SpecialCategory::Health, QStringLiteral("artikel 30 UAVG")},
                                {SpecialCategory::Bsn, QStringLiteral("artikel 46 UAVG")}};
    const qint64 id = ActivityRepository::insert(f.db, f.audit, activity);
    activity.id = id;
    CHECK(ActivityRepository::find(f.db, id) == activity);

    activity.audiences = StatementAudience::Customers;
    activity.furtherLegalBases = {pr::core::LegalBasis::Contract};
    activity.nationalGrounds.remove(SpecialCategory::Bsn);
    ActivityRepository::update(f.db, f.audit, activity);
    CHECK(ActivityRepository::find(f.db, id) == activity);

    // A ground for a category that is not flagged has no row to live on.
    activity.nationalGrounds.insert(SpecialCategory::Genetic, QStringLiteral("artikel 29 UAVG"));
    CHECK_THROWS(ActivityRepository::update(f.db, f.audit, activity));
}

TEST_CASE("The organisation's statement facts and cookies round-trip in their order",
          "[repositories][statement]")
{
    pr::test::RepositoryFixture f;
    pr::core::Organisation profile = pr::test::sampleOrganisation();
    profile.statement.cookies = {{QStringLiteral("sessie"), pr::core::CookieParty::FirstParty,
                                  QStringLiteral("Onthoudt het formulier"),
                                  QStringLiteral("sessie"), pr::core::CookieKind::Functional},
                                 {QStringLiteral("_ga"), pr::core::CookieParty::ThirdParty,
                                  QStringLiteral("Advertentieprofiel"), QStringLiteral("2 jaar"),
                                  pr::core::CookieKind::ConsentBased}};
    profile.statement.automatedDecisions = QStringLiteral("Een kredietcheck bij bestellingen");
    profile.statement.notMeantForChildren = true;
    OrganisationRepository::update(f.db, f.audit, profile);
    profile.id = 1;
    CHECK(OrganisationRepository::find(f.db) == profile);

    std::swap(profile.statement.cookies[0], profile.statement.cookies[1]);
    profile.statement.cookies.removeLast();
    profile.statement.automatedDecisions.clear();
    profile.statement.noAutomatedDecisions = true;
    OrganisationRepository::update(f.db, f.audit, profile);
    CHECK(OrganisationRepository::find(f.db) == profile);
}
