// bench_render: how long the documents take, in particular the target of the documents issue:
// the DPA of a client with 50 activities and 40 measures renders to PDF in under 300 ms,
// in-process. Also the whole `privacyregister-cli render` process. docs/performance.md,
// "Documents", explains the figures and holds the last run.
//
//   bench_render [--check]
//
// --check exits with 1 when a figure misses its target. Meaningful only in an optimised
// build (the release preset) on an idle machine.

#include "Measure.h"
#include "ResultTable.h"
#include "core/domain/Agreement.h"
#include "core/logging/Log.h"
#include "crypto/Argon2id.h"
#include "crypto/ByteView.h"
#include "report/DocumentRenderer.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

namespace {
using namespace pr;
using namespace Qt::StringLiterals;

constexpr std::string_view kPassword = "benchmark password, not secret";
constexpr int kActivities = 50;
constexpr int kMeasures = 40;
constexpr int kSubProcessors = 8;
constexpr int kRuns = 7;
constexpr double kTargetMs = 300.0;

// An activity as long as the ones in the demo register: three purposes, six kinds of data,
// two functions with their operations, a retention period with its explanation.
core::ProcessingActivity activity(int n, qint64 client)
{
    core::ProcessingActivity a;
    a.name = u"Verwerking %1: beheer van systemen & gegevens"_s.arg(n);
    a.role = core::ProcessingRole::Processor;
    a.clientIds = {client};
    a.purposes = {u"Onderhoud en beheer van servers en werkplekken van de klant"_s,
                  u"Verhelpen van storingen op afstand"_s, u"Terugzetten van gegevens"_s};
    a.dataCategories = {u"NAW-gegevens"_s,         u"Contactgegevens"_s,
                        u"Inloggegevens"_s,        u"IP-adressen en apparaatgegevens"_s,
                        u"Inhoud van mailboxen"_s, u"Loggegevens"_s};
    a.specialCategories = core::SpecialCategory::Bsn;
    a.staffRoles = {{u"Systeembeheerder"_s, {u"inzien"_s, u"wijzigen"_s, u"back-up maken"_s}},
                    {u"Servicedeskmedewerker"_s, {u"inzien"_s, u"accounts beheren"_s}}};
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

core::SecurityMeasure measure(int n)
{
    const QList<core::SecurityCategory> categories = core::enumValues<core::SecurityCategory>();
    core::SecurityMeasure m;
    m.category = categories[n % categories.size()];
    m.title = u"Maatregel %1"_s.arg(n, 2, 10, QLatin1Char('0'));
    m.description = u"Een beschrijving van een zin of twee van wat wij doen, hoe vaak, en wie "
                    "erop toeziet dat het gebeurt."_s;
    m.status = n % 9 == 0 ? core::MeasureStatus::Planned : core::MeasureStatus::InPlace;
    return m;
}

// One client with an agreement over all activities, the measures and some sub-processors.
qint64 fill(storage::SqliteDatabase& db, const storage::AuditContext& audit)
{
    core::Client client;
    client.legalName = u"Benchmark Klant B.V."_s;
    client.city = u"Utrecht"_s;
    client.representativeName = u"A. Klant"_s;
    const qint64 clientId = storage::ClientRepository::insert(db, audit, client);
    core::Agreement agreement;
    agreement.clientId = clientId;
    agreement.version = u"1.0"_s;
    agreement.startDate = QDate(2027, 1, 1);
    for (int n = 1; n <= kActivities; ++n) {
        agreement.activityIds.append(
            storage::ActivityRepository::insert(db, audit, activity(n, clientId)));
    }
    storage::AgreementRepository::insert(db, audit, agreement);
    for (int n = 1; n <= kMeasures; ++n) {
        storage::SecurityMeasureRepository::insert(db, audit, measure(n));
    }
    for (int n = 1; n <= kSubProcessors; ++n) {
        core::SubProcessor sub;
        sub.name = u"Leverancier %1 B.V."_s.arg(n);
        sub.service = u"Opslag en hosting"_s;
        sub.country = u"Nederland"_s;
        sub.dataLocation = u"Amsterdam"_s;
        sub.activityIds = {agreement.activityIds[n - 1]};
        storage::SubProcessorRepository::insert(db, audit, sub);
    }
    return clientId;
}

// Qt writes one "/Type /Page" object per page (and one "/Type /Pages" for the tree).
int pageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next()) {
        ++pages;
    }
    return pages;
}

