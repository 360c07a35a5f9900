#pragma once

#include "usecases/ChangeResult.h"

#include <QCoreApplication>

#include <functional>

namespace pr::storage {
struct AuditContext;
class SqliteDatabase;
} // namespace pr::storage

namespace pr::usecases {

class UseCaseContext;

// The one way a use case changes the register: CHANGE runs in one Register::write (one
// transaction, then the encrypted save) with the context's audit actor, and every error is
// turned into a ChangeResult:
//
// - a ReferencedRowError (a delete other records refuse) or any register error before the
//   commit: Refused, nothing changed;
// - a failed save after the commit: NotSaved, the change stays in memory;
// - anything else: Refused with a general message (it carries no register content).
class RegisterWriter {
    Q_DECLARE_TR_FUNCTIONS(RegisterWriter)

public:
    using Change = std::function<void(storage::SqliteDatabase&, const storage::AuditContext&)>;

    static ChangeResult write(const UseCaseContext& context, const Change& change);
    // Saves again after NotSaved.
    static ChangeResult saveAgain(const UseCaseContext& context);
    // The message for a change that ran out of memory, the same in both front ends.
    static QString outOfMemory();
};

} // namespace pr::usecases
