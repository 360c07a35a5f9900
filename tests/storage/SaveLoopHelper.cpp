// A helper for CrashLoopTest: opens a register and saves a counter in a tight loop,
// printing each counter value once its save has returned. The test kills it with SIGKILL
// at random moments and then checks what is on disk.
//
//   pr_save_loop_helper REGISTER PASSWORD

#include "crypto/ByteView.h"
#include "storage/Register.h"

#include <QCoreApplication>

#include <cstdio>

using namespace pr::storage;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: pr_save_loop_helper REGISTER PASSWORD\n");
        return 2;
    }
    const auto reg =
        Register::open(QString::fromLocal8Bit(argv[1]),
                       pr::crypto::asBytes(std::string_view(argv[2])), OpenMode::ReadWrite);
    std::int64_t counter = reg->database().scalar(u"SELECT CAST(value AS INTEGER) FROM meta "
                                                  u"WHERE key = 'counter'");
    for (;;) {
        ++counter;
        reg->write([counter](SqliteDatabase& db) {
            db.prepare(u"UPDATE meta SET value = ?1 WHERE key = 'counter'").bind(1, counter).run();
            // Grow the file a little each time, so that saves differ in size too.
            db.prepare(u"INSERT INTO meta (key, value) VALUES (?1, randomblob(512))")
                .bind(1, QStringLiteral("filler-%1").arg(counter))
                .run();
        });
        std::printf("%lld\n", static_cast<long long>(counter));
        std::fflush(stdout);
    }
}
