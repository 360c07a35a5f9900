#pragma once

#include <stdexcept>

namespace pr::storage {
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
} // namespace pr::storage
