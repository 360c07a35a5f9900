#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/file/RegisterLock.h"
#include "storage/format/FileHeader.h"
#include "storage/format/RegisterFileCodec.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/wait.h>

#include <unistd.h>

using namespace pr::storage;
using pr::test::fastOptions;
using pr::test::password;

namespace {
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("firma.prreg"));

    std::unique_ptr<Register> create()
    {
        return Register::create(path, password(), QStringLiteral("Testbedrijf B.V."),
                                fastOptions());
    }
    std::unique_ptr<Register> open(OpenMode mode = OpenMode::ReadWrite)
    {
        return Register::open(path, password(), mode, fastOptions());
    }
};

void setMeta(Register& reg, const QString& key, const QString& value)
{
    reg.write([&](SqliteDatabase& db) {
        db.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
            .bind(1, key)
            .bind(2, value)
            .run();
    });
}

QString meta(const Register& reg, const QString& key)
{
    auto query = reg.database().prepare(u"SELECT value FROM meta WHERE key = ?1");
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}
} // namespace

TEST_CASE("A new register opens again with the same password and content", "[register]")
{
    Fixture f;
    f.create().reset();
    const auto reg = f.open(OpenMode::ReadOnly);
    CHECK(reg->database().scalar(u"SELECT count(*) FROM organisation") == 1);
    auto name = reg->database().prepare(u"SELECT legal_name FROM organisation");
    REQUIRE(name.step());
    CHECK(name.text(0) == QStringLiteral("Testbedrijf B.V."));
    CHECK_FALSE(meta(*reg, QStringLiteral("created_at")).isEmpty());
}

TEST_CASE("Creating a register never overwrites an existing file", "[register]")
{
    Fixture f;
    REQUIRE(pr::test::writeFile(f.path, "precious"));
    CHECK_THROWS_AS(f.create(), FileAccessError);
    CHECK(pr::test::readFile(f.path) == "precious");
}

TEST_CASE("Every write is one transaction followed by a save", "[register]")
{
    Fixture f;
    {
        auto reg = f.create();
        setMeta(*reg, QStringLiteral("marker"), QStringLiteral("saved"));
        CHECK_FALSE(reg->hasUnsavedChanges());
    }
    const auto reg = f.open(OpenMode::ReadOnly);
    CHECK(meta(*reg, QStringLiteral("marker")) == QStringLiteral("saved"));
}

TEST_CASE("A change that throws is rolled back and not saved", "[register]")
{
    Fixture f;
    auto reg = f.create();
    const QByteArray before = pr::test::readFile(f.path);
    CHECK_THROWS_AS(reg->write([](SqliteDatabase& db) {
        db.exec(u"INSERT INTO meta (key, value) VALUES ('half', 'done')");
        throw std::runtime_error("the editor gave up");
    }),
                    std::runtime_error);
    CHECK(meta(*reg, QStringLiteral("half")).isEmpty());
    CHECK(pr::test::readFile(f.path) == before);
    CHECK_FALSE(reg->database().inTransaction());
}

TEST_CASE("A failed open never writes to the file or makes a backup", "[register]")
{
    Fixture f;
    f.create().reset();
    const QByteArray before = pr::test::readFile(f.path);
    const QDateTime modified = QFileInfo(f.path).lastModified();

    CHECK_THROWS_AS(
        Register::open(f.path, password("not the password"), OpenMode::ReadWrite, fastOptions()),
        WrongPasswordError);
    QByteArray damaged = before;
    damaged[300] = static_cast<char>(damaged[300] ^ 1);
    REQUIRE(pr::test::writeFile(f.path, damaged));
    CHECK_THROWS_AS(f.open(), DamagedFileError);

    CHECK(pr::test::readFile(f.path) == damaged);
    CHECK(QFileInfo(f.path).lastModified() >= modified);
    CHECK_FALSE(QFileInfo::exists(Backups::defaultDirectoryFor(f.path)));
    CHECK_FALSE(QFileInfo::exists(RegisterLock::lockPathFor(f.path)));
}

TEST_CASE("A missing file is reported as such", "[register]")
{
    Fixture f;
    CHECK_THROWS_AS(f.open(OpenMode::ReadOnly), FileAccessError);
}

