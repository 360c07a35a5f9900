// bench_register: how long the register takes to unlock, open, and save, and how much memory
// a large register needs. docs/performance.md explains the figures and holds the last run.
//
//   bench_register [--check] [--dir FOLDER]
//
// --check exits with 1 when a figure misses its target. --dir chooses where the registers are
// written (default: the system's temporary folder); it must be a real disk, not tmpfs, or
// the fsync of every save costs nothing and the save figures flatter.

#include "BenchOptions.h"
#include "Measure.h"
#include "ResultTable.h"
#include "SyntheticRegister.h"
#include "core/logging/Log.h"
#include "crypto/Argon2id.h"
#include "crypto/ByteView.h"
#include "storage/ByteView.h"
#include "storage/Register.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/Backups.h"
#include "storage/format/FileHeader.h"
#include "storage/format/MasterKey.h"
#include "storage/format/RegisterFileCodec.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <thread>

namespace {
using namespace pr;
using bench::Figures;
using bench::medianMs;
using bench::timeMs;

constexpr std::string_view kPassword = "benchmark password, not secret";
constexpr int kSaveRuns = 5;
constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kMB = 1000.0 * 1000.0;

std::span<const std::uint8_t> password()
{
    return crypto::asBytes(kPassword);
}

// Everything but unlock runs with the fast KDF: the benchmark measures unlock on its own, and
// the open figures are meant to be "after the KDF".
storage::RegisterOptions fastOptions()
{
    storage::RegisterOptions options;
    options.kdf = crypto::Argon2Parameters::fastForTests();
    return options;
}

double fileSize(const QString& path)
{
    return static_cast<double>(QFileInfo(path).size());
}

std::string cpuModel()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            return line.substr(line.find(':') + 2);
        }
    }
    return "unknown";
}

// Argon2id with the parameters new registers get: the real cost of typing the password.
double unlockMs()
{
    storage::MasterKey::Salt salt{};
    salt.fill(0x42);
    return medianMs(3, [&salt] {
        static_cast<void>(
            storage::MasterKey::derive(password(), salt, crypto::Argon2Parameters::defaults()));
    });
}

// Creates a register at PATH filled with SIZE rows (one transaction, one save).
Figures createRegister(const QString& path, bench::RegisterSize size)
{
    Figures figures;
    figures["fill_ms"] = timeMs([&] {
        auto reg = storage::Register::create(path, password(), QStringLiteral("Benchmark B.V."),
                                             fastOptions());
        reg->write([size](storage::SqliteDatabase& db) { bench::fillSyntheticRegister(db, size); });
        figures["image_bytes"] = static_cast<double>(reg->database().image().size());
    });
    figures["file_bytes"] = fileSize(path);
    figures["peak_bytes"] = bench::peakResidentBytes();
    return figures;
}

// The steps of Register::open after the KDF, each on its own, and the whole open minus the
// (fast) KDF as a cross-check: the two must roughly agree, or open does work not listed here.
Figures measureOpen(const QString& path)
{
    Figures figures;
    const QByteArray file = storage::AtomicFile::read(path);
    const storage::FileHeader header =
        storage::RegisterFileCodec::inspect(storage::byteView(file), path);
    const storage::MasterKey key = storage::MasterKey::derive(password(), header.salt, header.kdf);

    figures["kdf_fast_ms"] = medianMs(5, [&] {
        static_cast<void>(storage::MasterKey::derive(password(), header.salt, header.kdf));
    });
    figures["read_ms"] = medianMs(3, [&] { static_cast<void>(storage::AtomicFile::read(path)); });
    figures["inspect_ms"] = medianMs(3, [&] {
        static_cast<void>(storage::RegisterFileCodec::inspect(storage::byteView(file), path));
    });
    crypto::SecureBytes plaintext;
    figures["decrypt_ms"] = medianMs(3, [&] {
        plaintext = storage::RegisterFileCodec::decrypt(storage::byteView(file), key, path);
    });
    std::vector<double> load;
    std::vector<double> integrity;
    for (int run = 0; run < 3; ++run) {
        std::optional<storage::SqliteDatabase> db;
        load.push_back(timeMs([&] { db = storage::SqliteDatabase::fromImage(plaintext); }));
        integrity.push_back(timeMs([&] { static_cast<void>(db->integrityProblems()); }));
    }
    figures["load_ms"] = bench::median(load);
    figures["integrity_ms"] = bench::median(integrity);

    // The integrity check dominates a large open; these split it and time the cheaper
    // PRAGMA quick_check (no cross-check of index entries against rows) as the alternative.
    {
        const storage::SqliteDatabase db = storage::SqliteDatabase::fromImage(plaintext);
        const auto pragmaMs = [&db](const QString& sql) {
            return medianMs(3, [&] {
                auto statement = db.prepare(sql);
                while (statement.step()) {
                }
            });
        };
        figures["integrity_check_ms"] = pragmaMs(QStringLiteral("PRAGMA integrity_check"));
        figures["foreign_key_check_ms"] = pragmaMs(QStringLiteral("PRAGMA foreign_key_check"));
        figures["quick_check_ms"] = pragmaMs(QStringLiteral("PRAGMA quick_check"));
    }
    plaintext = {};

    std::vector<double> opens;
    for (int run = 0; run < 3; ++run) {
        std::unique_ptr<storage::Register> reg;
        opens.push_back(timeMs([&] {
            reg = storage::Register::open(path, password(), storage::OpenMode::ReadWrite,
                                          fastOptions());
        }));
        reg.reset(); // closing (wiping SQLite's heap) is not part of opening
    }
    figures["open_ms"] = bench::median(opens);
    figures["open_after_kdf_ms"] = figures["open_ms"] - figures["kdf_fast_ms"];
    return figures;
}

