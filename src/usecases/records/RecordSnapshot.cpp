#include "usecases/records/RecordSnapshot.h"

#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QCoreApplication>

namespace pr::usecases {

using core::EntityKind;

namespace {

// One record of REPOSITORY's type; every repository has find, insert and remove of the same
// shape, which is what makes one implementation serve them all.
template <typename Repository, typename Record>
class Snapshot final : public RecordSnapshot {
public:
    Snapshot(Record record, storage::Referrer referrer)
        : m_record(std::move(record))
        , m_referrer(std::move(referrer))
    {}

    storage::Referrer record() const override { return m_referrer; }

    void remove(storage::SqliteDatabase& db, const storage::AuditContext& audit) const override
    {
        Repository::remove(db, audit, m_record.id);
    }

    void restore(storage::SqliteDatabase& db, const storage::AuditContext& audit) const override
    {
        Repository::insert(db, audit, m_record);
    }

private:
    Record m_record;
    storage::Referrer m_referrer;
};

template <typename Repository>
std::unique_ptr<RecordSnapshot> snapshotOf(const storage::SqliteDatabase& db, EntityKind kind,
                                           qint64 id, auto nameOf)
{
    const auto record = Repository::find(db, id);
    if (!record) {
        return nullptr;
    }
    using Record = std::decay_t<decltype(*record)>;
    return std::make_unique<Snapshot<Repository, Record>>(
        *record, storage::Referrer{kind, id, nameOf(*record)});
}

} // namespace

bool RecordSnapshot::isDeletable(EntityKind kind)
{
    return kind != EntityKind::Organisation && kind != EntityKind::Breach &&
           kind != EntityKind::SubProcessorNotice;
}

std::unique_ptr<RecordSnapshot> RecordSnapshot::take(const storage::SqliteDatabase& db,
                                                     EntityKind kind, qint64 id)
{
    switch (kind) {
    case EntityKind::ProcessingActivity:
        return snapshotOf<storage::ActivityRepository>(
            db, kind, id, [](const core::ProcessingActivity& a) { return a.name; });
    case EntityKind::SecurityMeasure:
        return snapshotOf<storage::SecurityMeasureRepository>(
            db, kind, id, [](const core::SecurityMeasure& m) { return m.title; });
    case EntityKind::SubProcessor:
        return snapshotOf<storage::SubProcessorRepository>(
            db, kind, id, [](const core::SubProcessor& s) { return s.name; });
    case EntityKind::Client:
        return snapshotOf<storage::ClientRepository>(
            db, kind, id, [](const core::Client& c) { return c.legalName; });
    case EntityKind::Agreement:
        return snapshotOf<storage::AgreementRepository>(
            db, kind, id, [&db](const core::Agreement& a) {
                const auto client = storage::ClientRepository::find(db, a.clientId);
                // As storage names an agreement when it refuses a delete.
                return QCoreApplication::translate("Storage", "%1, version %2")
                    .arg(client ? client->legalName : QString(), a.version);
            });
    case EntityKind::DataSubjectRequest:
        return snapshotOf<storage::RequestRepository>(
            db, kind, id, [](const core::DataSubjectRequest& r) { return r.reference; });
    case EntityKind::Organisation:
    case EntityKind::Breach:
    case EntityKind::SubProcessorNotice: // changed by its own use case, never deleted alone
        return nullptr;
    }
    return nullptr;
}

} // namespace pr::usecases
