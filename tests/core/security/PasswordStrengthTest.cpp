#include "core/security/PasswordStrength.h"

#include <catch2/catch.hpp>

using pr::core::PasswordStrength;
using Level = PasswordStrength::Level;

TEST_CASE("Passwords shorter than eight characters are too short", "[password]")
{
    CHECK(PasswordStrength::estimate(QString()).level == Level::TooShort);
    CHECK(PasswordStrength::estimate(QStringLiteral("Ab3$xyz")).level == Level::TooShort);
    CHECK_FALSE(PasswordStrength::estimate(QStringLiteral("kort")).advice.isEmpty());
}

TEST_CASE("Repeats, runs and common words count as weak", "[password]")
{
    for (const char* weak :
         {"aaaaaaaaaa", "12345678", "abcdefghij", "wachtwoord1", "Welkom2026", "qwertyuiop"}) {
        INFO(weak);
        CHECK(PasswordStrength::estimate(QString::fromLatin1(weak)).level == Level::Weak);
    }
}

TEST_CASE("Length and variety make a password stronger", "[password]")
{
    const auto medium = PasswordStrength::estimate(QStringLiteral("Tulp7Fiets!"));
    CHECK(medium.level == Level::Reasonable);
    const auto passphrase =
        PasswordStrength::estimate(QStringLiteral("paars kanaal fiets dinsdag"));
    CHECK(passphrase.level == Level::Strong);
    CHECK(passphrase.advice.isEmpty());
    CHECK(passphrase.bits > medium.bits);
}

TEST_CASE("Every level has a label", "[password]")
{
    for (const Level level : {Level::TooShort, Level::Weak, Level::Reasonable, Level::Strong}) {
        CHECK_FALSE(PasswordStrength::label(level).isEmpty());
    }
}
