// Only processor activities done for the client can be part of its agreement: the use case
// that saves an agreement refuses others, while an agreement stored before the rule still
// opens and keeps its steps.

#include "UseCaseFixture.h"
#include "core/domain/validation/AgreementValidation.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/records/RecordChanges.h"
#include "usecases/records/RecordVersion.h"

#include <catch2/catch.hpp>

using pr::core::Agreement;
using pr::core::EntityKind;
using pr::usecases::ChangeResult;
using pr::usecases::RecordChanges;
using AgreementVersion = pr::usecases::RecordVersionOf<pr::storage::AgreementRepository, Agreement>;

namespace {

// The demo register: client 2 (Lindeboom) has agreement 2; activity 13 is the firm's own
// staff administration, activity 7 (web hosting) is done for clients 3 and 4 only.
constexpr qint64 kLindeboom = 2;
constexpr qint64 kLindeboomAgreement = 2;
constexpr qint64 kStaffAdministration = 13;
constexpr qint64 kWebHosting = 7;

QStringList fieldsOf(const ChangeResult& result)
{
    QStringList fields;
    for (const auto& issue : result.issues) {
        fields << issue.field;
    }
    return fields;
}

Agreement newAgreement(const QList<qint64>& activityIds)
{
    Agreement agreement;
    agreement.clientId = kLindeboom;
    agreement.version = QStringLiteral("2.0");
    agreement.startDate = QDate(2026, 12, 1);
    agreement.activityIds = activityIds;
    return agreement;
}

} // namespace

TEST_CASE("An agreement with the firm's own processing in Bijlage 1 is refused",
          "[usecases][records][client-scope]")
{
    pr::test::UseCaseFixture f;
    const qsizetype before = pr::storage::AgreementRepository::all(f.db()).size();

    AgreementVersion controller(EntityKind::Agreement, newAgreement({1, kStaffAdministration}),
                                QStringLiteral("Lindeboom 2.0"));
    const ChangeResult refused = RecordChanges::save(*f.context, nullptr, controller);
    CHECK(refused.refused());
    CHECK(fieldsOf(refused) == QStringList{QStringLiteral("activityIds[1]")});

    AgreementVersion otherClient(EntityKind::Agreement, newAgreement({1, kWebHosting}),
                                 QStringLiteral("Lindeboom 2.0"));
    CHECK(fieldsOf(RecordChanges::save(*f.context, nullptr, otherClient)) ==
          QStringList{QStringLiteral("activityIds[1]")});
    CHECK(pr::storage::AgreementRepository::all(f.db()).size() == before);

    AgreementVersion allowed(EntityKind::Agreement, newAgreement({1, 2}),
                             QStringLiteral("Lindeboom 2.0"));
    CHECK(RecordChanges::save(*f.context, nullptr, allowed).status == ChangeResult::Status::Saved);
}

TEST_CASE("An agreement stored with a controller activity still opens; editing shows the problem",
          "[usecases][records][client-scope]")
{
    pr::test::UseCaseFixture f;
    // As a register made before the rule holds it.
    f.reg->write([&](pr::storage::SqliteDatabase& db) {
        Agreement agreement = *pr::storage::AgreementRepository::find(db, kLindeboomAgreement);
        agreement.activityIds.append(kStaffAdministration);
        pr::storage::AgreementRepository::update(
            db, pr::storage::AuditContext{f.clock, QStringLiteral("eigenaar")}, agreement);
    });
    const Agreement stored = *pr::storage::AgreementRepository::find(f.db(), kLindeboomAgreement);
    CHECK(validate(stored).isEmpty()); // the record itself is sound: it opens and exports

    Agreement edited = stored;
    edited.processingLocation = QStringLiteral("binnen Nederland");
    const AgreementVersion before(EntityKind::Agreement, stored, QStringLiteral("Lindeboom"));
    AgreementVersion after(EntityKind::Agreement, edited, QStringLiteral("Lindeboom"));
    const ChangeResult refused = RecordChanges::save(*f.context, &before, after);
    CHECK(refused.refused());
    REQUIRE(fieldsOf(refused).size() == 1);
    CHECK(fieldsOf(refused)[0].startsWith(QStringLiteral("activityIds[")));

    edited.activityIds.removeAll(kStaffAdministration);
    AgreementVersion fixed(EntityKind::Agreement, edited, QStringLiteral("Lindeboom"));
    CHECK(RecordChanges::save(*f.context, &before, fixed).status == ChangeResult::Status::Saved);
}
