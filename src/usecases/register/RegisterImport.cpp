#include "usecases/register/RegisterImport.h"

#include "storage/transfer/RegisterTransfer.h"
#include "usecases/RegisterWriter.h"

namespace pr::usecases {

ChangeResult RegisterImport::import(const UseCaseContext& context,
                                    const core::json::RegisterDocument& document)
{
    return RegisterWriter::write(
        context, [&document](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            storage::RegisterTransfer::importDocument(db, audit, document);
        });
}

} // namespace pr::usecases
