// bench_import: a register with 10,000 processing activities (docs/performance.md, "Large
// imports"): importing its JSON export must take under 3 s, and rendering that register (the
// register of processing activities, art. 30) to HTML under 2 s and 300 MB peak memory.
//
//   bench_import [--check]
//
// --check exits with 1 when a figure misses its target. Each stage runs in a forked child
// (bench::runInChild), so that each peak memory figure belongs to that stage alone.

#include "Measure.h"
#include "ResultTable.h"
#include "core/json/RegisterDocument.h"
#include "core/logging/Log.h"
#include "core/settings/AppSettings.h"
#include "crypto/Argon2id.h"
#include "crypto/ByteView.h"
#include "report/DocumentRenderer.h"
#include "storage/Register.h"
#include "usecases/UseCaseContext.h"
#include "usecases/register/RegisterImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {
using namespace pr;
using namespace Qt::StringLiterals;

constexpr std::string_view kPassword = "benchmark password, not secret";
constexpr int kActivities = 10'000;
constexpr double kImportTargetMs = 3000.0;
constexpr double kRenderTargetMs = 2000.0;
constexpr double kRenderTargetMiB = 300.0;

// An activity as long as the ones in the demo register, done for the one client.
core::ProcessingActivity activity(int n)
{
    core::ProcessingActivity a;
    a.id = n;
    a.name = u"Verwerking %1: beheer van systemen & gegevens"_s.arg(n);
    a.role = core::ProcessingRole::Processor;
    a.clientIds = {1};
    a.purposes = {u"Onderhoud en beheer van servers en werkplekken van de klant"_s,
                  u"Verhelpen van storingen op afstand"_s, u"Terugzetten van gegevens"_s};
    a.dataCategories = {u"NAW-gegevens"_s, u"Contactgegevens"_s, u"Inloggegevens"_s,
                        u"IP-adressen en apparaatgegevens"_s};
    a.staffRoles = {{u"Systeembeheerder"_s, {u"inzien"_s, u"wijzigen"_s, u"back-up maken"_s}}};
    a.dataSubjectCategories = {u"Medewerkers van klanten"_s, u"Klanten van klanten"_s};
    a.retention.kind = core::RetentionKind::Fixed;
    a.retention.amount = 3;
    a.retention.unit = core::RetentionUnit::Months;
    a.retention.trigger = core::RetentionTrigger::EndOfAgreement;
    a.retention.description = u"Daarna verwijderen wij alle kopieën, ook uit de back-ups."_s;
    a.source = core::DataSource::OtherSource;
    a.sourceDescription = u"Aangeleverd door de klant."_s;
    return a;
}

QByteArray exportWithActivities()
{
    core::json::RegisterDocument document;
    core::Organisation& firm = document.organisation;
    firm.legalName = u"Benchmark IT-beheer B.V."_s;
    firm.address = u"Stationsstraat 1"_s;
    firm.postcode = u"3511 AA"_s;
    firm.city = u"Utrecht"_s;
    firm.email = u"privacy@benchmark.example"_s;
    firm.representativeName = u"A. Directeur"_s;
    firm.representativeFunction = u"directeur"_s;
    core::Client client;
    client.id = 1;
    client.legalName = u"Benchmark Klant B.V."_s;
    document.clients = {client};
    for (int n = 1; n <= kActivities; ++n) {
        document.activities.append(activity(n));
    }
    return core::json::toJsonDocument(document).toJson(QJsonDocument::Compact);
}

