#include "crypto/Argon2id.h"

#include "crypto/ByteView.h"
#include "crypto/CryptoError.h"
#include "crypto/Digest.h"

#include <catch2/catch.hpp>

using pr::crypto::Argon2Parameters;
using pr::crypto::asBytes;
using pr::crypto::CryptoError;
using pr::crypto::deriveArgon2id;
using pr::crypto::toHex;

// The expected values are the Argon2id version 0x13 vectors of the reference implementation's
// test suite (phc-winner-argon2, src/test.c), password "password", salt "somesalt", 32-byte
// output; re-checked with Debian's argon2 command.
TEST_CASE("Argon2id matches the reference implementation's test vectors", "[argon2]")
{
    struct Vector {
        Argon2Parameters parameters;
        const char* password = nullptr;
        const char* salt = nullptr;
        const char* expected = nullptr;
    };
    const Vector vectors[] = {
        {{256, 2, 1},
         "password",
         "somesalt",
         "9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe"},
        {{256, 2, 2},
         "password",
         "somesalt",
         "6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037"},
        {{65536, 1, 1},
         "password",
         "somesalt",
         "f6a5adc1ba723dddef9b5ac1d464e180fcd9dffc9d1cbf76cca2fed795d9ca98"},
        {{65536, 2, 1},
         "password",
         "somesalt",
         "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"},
        {{65536, 2, 1},
         "differentpassword",
         "somesalt",
         "0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde"},
        {{65536, 2, 1},
         "password",
         "diffsalt",
         "bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c"},
    };
    for (const Vector& vector : vectors) {
        INFO("m=" << vector.parameters.memoryKiB << " t=" << vector.parameters.iterations
                  << " p=" << vector.parameters.parallelism << " password=" << vector.password
                  << " salt=" << vector.salt);
        CHECK(toHex(deriveArgon2id(asBytes(vector.password), asBytes(vector.salt),
                                   vector.parameters, 32)) == vector.expected);
    }
}

TEST_CASE("Argon2id derives the requested key length", "[argon2]")
{
    const auto parameters = Argon2Parameters::fastForTests();
    const auto key16 = deriveArgon2id(asBytes("pw"), asBytes("0123456789abcdef"), parameters, 16);
    const auto key64 = deriveArgon2id(asBytes("pw"), asBytes("0123456789abcdef"), parameters, 64);
    CHECK(key16.size() == 16);
    CHECK(key64.size() == 64);
    CHECK(deriveArgon2id(asBytes("pw"), asBytes("0123456789abcdef"), parameters).size() == 32);
}

TEST_CASE("The default and test Argon2id parameters are within the limits", "[argon2]")
{
    CHECK(Argon2Parameters::defaults().isWithinLimits());
    CHECK(Argon2Parameters::fastForTests().isWithinLimits());
    // Guards against a test setting leaking into the defaults.
    CHECK(Argon2Parameters::defaults().memoryKiB >= 64U * 1024);
}

TEST_CASE("Argon2id parameters outside the limits are refused before any work", "[argon2]")
{
    const auto salt = asBytes("0123456789abcdef");
    const Argon2Parameters base = Argon2Parameters::fastForTests();
    auto with = [&base](auto change) {
        Argon2Parameters changed = base;
        change(changed);
        return changed;
    };
    const Argon2Parameters invalid[] = {
        with([](Argon2Parameters& p) { p.memoryKiB = 4; }),
        with([](Argon2Parameters& p) { p.memoryKiB = Argon2Parameters::kMaxMemoryKiB + 1; }),
        with([](Argon2Parameters& p) { p.memoryKiB = 0xffffffffU; }),
        with([](Argon2Parameters& p) { p.iterations = 0; }),
        with([](Argon2Parameters& p) { p.iterations = 101; }),
        with([](Argon2Parameters& p) { p.parallelism = 0; }),
        with([](Argon2Parameters& p) { p.parallelism = 17; }),
        // Enough memory overall, but less than libargon2's 8 KiB per lane.
        with([](Argon2Parameters& p) {
            p.memoryKiB = 64;
            p.parallelism = 16;
        }),
    };
    for (const Argon2Parameters& parameters : invalid) {
        INFO("m=" << parameters.memoryKiB << " t=" << parameters.iterations
                  << " p=" << parameters.parallelism);
        CHECK_FALSE(parameters.isWithinLimits());
        CHECK_THROWS_AS(deriveArgon2id(asBytes("pw"), salt, parameters), CryptoError);
    }

    const Argon2Parameters edges[] = {
        {Argon2Parameters::kMinMemoryKiB, 1, 1},
        {Argon2Parameters::kMaxMemoryKiB, Argon2Parameters::kMaxIterations,
         Argon2Parameters::kMaxParallelism},
        {128, 1, 16},
    };
    for (const Argon2Parameters& parameters : edges) {
        CHECK(parameters.isWithinLimits());
    }
}

TEST_CASE("Argon2id refuses short salts and unusable key lengths", "[argon2]")
{
    const auto parameters = Argon2Parameters::fastForTests();
    CHECK_THROWS_AS(deriveArgon2id(asBytes("pw"), asBytes("1234567"), parameters), CryptoError);
    CHECK_THROWS_AS(deriveArgon2id(asBytes("pw"), {}, parameters), CryptoError);
    CHECK_THROWS_AS(deriveArgon2id(asBytes("pw"), asBytes("somesalt"), parameters, 15),
                    CryptoError);
    CHECK_THROWS_AS(deriveArgon2id(asBytes("pw"), asBytes("somesalt"), parameters, 1025),
                    CryptoError);
    CHECK(deriveArgon2id({}, asBytes("somesalt"), parameters).size() == 32);
}
