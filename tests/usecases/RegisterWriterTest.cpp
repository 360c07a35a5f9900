#include "usecases/RegisterWriter.h"

#include "UseCaseFixture.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "usecases/records/MeasureStatusChange.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <new>
#include <stdexcept>

using pr::core::MeasureStatus;
using pr::storage::SecurityMeasureRepository;
using pr::usecases::ChangeResult;
using pr::usecases::MeasureStatusChange;
using pr::usecases::RegisterWriter;

TEST_CASE("A change that fails rolls back and says so; nothing is saved", "[usecases][writer]")
{
    pr::test::UseCaseFixture f;
    const auto before = SecurityMeasureRepository::find(f.db(), 1).value();
    const ChangeResult result = RegisterWriter::write(
        *f.context, [&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
            auto changed = before;
            changed.title = QStringLiteral("Halverwege");
            SecurityMeasureRepository::update(db, audit, changed);
            throw std::runtime_error("stops half way");
        });
    CHECK(result.refused());
    CHECK_FALSE(result.message.isEmpty());
    CHECK(SecurityMeasureRepository::find(f.db(), 1) == before);
    CHECK_FALSE(f.reg->hasUnsavedChanges());
}

TEST_CASE("A save that fails after the change keeps the change and says it is not saved",
          "[usecases][writer]")
{
    pr::test::UseCaseFixture f;
    // Another program changed the file: the register refuses to overwrite it.
    QFile file(f.path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QFileInfo(f.path).lastModified().addSecs(-3600),
                             QFileDevice::FileModificationTime));
    file.close();

    const auto change = MeasureStatusChange::set(*f.context, 1, MeasureStatus::Planned);
    CHECK(change.result.status == ChangeResult::Status::NotSaved);
    CHECK_FALSE(change.result.message.isEmpty());
    REQUIRE(change.taken());
    CHECK(SecurityMeasureRepository::find(f.db(), 1)->status == MeasureStatus::Planned);
    CHECK(f.reg->hasUnsavedChanges());
}

TEST_CASE("A change that runs out of memory says so, not 'unexpected error'", "[usecases][writer]")
{
    pr::test::UseCaseFixture f;
    const ChangeResult result = RegisterWriter::write(
        *f.context, [](pr::storage::SqliteDatabase&, const pr::storage::AuditContext&) {
            throw std::bad_alloc();
        });
    CHECK(result.refused());
    CHECK(result.message == RegisterWriter::outOfMemory());
    CHECK(result.message.contains(QStringLiteral("not enough memory")));
    CHECK_FALSE(f.reg->hasUnsavedChanges());
}

TEST_CASE("A measure's status changes alone", "[usecases][records]")
{
    pr::test::UseCaseFixture f;
    const auto before = SecurityMeasureRepository::find(f.db(), 1).value();
    const auto change = MeasureStatusChange::set(*f.context, 1, MeasureStatus::Planned);
    REQUIRE(change.taken());
    auto expected = before;
    expected.status = MeasureStatus::Planned;
    CHECK(change.after == expected);
    CHECK(SecurityMeasureRepository::find(f.reopened()->database(), 1) == expected);
    CHECK(MeasureStatusChange::set(*f.context, 999, MeasureStatus::Planned).result.refused());
}

TEST_CASE("A measure put in place keeps no planned date", "[usecases][records]")
{
    pr::test::UseCaseFixture f;
    auto planned = SecurityMeasureRepository::find(f.db(), 1).value();
    planned.status = MeasureStatus::Planned;
    planned.plannedDate = QDate(2027, 1, 15);
    REQUIRE(RegisterWriter::write(*f.context, [&](pr::storage::SqliteDatabase& db,
                                                  const pr::storage::AuditContext& audit) {
                SecurityMeasureRepository::update(db, audit, planned);
            }).changed());
    const auto change = MeasureStatusChange::set(*f.context, 1, MeasureStatus::InPlace);
    REQUIRE(change.taken());
    CHECK(change.after->status == MeasureStatus::InPlace);
    CHECK_FALSE(change.after->plannedDate.isValid());
    CHECK_FALSE(SecurityMeasureRepository::find(f.db(), 1)->plannedDate.isValid());
}
