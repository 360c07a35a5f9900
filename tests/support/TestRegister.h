#pragma once

// Shared helpers for tests that create registers: a fast key derivation (the real one costs
// half a second per register) and byte-level access to files.

#include "crypto/Argon2id.h"
#include "crypto/ByteView.h"
#include "storage/Register.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <string_view>

namespace pr::test {

inline constexpr std::string_view kPassword = "correct horse battery staple";

inline std::span<const std::uint8_t> password(std::string_view text = kPassword)
{
    return crypto::asBytes(text);
}

inline storage::RegisterOptions fastOptions()
{
    storage::RegisterOptions options;
    options.kdf = crypto::Argon2Parameters::fastForTests();
    return options;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace pr::test
