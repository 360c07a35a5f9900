// bench_lists: whether the lists of the desktop program stay responsive with 100,000
// data-subject requests, and how long the program takes to show its welcome screen.
// docs/performance.md ("Lists and start-up") explains the figures and holds the last run.
//
//   bench_lists [--check] [--dir FOLDER]
//
// It fills a register with 100,000 requests through the real repository (one transaction),
// then loads the list of requests exactly as the window does (RequestSection rows into a
// RecordTableModel behind a sorted RecordFilterModel), types a search one character at a time,
// and fetches what painting needs for 50 rows at random offsets. Then it types the same search
// into a whole RecordListPage on screen (offscreen), with a record selected, repaint included.
// Last, it starts the real program 10 times with PR_EXIT_AFTER_START=1 on the offscreen platform
// and takes the median.
// --check exits with 1 when a figure misses its target.

#include "BenchOptions.h"
#include "Measure.h"
#include "ResultTable.h"
#include "core/calendar/Period.h"
#include "core/logging/Log.h"
#include "core/time/Clock.h"
#include "gui/models/RecordFilterModel.h"
#include "gui/models/RecordTableModel.h"
#include "gui/pages/RecordListPage.h"
#include "gui/sections/RequestSection.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/RequestRepository.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <string_view>

namespace {
using namespace pr;
using bench::median;
using bench::timeMs;

constexpr int kRequests = 100'000;
constexpr int kStartRuns = 10;
constexpr int kSampledRows = 50;
constexpr std::string_view kPassword = "benchmark password, not secret";
// A surname of the generated list: typed as a user looks someone up.
const QString kSearch = QStringLiteral("jansen");

std::span<const std::uint8_t> password()
{
    return {reinterpret_cast<const std::uint8_t*>(kPassword.data()), kPassword.size()};
}

storage::RegisterOptions fastOptions()
{
    storage::RegisterOptions options;
    options.kdf = crypto::Argon2Parameters::fastForTests();
    return options;
}

// The day the figures are computed for: requests of the last three years up to it.
QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, 0));
}

// 100,000 requests of made-up people, from a fixed seed: about one in twenty still open, as
// in a firm that answers in time.
void fillRequests(storage::SqliteDatabase& db, const core::Clock& clock)
{
    static const std::array firstNames{u"Anna",   u"Bram", u"Chantal", u"Daan",    u"Eva",
                                       u"Fatima", u"Gijs", u"Hanna",   u"Ibrahim", u"Joris",
                                       u"Karin",  u"Lars", u"Mila",    u"Noah",    u"Olga",
                                       u"Pieter", u"Rosa", u"Sem",     u"Tess",    u"Youssef"};
    static const std::array lastNames{
        u"Jansen",   u"de Vries", u"van den Berg", u"Bakker",   u"Visser",  u"Smit",
        u"Meijer",   u"de Boer",  u"Mulder",       u"de Groot", u"Bos",     u"Vos",
        u"Peters",   u"Hendriks", u"van Leeuwen",  u"Dekker",   u"Brouwer", u"de Wit",
        u"Dijkstra", u"Smits",    u"Çelik",        u"Yılmaz",   u"Janssens"};
    std::mt19937 random(20261121);
    const auto pick = [&random](const auto& list) {
        return QString::fromUtf16(list[random() % list.size()]);
    };
    const storage::AuditContext audit{clock, QStringLiteral("bench")};
    const QDate today = clock.today();
    for (int i = 0; i < kRequests; ++i) {
        core::DataSubjectRequest request;
        request.reference = QStringLiteral("V-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        request.requesterName = pick(firstNames) + u' ' + pick(lastNames);
        request.requesterContact =
            request.requesterName.toLower().replace(u' ', u'.') + QStringLiteral("@example.nl");
        request.right = static_cast<core::DataSubjectRight>(random() % 7);
        request.channel = static_cast<core::RequestChannel>(random() % 6);
        request.receivedDate = today.addDays(-static_cast<qint64>(random() % (3 * 365)));
        const bool open = random() % 20 == 0 || today.daysTo(request.receivedDate) > -10;
        request.status = open ? core::RequestStatus::InProgress : core::RequestStatus::Answered;
        if (!open) {
            request.answeredDate = request.receivedDate.addDays(random() % 25);
            request.outcome = QStringLiteral("Inzage gegeven per e-mail.");
        }
        storage::RequestRepository::insert(db, audit, request);
    }
}

struct ListFigures {
    double readRowsMs = 0; // the section's rows(): repository, deadlines, texts
    double showRowsMs = 0; // setRows() and the sorted proxy over it
    double pageMs = 0;     // a whole RecordListPage, as the window builds it
    std::vector<double> keystrokeMs;
    std::vector<double> pageKeystrokeMs; // the same keystrokes in the page, repaint included
    double sampledRowsMs = 0;            // data() of every column and role painting asks, 50 rows
    int matches = 0;
    double sortNewColumnMs = 0; // a click on another column's header: its order, computed once
    double sortReverseMs = 0;   // a second click: the same order reversed
};

// The roles a view asks per cell when it paints.
constexpr std::array kPaintRoles{Qt::DisplayRole,    Qt::DecorationRole, Qt::BackgroundRole,
                                 Qt::ForegroundRole, Qt::FontRole,       Qt::TextAlignmentRole,
                                 Qt::CheckStateRole, Qt::ToolTipRole,    Qt::SizeHintRole};

// Lets PAGE handle what a change posted (the view lays out its rows on a zero timer), then
// paints it at once, as the screen would.
void settle(QWidget& page)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    page.repaint();
}