TEST_CASE("'Already open' names the holder and host, or says the lock does not name them",
          "[register][lock]")
{
    const RegisterInUseError named(QStringLiteral("r.prreg"), 42, QStringLiteral("werkplek-3"),
                                   QStringLiteral("privacyregister-cli"));
    CHECK(
        named.message().contains(QStringLiteral("privacyregister-cli (process 42 on werkplek-3)")));
    const RegisterInUseError unnamed(QStringLiteral("r.prreg"), 0, {}, {});
    CHECK(unnamed.message().contains(QStringLiteral("does not (yet) say which")));
    CHECK_FALSE(unnamed.message().contains(QStringLiteral("process 0")));
}

TEST_CASE("A second writer is refused while the first holds the register", "[register][lock]")
{
    Fixture f;
    auto first = f.create();
    try {
        f.open();
        FAIL("a second writer got in");
    } catch (const RegisterInUseError& error) {
        CHECK(error.message().contains(QString::number(QCoreApplication::applicationPid())));
        CHECK(error.message().contains(QSysInfo::machineHostName()));
    }
    SECTION("a reader still gets in, and cannot save")
    {
        const auto reader = f.open(OpenMode::ReadOnly);
        CHECK(reader->isReadOnly());
        CHECK_THROWS_AS(
            setMeta(const_cast<Register&>(*reader), QStringLiteral("k"), QStringLiteral("v")),
            RegisterError);
    }
    SECTION("the lock is released when the first closes")
    {
        first.reset();
        CHECK_NOTHROW(f.open());
    }
}

TEST_CASE("A lock left behind by a dead process is taken over", "[register][lock]")
{
    Fixture f;
    f.create().reset();
    const pid_t child = fork();
    if (child == 0) {
        QLockFile orphan(RegisterLock::lockPathFor(f.path));
        orphan.tryLock(0);
        _exit(0); // dies holding the lock, as a crashed program would
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(QFileInfo::exists(RegisterLock::lockPathFor(f.path)));
    CHECK_NOTHROW(f.open());
}

TEST_CASE("The first save of a session backs up the file as it was opened", "[register][backup]")
{
    Fixture f;
    f.create().reset();
    const QByteArray original = pr::test::readFile(f.path);
    {
        auto reg = f.open();
        setMeta(*reg, QStringLiteral("edit"), QStringLiteral("1"));
        setMeta(*reg, QStringLiteral("edit"), QStringLiteral("2"));
        REQUIRE(reg->backups().list().size() == 1);
        CHECK(pr::test::readFile(reg->backups().newest()) == original);
    }
    const auto backup =
        Register::open(Backups(f.path, 10).newest(), password(), OpenMode::ReadOnly, fastOptions());
    CHECK(meta(*backup, QStringLiteral("edit")).isEmpty());
}

TEST_CASE("Backups roll: only the newest N are kept", "[register][backup]")
{
    Fixture f;
    RegisterOptions options = fastOptions();
    options.backupCount = 3;
    Register::create(f.path, password(), QStringLiteral("Rol B.V."), options).reset();
    for (int session = 0; session < 5; ++session) {
        auto reg = Register::open(f.path, password(), OpenMode::ReadWrite, options);
        setMeta(*reg, QStringLiteral("session"), QString::number(session));
    }
    const QStringList backups = Backups(f.path, 3).list();
    REQUIRE(backups.size() == 3);
    // The newest backup holds the state before the last session: session 3.
    const auto newest = Register::open(backups.first(), password(), OpenMode::ReadOnly, options);
    CHECK(meta(*newest, QStringLiteral("session")) == QStringLiteral("3"));
}

TEST_CASE("A password change re-encrypts the register and every backup", "[register][password]")
{
    Fixture f;
    f.create().reset();
    {
        auto reg = f.open();
        setMeta(*reg, QStringLiteral("k"), QStringLiteral("v"));
    }
    {
        auto reg = f.open();
        const auto result = reg->changePassword(password(), password("a brand new password"));
        CHECK(result.backupsReencrypted == 2);
        CHECK(result.backupsSkipped.isEmpty());
        CHECK(reg->info().kdf == pr::crypto::Argon2Parameters::fastForTests());
    }
    QStringList files = Backups(f.path, 10).list();
    REQUIRE(files.size() == 2);
    files << f.path;
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK_THROWS_AS(Register::open(file, password(), OpenMode::ReadOnly, fastOptions()),
                        WrongPasswordError);
        CHECK_NOTHROW(Register::open(file, password("a brand new password"), OpenMode::ReadOnly,
                                     fastOptions()));
    }
}

