#pragma once

#include "core/json/RegisterDocument.h"
#include "usecases/ChangeResult.h"

namespace pr::usecases {

class UseCaseContext;

// Importing a whole register from its JSON form (docs/json-format.md) into the open one, all
// or nothing: one write, so that a refused import leaves the register as it was.
class RegisterImport {
public:
    // The largest JSON file an import reads (docs/cli.md): ten times the export of a register
    // with 10,000 activities, and far below what would exhaust memory.
    static constexpr qint64 kMaxFileBytes = qint64{128} * 1024 * 1024;

    static ChangeResult import(const UseCaseContext& context,
                               const core::json::RegisterDocument& document);
};

} // namespace pr::usecases
