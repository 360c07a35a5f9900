// tests/data/golden-v1.prreg was written by this code when format version 1 was current.
// Every later version must still open it: change the format by adding a version, never by
// changing what version 1 means. The password is public: "golden-v1-password".

#include "storage/ByteView.h"
#include "storage/format/FileHeader.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {
constexpr std::string_view kGoldenPassword = "golden-v1-password";
const QString kGolden = QStringLiteral(PR_SOURCE_DIR "/tests/data/golden-v1.prreg");
} // namespace

TEST_CASE("The golden version 1 file always opens, with its content", "[golden]")
{
    REQUIRE(QFileInfo::exists(kGolden));
    const QByteArray bytes = pr::test::readFile(kGolden);
    REQUIRE(bytes.size() > static_cast<qsizetype>(FileHeader::kMinimumFileSize));
    CHECK(FileHeader::peekVersion(byteView(bytes)) == 1);

    const auto reg =
        Register::open(kGolden, pr::crypto::asBytes(kGoldenPassword), OpenMode::ReadOnly);
    auto name = reg->database().prepare(u"SELECT legal_name FROM organisation");
    REQUIRE(name.step());
    CHECK(name.text(0) == QStringLiteral("Gouden Voorbeeld B.V."));
    auto note = reg->database().prepare(u"SELECT value FROM meta WHERE key = 'golden'");
    REQUIRE(note.step());
    CHECK(note.text(0) == QStringLiteral("format 1, schema 1, written 2026-11-21"));
}

// Hidden: run `test_storage "[.generate-golden]"` only when a new format version is added,
// and then write a golden file for the NEW version instead of replacing this one.
TEST_CASE("Write the golden version 1 file", "[.generate-golden]")
{
    const QString target = QDir(QStringLiteral(PR_SOURCE_DIR "/tests/data"))
                               .filePath(QStringLiteral("golden-v1.prreg"));
    QFile::remove(target);
    RegisterOptions options = pr::test::fastOptions();
    options.backupCount = 0;
    auto reg = Register::create(target, pr::crypto::asBytes(kGoldenPassword),
                                QStringLiteral("Gouden Voorbeeld B.V."), options);
    reg->write([](SqliteDatabase& db) {
        db.exec(u"INSERT INTO meta (key, value) VALUES "
                u"('golden', 'format 1, schema 1, written 2026-11-21')");
    });
    CHECK(QFileInfo::exists(target));
}
