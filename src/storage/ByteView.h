#pragma once

#include <QByteArray>

#include <cstdint>
#include <span>

namespace pr::storage {

// QByteArray holds chars; the crypto layer speaks bytes.
inline std::span<const std::uint8_t> byteView(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

} // namespace pr::storage
