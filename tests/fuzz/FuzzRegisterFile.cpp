// libFuzzer entry point for the register file parser. The body lives in
// RegisterFileHarness.cpp, so that test_fuzz_corpus runs the same code without libFuzzer.

#include "RegisterFileHarness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Expected failures are caught inside; anything else escapes and libFuzzer reports it.
    static_cast<void>(pr::fuzz::fuzzRegisterFile({data, size}));
    return 0;
}