// Types kSearch into PAGE, shown, one character at a time, with one of the records it finds
// selected (which stays selected), as a user does: the milliseconds of each keystroke until the
// page has handled it, repainted the list and its count included.
std::vector<double> typeIntoPage(gui::RecordListPage& page)
{
    page.resize(1280, 800);
    page.show();
    settle(page);
    page.searchField()->setText(kSearch);
    const QModelIndex found = page.table()->model()->index(0, 0);
    const qint64 id = found.data(gui::RecordTableModel::IdRole).toLongLong();
    page.searchField()->clear();
    page.selectRecord(id);
    settle(page);

    std::vector<double> keystrokes;
    for (qsizetype length = 1; length <= kSearch.size(); ++length) {
        keystrokes.push_back(timeMs([&] {
            page.searchField()->setText(kSearch.left(length));
            settle(page);
        }));
    }
    if (page.currentId() != id) {
        std::fprintf(stderr, "bench_lists: the selected request was lost while typing\n");
    }
    return keystrokes;
}

ListFigures measureList(const storage::Register& reg, const core::Clock& clock)
{
    ListFigures figures;
    const gui::RecordSection section =
        gui::RequestSection::make(core::Period{4, core::Period::Unit::Weeks}, clock);
    QList<gui::RecordRow> rows;
    figures.readRowsMs = timeMs([&] { rows = section.rows(reg.database()); });

    gui::RecordTableModel model;
    gui::RecordFilterModel filter;
    model.setHeaders(section.headers);
    filter.setSourceModel(&model);
    filter.sort(section.sortColumn, section.sortOrder);
    // A view asks the row count at once; so does this, so that the first keystroke below times
    // only the search.
    int shown = 0;
    figures.showRowsMs = timeMs([&] {
        model.setRows(std::move(rows));
        shown = filter.rowCount();
    });
    if (shown != kRequests) {
        std::fprintf(stderr, "bench_lists: %d of %d requests listed\n", shown, kRequests);
    }

    // Typing: each character searches the rows again (the rows stay in their order).
    for (qsizetype length = 1; length <= kSearch.size(); ++length) {
        figures.keystrokeMs.push_back(timeMs([&] { filter.setSearchText(kSearch.left(length)); }));
    }
    figures.matches = filter.rowCount();
    filter.setSearchText({});

    // Scrolling: what a view asks for the rows it shows, anywhere in the list.
    std::mt19937 random(7);
    const int columns = filter.columnCount();
    QVariant sink;
    figures.sampledRowsMs = timeMs([&] {
        for (int sample = 0; sample < kSampledRows; ++sample) {
            const int row = static_cast<int>(random() % static_cast<unsigned>(filter.rowCount()));
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = filter.index(row, column);
                for (const int role : kPaintRoles) {
                    sink = index.data(role);
                }
            }
        }
    });

    // Sorting by a column the list was not sorted by yet (the references: texts, compared as
    // people expect), then the other way round.
    figures.sortNewColumnMs = timeMs([&] { filter.sort(0, Qt::AscendingOrder); });
    figures.sortReverseMs = timeMs([&] { filter.sort(0, Qt::DescendingOrder); });

    std::unique_ptr<gui::RecordListPage> page;
    figures.pageMs = timeMs([&] { page = std::make_unique<gui::RecordListPage>(section, reg); });
    figures.pageKeystrokeMs = typeIntoPage(*page);
    return figures;
}

