// Replays the register file fuzzer's seed corpus through the same harness the fuzzer runs,
// in every build (gcc too), so that CI notices when a seed stops reaching the stage it was
// made for or when the harness itself breaks. The hidden test at the end writes the seeds.

#include "RegisterFileHarness.h"
#include "storage/format/FileHeader.h"
#include "storage/format/RegisterFileCodec.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <vector>

using pr::fuzz::Outcome;
using pr::storage::FileHeader;

namespace {
using Bytes = std::vector<std::uint8_t>;

const QString kCorpusDir = QStringLiteral(PR_FUZZ_CORPUS_DIR);

Bytes readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    return {bytes.begin(), bytes.end()};
}

std::map<QString, Bytes> readCorpus()
{
    std::map<QString, Bytes> corpus;
    const QDir dir(kCorpusDir);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        corpus.emplace(name, readBytes(dir.filePath(name)));
    }
    return corpus;
}

// A real register database, but with 512-byte pages so that the sealed seed stays small
// (libFuzzer mutates small inputs much faster, and the default 4 KiB pages would make it
// 12 KiB for three tables).
Bytes smallRegisterImage()
{
    pr::storage::SqliteDatabase db = pr::storage::SqliteDatabase::createEmpty();
    db.exec(u"PRAGMA page_size = 512");
    pr::storage::Migrations::migrate(db, QStringLiteral("seed.prreg"));
    db.exec(u"INSERT INTO organisation (id, legal_name) VALUES (1, 'Voorbeeld ICT B.V.');"
            u"INSERT INTO meta (key, value) VALUES ('created_at', '2024-01-15T09:30:00Z');");
    const auto image = db.image();
    return {image.begin(), image.end()};
}

Bytes sealedSeed()
{
    return pr::storage::RegisterFileCodec::seal(smallRegisterImage(), pr::fuzz::harnessKey());
}

// The valid seed with its header replaced by HEADER and every checksum made valid again.
Bytes withHeader(const Bytes& valid, const FileHeader& header)
{
    Bytes file = valid;
    const Bytes bytes = header.serialise();
    std::copy(bytes.begin(), bytes.end(), file.begin());
    return pr::fuzz::withValidChecksums(file);
}

void writeSeed(const QString& name, const Bytes& bytes)
{
    QFile file(QDir(kCorpusDir).filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(reinterpret_cast<const char*>(bytes.data()),
                       static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size()));
}
} // namespace

TEST_CASE("Every seed of the register file corpus runs through the fuzz harness", "[fuzz]")
{
    const auto corpus = readCorpus();
    REQUIRE(corpus.size() >= 3);
    for (const auto& [name, bytes] : corpus) {
        INFO(name.toStdString());
        CHECK(bytes.size() < 8 * 1024);
        CHECK_NOTHROW(pr::fuzz::fuzzRegisterFile(bytes));
    }
}

TEST_CASE("The seeds reach the stage they were made for", "[fuzz]")
{
    const auto corpus = readCorpus();
    const std::map<QString, Outcome> expected = {
        {QStringLiteral("valid.prreg"), Outcome::Loaded},
        {QStringLiteral("truncated.prreg"), Outcome::Rejected},
        {QStringLiteral("wrong-magic.prreg"), Outcome::Rejected},
        {QStringLiteral("future-version.prreg"), Outcome::Rejected},
        {QStringLiteral("kdf-out-of-limits.prreg"), Outcome::Rejected},
    };
    for (const auto& [name, outcome] : expected) {
        INFO(name.toStdString());
        const auto seed = corpus.find(name);
        REQUIRE(seed != corpus.end());
        CHECK(pr::fuzz::openRegisterBytes(seed->second) == outcome);
    }
}

TEST_CASE("Rehashing carries a mutated file past the checksums to the GCM tag", "[fuzz]")
{
    // If the harness's copy of the header MAC drifted from the codec's, the rehashed path
    // would stop at the MAC and the fuzzer would lose the depth it exists for.
    Bytes file = readBytes(QDir(kCorpusDir).filePath(QStringLiteral("valid.prreg")));
    REQUIRE(pr::fuzz::openRegisterBytes(pr::fuzz::withValidChecksums(file)) == Outcome::Loaded);
    file[FileHeader::kSize + 10] ^= 0x01; // one bit of the ciphertext
    const auto outcomes = pr::fuzz::fuzzRegisterFile(file);
    CHECK(outcomes.asGiven == Outcome::Rejected);
    CHECK(outcomes.rehashed == Outcome::Refused);
}

TEST_CASE("Short and empty inputs are rejected, not read past their end", "[fuzz]")
{
    const Bytes valid = sealedSeed();
    for (std::size_t length :
         {std::size_t{0}, std::size_t{1}, std::size_t{9}, std::size_t{10}, FileHeader::kSize - 1,
          FileHeader::kSize, FileHeader::kMinimumFileSize - 1, FileHeader::kMinimumFileSize}) {
        INFO(length);
        const Bytes prefix(valid.begin(), valid.begin() + static_cast<std::ptrdiff_t>(length));
        const auto outcomes = pr::fuzz::fuzzRegisterFile(prefix);
        CHECK(outcomes.asGiven == Outcome::Rejected);
        CHECK(outcomes.rehashed == Outcome::Rejected);
    }
}

// Hidden: run `test_fuzz_corpus "[generate-corpus]"` to rewrite the seeds in the source tree
// (after a format change). Each run gives different bytes, as seal() draws a fresh seed and
// nonce, but the same outcomes.
TEST_CASE("Write the register file seed corpus", "[.][generate-corpus]")
{
    REQUIRE(QDir().mkpath(kCorpusDir));
    const Bytes valid = sealedSeed();
    REQUIRE(pr::fuzz::openRegisterBytes(valid) == Outcome::Loaded);
    writeSeed(QStringLiteral("valid.prreg"), valid);

    writeSeed(QStringLiteral("truncated.prreg"),
              Bytes(valid.begin(), valid.begin() + static_cast<std::ptrdiff_t>(valid.size() / 2)));

    Bytes wrongMagic = valid;
    wrongMagic[1] = 'X';
    writeSeed(QStringLiteral("wrong-magic.prreg"), wrongMagic);

    FileHeader header = FileHeader::parse(valid);
    header.formatVersion = FileHeader::kFormatVersion + 1;
    writeSeed(QStringLiteral("future-version.prreg"), withHeader(valid, header));

    // Accepted by the hashes, refused before any key work: 4 GiB + 1 KiB of Argon2 memory.
    header = FileHeader::parse(valid);
    header.kdf.memoryKiB = pr::crypto::Argon2Parameters::kMaxMemoryKiB + 1;
    writeSeed(QStringLiteral("kdf-out-of-limits.prreg"), withHeader(valid, header));
}
