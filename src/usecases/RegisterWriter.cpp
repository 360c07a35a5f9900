#include "usecases/RegisterWriter.h"

#include "core/logging/Log.h"
#include "storage/Register.h"
#include "storage/RegisterErrors.h"
#include "storage/repositories/ReferencedRowError.h"
#include "usecases/UseCaseContext.h"

#include <new>

namespace pr::usecases {

QString RegisterWriter::outOfMemory()
{
    return tr("There is not enough memory for this change. The register file on disk is the "
              "previous version; close other programs and try again.");
}

ChangeResult RegisterWriter::write(const UseCaseContext& context, const Change& change)
{
    storage::Register& reg = context.reg();
    // Set as the last step of the change: when the write then fails, it failed after the
    // transaction committed (a SaveError, or an error while making the session's backup),
    // and the change is in the register although it is not on disk.
    bool changeDone = false;
    QString failure;
    try {
        reg.write([&](storage::SqliteDatabase& db) {
            change(db, context.audit());
            changeDone = true;
        });
    } catch (const storage::ReferencedRowError& error) {
        failure = error.detailedMessage();
    } catch (const storage::RegisterError& error) {
        failure = error.message();
    } catch (const std::bad_alloc&) {
        failure = outOfMemory();
    } catch (const std::exception&) {
        // Not one of the register's own errors (a crypto failure): nothing the user can act
        // on beyond knowing it.
        failure = tr("An unexpected error occurred.");
    }
    if (failure.isEmpty()) {
        return {};
    }
    if (!(changeDone && reg.hasUnsavedChanges())) {
        return ChangeResult::refusedBecause(failure);
    }
    spdlog::warn("a change was made but not saved");
    ChangeResult result;
    result.status = ChangeResult::Status::NotSaved;
    result.message = failure;
    return result;
}

ChangeResult RegisterWriter::saveAgain(const UseCaseContext& context)
{
    ChangeResult result;
    try {
        context.reg().save();
        return result;
    } catch (const storage::RegisterError& error) {
        result.message = error.message();
    } catch (const std::bad_alloc&) {
        result.message = outOfMemory();
    } catch (const std::exception&) {
        result.message = tr("An unexpected error occurred.");
    }
    result.status = ChangeResult::Status::NotSaved;
    return result;
}

} // namespace pr::usecases
