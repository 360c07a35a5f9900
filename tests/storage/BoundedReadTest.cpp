// Files are read only when they are ordinary files of a sane size: a FIFO, a device or a
// folder is refused at once (a plain open of a FIFO would block forever, /dev/zero would fill
// the memory), and a refused open of a register leaves no lock behind.

#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/RegisterLock.h"
#include "support/TestRegister.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace pr::storage;

TEST_CASE("A FIFO is refused without blocking, and no lock is left", "[file][register]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.prreg"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // Nobody writes to the pipe: a blocking open would never return and the test would hang.
    CHECK_THROWS_AS(AtomicFile::read(fifo), FileAccessError);
    try {
        Register::open(fifo, pr::test::password(), OpenMode::ReadWrite, pr::test::fastOptions());
        FAIL("a FIFO opened as a register");
    } catch (const FileAccessError& error) {
        CHECK(error.message().contains(QLatin1String("not an ordinary file")));
    }
    CHECK_FALSE(QFileInfo::exists(RegisterLock::lockPathFor(fifo)));
}

TEST_CASE("A device and a folder are not read", "[file]")
{
    CHECK_THROWS_AS(AtomicFile::read(QStringLiteral("/dev/zero")), FileAccessError);
    CHECK_THROWS_AS(Register::open(QStringLiteral("/dev/zero"), pr::test::password(),
                                   OpenMode::ReadOnly, pr::test::fastOptions()),
                    FileAccessError);
    QTemporaryDir dir;
    CHECK_THROWS_AS(AtomicFile::read(dir.path()), FileAccessError);
}

TEST_CASE("A file larger than the limit is refused before it is read", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big"));
    REQUIRE(pr::test::writeFile(path, QByteArray(1025, 'x')));
    try {
        AtomicFile::read(path, 1024);
        FAIL("read beyond the limit");
    } catch (const FileAccessError& error) {
        CHECK(error.message().contains(QLatin1String("too large")));
    }
    CHECK(AtomicFile::read(path, 1025).size() == 1025);
}