report::DocumentRequest dpaRequest(qint64 clientId)
{
    report::DocumentRequest request;
    request.kind = report::DocumentKind::Dpa;
    request.clientId = clientId;
    return request;
}

// The whole command as a user runs it: process start, QGuiApplication, unlock (with the
// benchmark's fast KDF: the real one adds its own half second by design), render, write.
double cliProcessMs(const QString& registerPath, const QString& passwordFile, const QString& out,
                    qint64 clientId)
{
    return bench::medianMs(3, [&] {
        QProcess process;
        process.start(QStringLiteral(PR_CLI_BINARY),
                      {u"--register"_s, registerPath, u"--password-file"_s, passwordFile,
                       u"render"_s, u"dpa"_s, u"--client"_s, QString::number(clientId), u"--out"_s,
                       out});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            throw std::runtime_error("privacyregister-cli render failed: " +
                                     process.readAllStandardError().toStdString());
        }
    });
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
        const core::SystemClock clock;
        storage::RegisterOptions options;
        options.kdf = crypto::Argon2Parameters::fastForTests();
        const QString path = dir.filePath(u"bench.prreg"_s);
        auto reg = storage::Register::create(path, crypto::asBytes(kPassword),
                                             u"Benchmark IT-beheer B.V."_s, options);
        qint64 clientId = 0;
        reg->write([&](storage::SqliteDatabase& db) {
            clientId = fill(db, storage::AuditContext{clock, u"bench"_s});
        });

        const report::DocumentRenderer renderer(reg->database(), clock, report::TemplateLibrary());
        const report::DocumentRequest dpa = dpaRequest(clientId);
        QByteArray pdf = renderer.render(dpa); // warm-up: registers the fonts once
        const double totalMs = bench::medianMs(kRuns, [&] { pdf = renderer.render(dpa); });
        const double modelMs = bench::medianMs(kRuns, [&] { renderer.viewModel(dpa); });
        const double textMs = bench::medianMs(kRuns, [&] { renderer.renderText(dpa); });
        report::DocumentRequest html = dpa;
        html.format = report::DocumentFormat::Html;
        const double htmlMs = bench::medianMs(kRuns, [&] { renderer.render(html); });
        report::DocumentRequest registerPdf;
        registerPdf.kind = report::DocumentKind::ProcessingRegister;
        const double registerMs = bench::medianMs(kRuns, [&] { renderer.render(registerPdf); });

        const QString passwordFile = dir.filePath(u"password"_s);
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QByteArray(kPassword.data(), qsizetype(kPassword.size())) + '\n') < 0) {
            throw std::runtime_error("cannot write the password file");
        }
        file.close();
        reg.reset(); // closed, as it is when a user runs the command
        const double processMs =
            cliProcessMs(path, passwordFile, dir.filePath(u"out.pdf"_s), clientId);

        bench::ResultTable table("Documents: DPA with " + std::to_string(kActivities) +
                                 " activities and " + std::to_string(kMeasures) +
                                 " measures (median of " + std::to_string(kRuns) + " runs)");
        table.addChecked("DPA to PDF, in-process", totalMs, "ms", std::nullopt, kTargetMs);
        table.addInfo("  of which view model", modelMs, "ms");
        table.addInfo("  of which template (HTML)", textMs - modelMs, "ms");
        table.addInfo("  of which PDF layout and writing", totalMs - textMs, "ms");
        table.addInfo("DPA PDF pages", pageCount(pdf), "");
        table.addInfo("DPA PDF size", double(pdf.size()) / 1024.0, "KiB");
        table.addInfo("DPA to HTML, in-process", htmlMs, "ms");
        table.addInfo("register (art. 30) to PDF, in-process", registerMs, "ms");
        table.addInfo("privacyregister-cli render dpa, whole process", processMs, "ms");
        table.print();
        std::printf("Load average at the end: %s\n", bench::loadAverage().c_str());
        return check && table.anyMissed() ? 1 : 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_render: %s\n", error.what());
        return 2;
    }
}