// Saves of a one-row change, as the user makes them: the first of a session also copies the
// file as it was opened to the backups, the later ones do not. Then the pieces of one save.
Figures measureSaves(const QString& path)
{
    Figures figures;
    auto reg =
        storage::Register::open(path, password(), storage::OpenMode::ReadWrite, fastOptions());
    int requestId = 1;
    const auto oneChange = [&] {
        reg->write(
            [id = requestId++](storage::SqliteDatabase& db) { bench::closeOneRequest(db, id); });
    };
    figures["first_save_ms"] = timeMs(oneChange);
    figures["save_ms"] = medianMs(kSaveRuns, oneChange);

    const storage::FileHeader header = storage::RegisterFileCodec::inspect(
        storage::byteView(storage::AtomicFile::read(path)), path);
    const storage::MasterKey key = storage::MasterKey::derive(password(), header.salt, header.kdf);
    std::span<const std::uint8_t> image;
    figures["serialize_ms"] = timeMs([&] { image = reg->database().image(); });
    std::vector<std::uint8_t> sealed;
    figures["seal_ms"] =
        medianMs(3, [&] { sealed = storage::RegisterFileCodec::seal(image, key); });
    const QString scratch = path + QStringLiteral(".scratch");
    figures["write_ms"] = medianMs(3, [&] { storage::AtomicFile::write(scratch, sealed); });
    QFile::remove(scratch);

    // What the first save of a session does besides a normal save, piece by piece: read the
    // file as opened, write it to the backups, and run the first change on a freshly
    // deserialised database.
    QByteArray current;
    figures["backup_read_ms"] = timeMs([&] { current = storage::AtomicFile::read(path); });
    storage::Backups backups(path, 10, path + QStringLiteral(".bench-backups"));
    figures["backup_write_ms"] =
        timeMs([&] { backups.add(storage::byteView(current), QDateTime::currentDateTimeUtc()); });
    storage::SqliteDatabase fresh = storage::SqliteDatabase::fromImage(
        storage::RegisterFileCodec::decrypt(storage::byteView(current), key, path));
    const auto changeMs = [&fresh](int id) {
        return timeMs([&] {
            fresh.exec(u"BEGIN IMMEDIATE");
            bench::closeOneRequest(fresh, id);
            fresh.exec(u"COMMIT");
        });
    };
    figures["first_change_ms"] = changeMs(100);
    figures["later_change_ms"] = changeMs(101);
    return figures;
}

// Open and one save in a fresh process: the peak memory of a working session.
Figures measurePeak(const QString& path)
{
    auto reg =
        storage::Register::open(path, password(), storage::OpenMode::ReadWrite, fastOptions());
    reg->write([](storage::SqliteDatabase& db) { bench::closeOneRequest(db, 4242); });
    return {{"peak_bytes", bench::peakResidentBytes()}};
}