// Milliseconds from starting PROGRAM until it has shown its welcome screen and quit, median of
// kStartRuns; negative when it could not be started.
double coldStartMs(const QString& program, const QString& home, std::vector<double>& runs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PR_EXIT_AFTER_START"), QStringLiteral("1"));
    // A settings and log folder of its own: no recent files of the user's, no log of theirs.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    for (int run = 0; run < kStartRuns; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bool ok = false;
        const double ms = timeMs([&] {
            process.start(program, {});
            ok = process.waitForFinished(30'000) && process.exitStatus() == QProcess::NormalExit &&
                 process.exitCode() == 0;
        });
        if (!ok) {
            std::fprintf(stderr, "bench_lists: %s did not start and quit cleanly\n",
                         qPrintable(program));
            return -1;
        }
        runs.push_back(ms);
    }
    return median(runs);
}

int run(const bench::BenchOptions& options)
{
    const QString base = options.directory.isEmpty() ? QDir::tempPath() : options.directory;
    QTemporaryDir work(QDir(base).filePath(QStringLiteral("bench_lists-XXXXXX")));
    if (!work.isValid()) {
        std::fprintf(stderr, "bench_lists: cannot create a folder in %s\n", qPrintable(base));
        return 2;
    }
    const core::FixedClock clock(benchNow());
    bench::ResultTable results(std::string("Targets"));
    bench::ResultTable pieces(std::string("Where the time goes (information)"));

    std::printf("bench_lists: filling a register with %d requests...\n", kRequests);
    const QString path = work.filePath(QStringLiteral("lists.prreg"));
    storage::RegisterOptions registerOptions = fastOptions();
    registerOptions.clock = &clock;
    auto reg = storage::Register::create(path, password(), QStringLiteral("Benchmark B.V."),
                                         registerOptions);
    const double fillMs =
        timeMs([&] { reg->write([&](storage::SqliteDatabase& db) { fillRequests(db, clock); }); });

    std::printf("bench_lists: the list of requests...\n");
    const ListFigures list = measureList(*reg, clock);
    const double slowest = *std::max_element(list.keystrokeMs.begin(), list.keystrokeMs.end());
    results.addChecked("filter: slowest of 6 keystrokes (\"jansen\")", slowest, "ms", std::nullopt,
                       50);
    const double slowestInPage =
        *std::max_element(list.pageKeystrokeMs.begin(), list.pageKeystrokeMs.end());
    results.addChecked("filter in the list page, repaint included: slowest of 6 keystrokes",
                       slowestInPage, "ms", std::nullopt, 50);
    results.addChecked("scroll: data() for 50 rows at random offsets, all paint roles",
                       list.sampledRowsMs, "ms", std::nullopt, 16);
    results.addInfo("load: rows read (repository, deadlines, texts)", list.readRowsMs, "ms");
    results.addInfo("load: rows shown (model, sorted filter, row count)", list.showRowsMs, "ms");
    results.addInfo("load: the whole list page, as the window builds it", list.pageMs, "ms");
    for (std::size_t key = 0; key < list.keystrokeMs.size(); ++key) {
        pieces.addInfo("filter: keystroke " + std::to_string(key + 1) + " (\"" +
                           kSearch.left(static_cast<qsizetype>(key + 1)).toStdString() + "\")",
                       list.keystrokeMs[key], "ms");
    }
    for (std::size_t key = 0; key < list.pageKeystrokeMs.size(); ++key) {
        pieces.addInfo("list page: keystroke " + std::to_string(key + 1) + " (\"" +
                           kSearch.left(static_cast<qsizetype>(key + 1)).toStdString() + "\")",
                       list.pageKeystrokeMs[key], "ms");
    }
    pieces.addInfo("filter: rows matching \"jansen\"", list.matches, "rows");
    pieces.addInfo("sort: by another column, the first time (all rows)", list.sortNewColumnMs,
                   "ms");
    pieces.addInfo("sort: the same column the other way round", list.sortReverseMs, "ms");
    pieces.addInfo("fill: 100,000 inserts through the repository, one transaction", fillMs, "ms");
    reg.reset();

    std::printf("bench_lists: cold start, %d runs...\n", kStartRuns);
    std::vector<double> starts;
    const double start = coldStartMs(QStringLiteral(PR_APP_BINARY), work.path(), starts);
    if (start < 0) {
        return 2;
    }
    results.addChecked("cold start to the welcome screen, median of 10", start, "ms", std::nullopt,
                       500);
    pieces.addInfo("cold start: fastest run", *std::min_element(starts.begin(), starts.end()),
                   "ms");
    pieces.addInfo("cold start: slowest run", *std::max_element(starts.begin(), starts.end()),
                   "ms");

    results.print();
    pieces.print();
    std::fflush(stdout);
    if (options.check && results.anyMissed()) {
        std::fprintf(stderr, "bench_lists: a target was missed\n");
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    const pr::bench::BenchOptions options = pr::bench::parseBenchOptions("bench_lists", argc, argv);
    // The list page needs widgets; no display is needed to measure them.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    pr::core::Log::initialise({});
    return run(options);
}
