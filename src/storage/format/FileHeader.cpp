#include "storage/format/FileHeader.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace pr::storage {

namespace {
// Little-endian field writer/reader over a fixed buffer; the offsets are the format.
template <typename T>
void put(std::vector<std::uint8_t>& out, std::size_t offset, T value)
{
    qToLittleEndian(value, out.data() + offset);
}

template <typename T>
T get(std::span<const std::uint8_t> in, std::size_t offset)
{
    return qFromLittleEndian<T>(in.data() + offset);
}

template <std::size_t N>
void putBytes(std::vector<std::uint8_t>& out, std::size_t offset,
              const std::array<std::uint8_t, N>& bytes)
{
    std::copy(bytes.begin(), bytes.end(), out.begin() + static_cast<std::ptrdiff_t>(offset));
}

template <std::size_t N>
void getBytes(std::span<const std::uint8_t> in, std::size_t offset,
              std::array<std::uint8_t, N>& out)
{
    std::memcpy(out.data(), in.data() + offset, N);
}

constexpr std::size_t kVersionOffset = 8;
constexpr std::size_t kHeaderSizeOffset = 10;
constexpr std::size_t kKdfIdOffset = 12;
constexpr std::size_t kCipherIdOffset = 13;
constexpr std::size_t kMemoryOffset = 16;
constexpr std::size_t kIterationsOffset = 20;
constexpr std::size_t kParallelismOffset = 24;
constexpr std::size_t kSaltOffset = 28;
constexpr std::size_t kSeedOffset = 60;
constexpr std::size_t kNonceOffset = 92;
constexpr std::size_t kLengthOffset = 104;
constexpr std::size_t kHashOffset = 112;
} // namespace

std::vector<std::uint8_t> FileHeader::serialise() const
{
    std::vector<std::uint8_t> out(kSize, 0);
    putBytes(out, 0, kMagic);
    put<std::uint16_t>(out, kVersionOffset, formatVersion);
    put<std::uint16_t>(out, kHeaderSizeOffset, static_cast<std::uint16_t>(kSize));
    out[kKdfIdOffset] = kdfId;
    out[kCipherIdOffset] = cipherId;
    put<std::uint32_t>(out, kMemoryOffset, kdf.memoryKiB);
    put<std::uint32_t>(out, kIterationsOffset, kdf.iterations);
    put<std::uint32_t>(out, kParallelismOffset, kdf.parallelism);
    putBytes(out, kSaltOffset, salt);
    putBytes(out, kSeedOffset, seed);
    putBytes(out, kNonceOffset, nonce);
    put<std::uint64_t>(out, kLengthOffset, ciphertextLength);
    putBytes(out, kHashOffset, headerHash);
    putBytes(out, kMacOffset, headerMac);
    return out;
}

std::uint16_t FileHeader::peekVersion(std::span<const std::uint8_t> bytes)
{
    return get<std::uint16_t>(bytes, kVersionOffset);
}

FileHeader FileHeader::parse(std::span<const std::uint8_t> bytes)
{
    FileHeader header;
    header.formatVersion = get<std::uint16_t>(bytes, kVersionOffset);
    header.kdfId = bytes[kKdfIdOffset];
    header.cipherId = bytes[kCipherIdOffset];
    header.kdf.memoryKiB = get<std::uint32_t>(bytes, kMemoryOffset);
    header.kdf.iterations = get<std::uint32_t>(bytes, kIterationsOffset);
    header.kdf.parallelism = get<std::uint32_t>(bytes, kParallelismOffset);
    getBytes(bytes, kSaltOffset, header.salt);
    getBytes(bytes, kSeedOffset, header.seed);
    getBytes(bytes, kNonceOffset, header.nonce);
    header.ciphertextLength = get<std::uint64_t>(bytes, kLengthOffset);
    getBytes(bytes, kHashOffset, header.headerHash);
    getBytes(bytes, kMacOffset, header.headerMac);
    return header;
}

} // namespace pr::storage