int run(const bench::BenchOptions& options)
{
    const QString base = options.directory.isEmpty() ? QDir::tempPath() : options.directory;
    QTemporaryDir work(QDir(base).filePath(QStringLiteral("bench_register-XXXXXX")));
    if (!work.isValid()) {
        std::fprintf(stderr, "bench_register: cannot create a folder in %s\n", qPrintable(base));
        return 2;
    }
    std::printf("bench_register: %s, %u hardware threads; registers in %s\n", cpuModel().c_str(),
                std::thread::hardware_concurrency(), qPrintable(work.path()));

    std::printf("load average before: %s\n", bench::loadAverage().c_str());
    bench::ResultTable results(std::string("Targets"));
    bench::ResultTable pieces(std::string("Where the time goes (information)"));

    std::printf("unlock (Argon2id, 3 runs)...\n");
    results.addChecked("unlock: Argon2id defaults(), median of 3", unlockMs() / 1000, "s", 0.3,
                       1.0);

    // The large register, each stage in its own process (see runInChild).
    const QString large = work.filePath(QStringLiteral("large.prreg"));
    std::printf("large register: creating %d activities, %d requests...\n",
                bench::kLargeRegister.activities, bench::kLargeRegister.requests);
    const Figures created =
        bench::runInChild([&] { return createRegister(large, bench::kLargeRegister); });
    std::printf("large register: open and save...\n");
    const Figures opened = bench::runInChild([&] { return measureOpen(large); });
    const Figures saved = bench::runInChild([&] { return measureSaves(large); });
    const Figures peak = bench::runInChild([&] { return measurePeak(large); });

    results.addChecked("large: open after the KDF (Register::open - KDF)",
                       opened.at("open_after_kdf_ms"), "ms", std::nullopt, 200);
    results.addChecked("large: one save, one-row change, median of 5", saved.at("save_ms"), "ms",
                       std::nullopt, 250);
    results.addInfo("large: first save of a session (+ backup copy)", saved.at("first_save_ms"),
                    "ms");
    results.addChecked("large: peak memory, open + one save (VmHWM)", peak.at("peak_bytes") / kMB,
                       "MB", std::nullopt, 200);
    results.addInfo("large: file size", created.at("file_bytes") / kMiB, "MiB");

    std::printf("typical register: %d activities, %d requests...\n",
                bench::kTypicalRegister.activities, bench::kTypicalRegister.requests);
    const QString typical = work.filePath(QStringLiteral("typical.prreg"));
    const Figures typicalCreated =
        bench::runInChild([&] { return createRegister(typical, bench::kTypicalRegister); });
    const Figures typicalOpened = bench::runInChild([&] { return measureOpen(typical); });
    const Figures typicalSaved = bench::runInChild([&] { return measureSaves(typical); });
    results.addChecked("typical: one save, one-row change, median of 5", typicalSaved.at("save_ms"),
                       "ms", std::nullopt, 30);
    results.addInfo("typical: first save of a session (+ backup copy)",
                    typicalSaved.at("first_save_ms"), "ms");
    results.addInfo("typical: open after the KDF", typicalOpened.at("open_after_kdf_ms"), "ms");
    results.addInfo("typical: file size", typicalCreated.at("file_bytes") / 1024, "KiB");

    pieces.addInfo("large: SQLite image (plaintext)", created.at("image_bytes") / kMiB, "MiB");
    pieces.addInfo("large: creating and filling (one transaction)", created.at("fill_ms"), "ms");
    pieces.addInfo("large: peak memory while filling", created.at("peak_bytes") / kMB, "MB");
    pieces.addInfo("open: Register::open with fastForTests() KDF", opened.at("open_ms"), "ms");
    pieces.addInfo("open: that KDF alone", opened.at("kdf_fast_ms"), "ms");
    pieces.addInfo("open: read the file", opened.at("read_ms"), "ms");
    pieces.addInfo("open: inspect() (SHA-256 of header and file)", opened.at("inspect_ms"), "ms");
    pieces.addInfo("open: decrypt() (inspect again, MAC, AES-GCM)", opened.at("decrypt_ms"), "ms");
    pieces.addInfo("open:   decrypt() minus its inspect()",
                   opened.at("decrypt_ms") - opened.at("inspect_ms"), "ms");
    pieces.addInfo("open: SqliteDatabase::fromImage", opened.at("load_ms"), "ms");
    pieces.addInfo("open: integrityProblems()", opened.at("integrity_ms"), "ms");
    pieces.addInfo("open:   PRAGMA integrity_check alone", opened.at("integrity_check_ms"), "ms");
    pieces.addInfo("open:   PRAGMA foreign_key_check alone", opened.at("foreign_key_check_ms"),
                   "ms");
    pieces.addInfo("open:   PRAGMA quick_check (alternative)", opened.at("quick_check_ms"), "ms");
    pieces.addInfo("save: serialize (sqlite3_serialize, no copy)", saved.at("serialize_ms"), "ms");
    pieces.addInfo("save: seal() (AES-GCM, SHA-256 trailer)", saved.at("seal_ms"), "ms");
    pieces.addInfo("save: AtomicFile::write (write, fsync, rename)", saved.at("write_ms"), "ms");
    pieces.addInfo("first save: read the file for the backup", saved.at("backup_read_ms"), "ms");
    pieces.addInfo("first save: Backups::add (write, fsync, rename)", saved.at("backup_write_ms"),
                   "ms");
    pieces.addInfo("first save: the SQL change, first after open", saved.at("first_change_ms"),
                   "ms");
    pieces.addInfo("later save: the SQL change", saved.at("later_change_ms"), "ms");

    results.print();
    pieces.print();
    std::printf("\nload average after: %s\n", bench::loadAverage().c_str());
    std::fflush(stdout);
    if (options.check && results.anyMissed()) {
        std::fprintf(stderr, "bench_register: a target was missed\n");
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    const pr::bench::BenchOptions options =
        pr::bench::parseBenchOptions("bench_register", argc, argv);
    // The storage layer logs every open and save; a benchmark's output is its table.
    pr::core::Log::initialise({});
    try {
        return run(options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_register: %s\n", error.what());
        return 2;
    }
}
