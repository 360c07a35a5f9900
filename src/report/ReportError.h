#pragma once

#include <stdexcept>

namespace pr::report {
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
} // namespace pr::report