TEST_CASE("A save refuses to overwrite a file another program changed", "[register]")
{
    Fixture f;
    auto reg = f.create();
    const QByteArray replaced = pr::test::readFile(f.path) + "x";
    REQUIRE(pr::test::writeFile(f.path, replaced));
    CHECK_THROWS_AS(setMeta(*reg, QStringLiteral("k"), QStringLiteral("v")), SaveError);
    CHECK(pr::test::readFile(f.path) == replaced);
    CHECK(reg->hasUnsavedChanges());
}

TEST_CASE("Save as continues in the new file", "[register]")
{
    Fixture f;
    auto reg = f.create();
    const QString other = f.dir.filePath(QStringLiteral("elders.prreg"));
    setMeta(*reg, QStringLiteral("where"), QStringLiteral("first"));
    reg->saveAs(other);
    setMeta(*reg, QStringLiteral("where"), QStringLiteral("second"));
    reg.reset();
    const auto moved = Register::open(other, password(), OpenMode::ReadOnly, fastOptions());
    CHECK(meta(*moved, QStringLiteral("where")) == QStringLiteral("second"));
    const auto old = f.open(OpenMode::ReadOnly);
    CHECK(meta(*old, QStringLiteral("where")) == QStringLiteral("first"));
}

TEST_CASE("No plaintext of the register reaches the disk", "[register][security]")
{
    Fixture f;
    const QString marker =
        QStringLiteral("PLAINTEXT-MARKER-%1").arg(QCoreApplication::applicationPid());
    {
        auto reg = f.create();
        for (int i = 0; i < 5; ++i) {
            setMeta(*reg, QStringLiteral("note%1").arg(i), marker);
        }
        reg->changePassword(password(), password("another password"));
    }
    const QByteArray needle = marker.toUtf8();
    int scanned = 0;
    for (const QString& root : {f.dir.path(), QDir::tempPath()}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (QFileInfo(file).size() > 64 * 1024 * 1024) {
                continue;
            }
            INFO(file.toStdString());
            CHECK_FALSE(pr::test::readFile(file).contains(needle));
            ++scanned;
        }
    }
    CHECK(scanned >= 2); // the register and its backup at least
}

TEST_CASE("Only the owner may read the register and its backups", "[register][security]")
{
    Fixture f;
    f.create().reset();
    {
        auto reg = f.open();
        setMeta(*reg, QStringLiteral("k"), QStringLiteral("v"));
    }
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther;
    for (const QString& file : QStringList{f.path} + Backups(f.path, 10).list()) {
        INFO(file.toStdString());
        const auto permissions = QFileInfo(file).permissions();
        CHECK((permissions & ownerOnly) == ownerOnly);
        CHECK((permissions & others) == 0);
    }
}

TEST_CASE("An authentic file whose database is damaged is refused at open", "[register]")
{
    // Only a bug could write this: the tag proves the bytes are the program's own. The quick
    // check at open must still refuse to work on such a database.
    Fixture f;
    f.create().reset();
    const QByteArray file = pr::test::readFile(f.path);
    const FileHeader header = RegisterFileCodec::inspect(byteView(file), f.path);
    const MasterKey key = MasterKey::derive(password(), header.salt, header.kdf);
    pr::crypto::SecureBytes image = RegisterFileCodec::decrypt(byteView(file), key, f.path);
    // Overwrite the second page (the first holds the file header SQLite needs to load it).
    std::fill(image.begin() + 4096 + 8, image.begin() + 8192 - 8, std::uint8_t{0x5a});
    const auto sealed = RegisterFileCodec::seal(image, key);
    REQUIRE(pr::test::writeFile(f.path, QByteArray(reinterpret_cast<const char*>(sealed.data()),
                                                   static_cast<qsizetype>(sealed.size()))));
    try {
        f.open(OpenMode::ReadOnly);
        FAIL("a damaged database was opened");
    } catch (const DamagedFileError& error) {
        CHECK(error.reason() == DamagedFileError::Reason::ContentDamaged);
    }
}