// The processor time of this process since START: on a machine shared with other work the
// wall-clock figures grow with the load, this one much less.
double cpuMsSince(std::clock_t start)
{
    return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

storage::RegisterOptions fastOptions()
{
    storage::RegisterOptions options;
    options.kdf = crypto::Argon2Parameters::fastForTests();
    options.backupCount = 0;
    return options;
}

// Parse, validate and import the export into a new register, as `import` does.
bench::Figures importStage(const QString& path, const QByteArray& json)
{
    const core::SystemClock clock;
    const core::AppSettings settings(QFileInfo(path).absoluteDir().filePath(u"settings.ini"_s));
    auto reg = storage::Register::create(path, crypto::asBytes(kPassword),
                                         u"Benchmark IT-beheer B.V."_s, fastOptions());
    const bench::Stopwatch watch;
    const std::clock_t cpuStart = std::clock();
    core::json::RegisterDocument document;
    QList<core::json::JsonIssue> issues;
    if (!core::json::parseRegisterDocument(json, document, issues)) {
        throw std::runtime_error("the export does not parse: " +
                                 (issues.isEmpty() ? std::string()
                                                   : issues.first().path.toStdString() + " " +
                                                         issues.first().message.toStdString()));
    }
    const double parseMs = watch.elapsedMs();
    const usecases::ChangeResult result =
        usecases::RegisterImport::import(usecases::UseCaseContext(*reg, clock, settings), document);
    if (result.status != usecases::ChangeResult::Status::Saved) {
        throw std::runtime_error("the import failed: " + result.explanation().toStdString());
    }
    return {{"total_ms", watch.elapsedMs()},
            {"cpu_ms", cpuMsSince(cpuStart)},
            {"parse_ms", parseMs},
            {"peak_bytes", bench::peakResidentBytes()}};
}

bench::Figures renderStage(const QString& path)
{
    const core::SystemClock clock;
    auto reg = storage::Register::open(path, crypto::asBytes(kPassword),
                                       storage::OpenMode::ReadOnly, fastOptions());
    const double afterOpen = bench::peakResidentBytes();
    const report::DocumentRenderer renderer(reg->database(), clock, report::TemplateLibrary());
    report::DocumentRequest request;
    request.kind = report::DocumentKind::ProcessingRegister;
    request.format = report::DocumentFormat::Html;
    const bench::Stopwatch watch;
    const std::clock_t cpuStart = std::clock();
    const QByteArray html = renderer.render(request);
    const double ms = watch.elapsedMs();
    return {{"render_ms", ms},
            {"cpu_ms", cpuMsSince(cpuStart)},
            {"html_bytes", double(html.size())},
            {"open_peak_bytes", afterOpen},
            {"peak_bytes", bench::peakResidentBytes()}};
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool check = argc > 1 && std::strcmp(argv[1], "--check") == 0;
    core::Log::initialise({});
    try {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"import.prreg"_s);
        const QByteArray json = exportWithActivities();
        const bench::Figures imported = bench::runInChild([&] { return importStage(path, json); });
        const bench::Figures rendered = bench::runInChild([&] { return renderStage(path); });

        constexpr double kMiB = 1024.0 * 1024.0;
        bench::ResultTable table("Large import: " + std::to_string(kActivities) + " activities");
        table.addInfo("JSON export size", double(json.size()) / kMiB, "MiB");
        table.addChecked("import (parse, validate, write, save)", imported.at("total_ms"), "ms",
                         std::nullopt, kImportTargetMs);
        table.addInfo("  of which parse and validate", imported.at("parse_ms"), "ms");
        table.addInfo("  processor time", imported.at("cpu_ms"), "ms");
        table.addInfo("import peak memory", imported.at("peak_bytes") / kMiB, "MiB");
        table.addChecked("register (art. 30) to HTML", rendered.at("render_ms"), "ms", std::nullopt,
                         kRenderTargetMs);
        table.addInfo("  processor time", rendered.at("cpu_ms"), "ms");
        table.addChecked("render peak memory (open + render)", rendered.at("peak_bytes") / kMiB,
                         "MiB", std::nullopt, kRenderTargetMiB);
        table.addInfo("  of which open", rendered.at("open_peak_bytes") / kMiB, "MiB");
        table.addInfo("HTML size", rendered.at("html_bytes") / kMiB, "MiB");
        table.print();
        std::printf("Load average at the end: %s\n", bench::loadAverage().c_str());
        return check && table.anyMissed() ? 1 : 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_import: %s\n", error.what());
        return 2;
    }
}
