#include "storage/transfer/RegisterTransfer.h"

#include "storage/RegisterErrors.h"
#include "storage/RegisterSummary.h"
#include "storage/audit/AuditStore.h"
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditUpgrade.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace pr::storage {

namespace {
// Export order is id order: stable whatever the records are called, and the same after an
// import, which keeps the ids.
template <typename T>
QList<T> byId(QList<T> records)
{
    std::sort(records.begin(), records.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return records;
}

RegisterError trailNotIntact(const AuditBreak& broken)
{
    return RegisterError(QCoreApplication::translate("RegisterTransfer",
                                                     "The audit trail in the file is not intact "
                                                     "(%1); nothing was imported.")
                             .arg(broken.describe()));
}

// The document's trail as this program chains it. A format 1 trail hashed the values
// themselves: it is checked in that form first, then chained anew (AuditUpgrade).
QList<core::AuditEntry> currentFormOf(const core::json::RegisterDocument& document)
{
    if (document.formatVersion >= 2) {
        return document.audit;
    }
    if (const std::optional<AuditBreak> broken = AuditUpgrade::legacyBreak(document.audit)) {
        throw trailNotIntact(*broken);
    }
    return AuditUpgrade::rechained(document.audit);
}

template <typename Repository, typename T>
void insertAll(SqliteDatabase& db, const AuditContext& audit, const QList<T>& records)
{
    for (const T& record : records) {
        Repository::insert(db, audit, record);
    }
}
} // namespace

core::json::RegisterDocument RegisterTransfer::exportDocument(const SqliteDatabase& db)
{
    core::json::RegisterDocument document;
    if (auto organisation = OrganisationRepository::find(db)) {
        document.organisation = *organisation;
    }
    document.activities = byId(ActivityRepository::all(db));
    document.measures = byId(SecurityMeasureRepository::all(db));
    document.subProcessors = byId(SubProcessorRepository::all(db));
    document.clients = byId(ClientRepository::all(db));
    document.agreements = byId(AgreementRepository::all(db));
    document.requests = byId(RequestRepository::all(db));
    document.breaches = byId(BreachRepository::all(db));
    document.subProcessorNotices = byId(SubProcessorNoticeRepository::all(db));
    document.audit = AuditTrail::all(db);
    return document;
}

bool RegisterTransfer::isEmpty(const SqliteDatabase& db)
{
    const RegisterSummary summary = RegisterSummary::of(db);
    return summary.auditEntries == 0 &&
           std::all_of(summary.parts.begin(), summary.parts.end(),
                       [](const RegisterSummary::Part& part) { return part.count == 0; });
}

void RegisterTransfer::importDocument(SqliteDatabase& db, const AuditContext& audit,
                                      const core::json::RegisterDocument& document)
{
    if (!isEmpty(db)) {
        throw RegisterError(QCoreApplication::translate(
            "RegisterTransfer", "A register can only be imported into an empty register. Create "
                                "a new register and import into that one."));
    }
    const bool restore = !document.audit.isEmpty();
    const AuditContext context{audit.clock, audit.osUser, !restore};

    // In the order of their references: what is referred to goes in first.
    OrganisationRepository::update(db, context, document.organisation);
    insertAll<ClientRepository>(db, context, document.clients);
    insertAll<ActivityRepository>(db, context, document.activities);
    insertAll<SecurityMeasureRepository>(db, context, document.measures);
    insertAll<SubProcessorRepository>(db, context, document.subProcessors);
    insertAll<AgreementRepository>(db, context, document.agreements);
    insertAll<RequestRepository>(db, context, document.requests);
    insertAll<BreachRepository>(db, context, document.breaches);
    insertAll<SubProcessorNoticeRepository>(db, context, document.subProcessorNotices);

    if (restore) {
        const QList<core::AuditEntry> entries = currentFormOf(document);
        for (const core::AuditEntry& entry : entries) {
            detail::appendAuditEntry(db, entry);
        }
        if (const auto broken = AuditTrail::verify(db)) {
            throw trailNotIntact(*broken);
        }
    }
}

} // namespace pr::storage
