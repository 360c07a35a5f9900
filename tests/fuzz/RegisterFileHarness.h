#pragma once

// The body of the register file fuzzer, shared by the libFuzzer entry point
// (FuzzRegisterFile.cpp) and by test_fuzz_corpus, which replays the seed corpus in every
// build. Keeping one body means CI exercises exactly the code the fuzzer runs.

#include "storage/format/MasterKey.h"

#include <cstdint>
#include <span>
#include <vector>

namespace pr::fuzz {

// How far one input got on the way a register is opened.
enum class Outcome {
    Rejected,  // inspect() refused it: magic, version, length, checksums or KDF identifiers
    Refused,   // the header passed inspect(); decrypt() refused it (header MAC or GCM tag)
    Decrypted, // decrypted, but the plaintext is not a sound database
    Loaded,    // decrypted, loaded and the database passes its integrity check
};

struct Outcomes {
    Outcome asGiven;  // the bytes as they came
    Outcome rehashed; // the same bytes with valid checksums and header MAC (see below)
};

// The one key the harness decrypts with: fixed salt and password, fastForTests() parameters,
// derived once per process. The valid seed of the corpus is sealed under it, so decrypt()
// gets past the header MAC for that seed and for inputs the fuzzer derives from it.
const storage::MasterKey& harnessKey();

// inspect(), then decrypt() under harnessKey(), then what Register::open does with the
// plaintext (load it into SQLite, integrity check). Never unlock(): the header chooses the
// Argon2 cost, and a large but accepted cost would make every such input take seconds.
// RegisterError and CryptoError are the expected ways to fail and become an Outcome; any
// other exception escapes, and the fuzzer reports it as a crash.
Outcome openRegisterBytes(std::span<const std::uint8_t> file);

// FILE with its header hash, header MAC (under harnessKey()) and file hash recomputed, as
// far as its length allows. A random mutation almost never survives the SHA-256 checks, so
// without this the fuzzer would only ever test the first few comparisons; with it, mutated
// lengths, KDF fields and identifiers reach the checks behind the hashes, and decrypt().
std::vector<std::uint8_t> withValidChecksums(std::span<const std::uint8_t> file);

// One fuzzer iteration: openRegisterBytes() on DATA as given and on withValidChecksums(DATA).
Outcomes fuzzRegisterFile(std::span<const std::uint8_t> data);

} // namespace pr::fuzz
