// A command that writes through a repository instead of a use case: the layering check must
// refuse it.
#include "storage/repositories/RequestRepository.h"

void changeBehindTheUseCases(pr::storage::SqliteDatabase& db,
                             const pr::storage::AuditContext& audit,
                             const pr::core::DataSubjectRequest& request)
{
    pr::storage::RequestRepository::update(db, audit, request);
}
