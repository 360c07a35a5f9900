#pragma once

#include "core/json/RegisterDocument.h"
#include "usecases/ChangeResult.h"

namespace pr::usecases {

class UseCaseContext;

// Importing a whole register from its JSON form (docs/json-format.md) into the open one, all
// or nothing: one write, so that a refused import leaves the register as it was.
class RegisterImport {
public:
    static ChangeResult import(const UseCaseContext& context,
                               const core::json::RegisterDocument& document);
};

} // namespace pr::usecases
