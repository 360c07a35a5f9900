// A signed agreement is a record: the DPA of a signed agreement that keeps its PDF is that PDF,
// byte for byte; today's register rendered for it is the draft of a new version, marked on
// every page, with the signature block open; and the register says what changed since signing
// (DpaDrift), or that it cannot compare when it did not keep what was signed.

#include "core/domain/SignedVersion.h"
#include "report/DocumentRenderer.h"
#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/model/DpaContent.h"
#include "report/model/DpaDrift.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::DpaDrift;
using pr::test::DemoRegister;
using pr::test::PdfFile;

namespace {

constexpr qint64 kLindeboomAgreement = 2; // signed by the firm on 9 November 2026
const QString kMark = u"CONCEPT van een nieuwe versie – niet ondertekend"_s;

Agreement agreement(const DemoRegister& demo, qint64 id)
{
    return pr::storage::AgreementRepository::find(demo.db(), id).value();
}

// What signing does to the content (usecases::AgreementSteps keeps it the same way).
void keepContent(DemoRegister& demo, qint64 id, const QString& language = u"nl"_s)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        Agreement signedOne = pr::storage::AgreementRepository::find(db, id).value();
        signedOne.signedContent = DpaDrift::currentContent(db, signedOne, language);
        pr::storage::AgreementRepository::update(db, audit, signedOne);
    });
}

// As a register made before the program kept what was signed: the demo's own keep it.
void forgetContent(DemoRegister& demo, qint64 id)
{
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        Agreement signedOne = pr::storage::AgreementRepository::find(db, id).value();
        signedOne.signedContent.clear();
        pr::storage::AgreementRepository::update(db, audit, signedOne);
    });
}

pr::report::DocumentRequest dpaOf(qint64 clientId)
{
    return pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, clientId);
}

} // namespace

TEST_CASE("The DPA of a signed agreement that keeps its PDF is that PDF, byte for byte",
          "[document][dpa][signed]")
{
    DemoRegister demo;
    // A PDF no renderer would make: only the stored bytes can come back.
    const QByteArray stored = QByteArray("%PDF-1.7\n% signed by both parties\n") +
                              QByteArray(300, '\x01') + QByteArray("\n%%EOF\n");
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        Agreement signedOne = pr::storage::AgreementRepository::find(db, 1).value();
        signedOne.signedPdf = stored;
        pr::storage::AgreementRepository::update(db, audit, signedOne);
    });
    pr::report::DocumentRenderer renderer(demo.db(), demo.clock());
    const auto request = dpaOf(pr::test::kZonnehoek);
    CHECK(demo.render(request) == stored);
    const std::optional<pr::core::SignedVersion> record = renderer.storedRecord(request);
    REQUIRE(record);
    CHECK(record->sha256 == pr::core::SignedVersion::sha256Of(stored));
    CHECK(record->date == QDate(2025, 2, 24));

    // Asked for the draft of a new version, it is rendered from the register instead.
    auto draft = request;
    draft.newVersionDraft = true;
    CHECK_FALSE(renderer.storedRecord(draft));
    const QByteArray rendered = demo.render(draft);
    CHECK(rendered != stored);
    CHECK(rendered.startsWith("%PDF-"));
}

TEST_CASE("The draft of a new version is marked on every page and has no old signature dates",
          "[document][dpa][signed]")
{
    DemoRegister demo;
    keepContent(demo, 1);
    auto request = dpaOf(pr::test::kZonnehoek);
    request.newVersionDraft = true;
    const QByteArray pdf = demo.render(request);
    const PdfFile file(pdf);
    const QStringList pages = file.pages();
    REQUIRE(pages.size() > 3);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pr::test::normalised(pages[page]).contains(kMark));
    }
    CHECK(file.info(u"Title"_s).startsWith(kMark));
    const QString text = pr::test::normalised(pages.join(u' '));
    // Agreement 1 was signed on 17 and 24 February 2025: neither date may stand under it.
    CHECK_FALSE(text.contains(u"17 februari 2025"_s));
    CHECK_FALSE(text.contains(u"24 februari 2025"_s));
    CHECK(text.count(u"Datum: ____________________"_s) == 2);

    // Without asking, an unchanged signed agreement without a stored PDF is rendered as signed.
    const QString asSigned =
        pr::test::normalised(PdfFile(demo.render(dpaOf(pr::test::kZonnehoek))).pages().join(u' '));
    CHECK_FALSE(asSigned.contains(kMark));
    CHECK(asSigned.contains(u"24 februari 2025"_s));
}

TEST_CASE("A signed agreement whose register changed, or that kept nothing, renders as a draft",
          "[document][dpa][signed]")
{
    DemoRegister demo;
    forgetContent(demo, kLindeboomAgreement);
    const QString unknown =
        pr::test::normalised(PdfFile(demo.render(dpaOf(pr::test::kLindeboom))).pages().join(u' '));
    CHECK(unknown.contains(kMark));
    CHECK_FALSE(unknown.contains(u"9 november 2026"_s));

    keepContent(demo, kLindeboomAgreement);
    CHECK_FALSE(
        pr::test::normalised(PdfFile(demo.render(dpaOf(pr::test::kLindeboom))).pages().join(u' '))
            .contains(kMark));
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        Agreement changed = pr::storage::AgreementRepository::find(db, kLindeboomAgreement).value();
        changed.breachNotificationHours = 12;
        pr::storage::AgreementRepository::update(db, audit, changed);
    });
    const QString changed =
        pr::test::normalised(PdfFile(demo.render(dpaOf(pr::test::kLindeboom))).pages().join(u' '));
    CHECK(changed.contains(kMark));
    CHECK_FALSE(changed.contains(u"9 november 2026"_s));
}

TEST_CASE("Drift: a changed measure, an added sub-processor and a changed parameter are listed",
          "[dpa][signed][drift]")
{
    DemoRegister demo;
    keepContent(demo, kLindeboomAgreement);
    CHECK(DpaDrift::check(demo.db(), agreement(demo, kLindeboomAgreement)).status ==
          DpaDrift::Status::Same);

    const Agreement signedOne = agreement(demo, kLindeboomAgreement);
    const pr::core::SecurityMeasure measure =
        pr::storage::SecurityMeasureRepository::all(demo.db()).constFirst();
    demo.write([&](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        pr::core::SecurityMeasure changed = measure;
        changed.description += u" Ook op zondag."_s;
        pr::storage::SecurityMeasureRepository::update(db, audit, changed);

        pr::core::SubProcessor added;
        added.name = u"Nieuwe Opslag B.V."_s;
        added.service = u"opslag van back-ups"_s;
        added.country = u"Nederland"_s;
        added.activityIds = {signedOne.activityIds.constFirst()};
        pr::storage::SubProcessorRepository::insert(db, audit, added);

        Agreement terms = pr::storage::AgreementRepository::find(db, kLindeboomAgreement).value();
        terms.changeNoticeDays = 60;
        pr::storage::AgreementRepository::update(db, audit, terms);
    });

    const DpaDrift drift = DpaDrift::check(demo.db(), agreement(demo, kLindeboomAgreement));
    CHECK(drift.status == DpaDrift::Status::Changed);
    CHECK(drift.differs());
    const QString list = drift.changes.join(u'\n');
    INFO(list.toStdString());
    CHECK(list.contains(u"“"_s + measure.title + u"”: changed (description)"_s));
    CHECK(list.contains(u"“Nieuwe Opslag B.V.” added"_s));
    CHECK(list.contains(u"“30” → “60”"_s));
    // Nothing that did not change, and the signature block and today's date are no change.
    CHECK_FALSE(list.contains(u"signatures"_s));
    CHECK_FALSE(list.contains(u"document"_s));
    CHECK(drift.warning().contains(drift.changes.constFirst()));
}

TEST_CASE("Drift: an agreement signed before the content was kept cannot be compared",
          "[dpa][signed][drift]")
{
    DemoRegister demo;
    forgetContent(demo, kLindeboomAgreement);
    const DpaDrift unknown = DpaDrift::check(demo.db(), agreement(demo, kLindeboomAgreement));
    CHECK(unknown.status == DpaDrift::Status::NotComparable);
    CHECK_FALSE(unknown.differs());
    CHECK(unknown.changes.isEmpty());
    CHECK(unknown.summary().contains(u"cannot be compared"_s, Qt::CaseInsensitive));
    // A draft was never signed: there is nothing to compare.
    CHECK(DpaDrift::check(demo.db(), agreement(demo, 4)).status == DpaDrift::Status::NotSigned);
}

TEST_CASE("Drift is built on the view model as it comes: any field, list or record",
          "[dpa][signed][drift]")
{
    const auto content = [](const QVariantMap& model) {
        return pr::report::DpaContent::of(model, u"nl"_s);
    };
    const QVariantMap before{
        {u"document"_s, QVariantMap{{u"date"_s, u"1 januari 2026"_s}}},
        {u"signatures"_s, QVariantMap{{u"firm"_s, QVariantMap{{u"date"_s, u"1"_s}}}}},
        {u"agreement"_s, QVariantMap{{u"signingState"_s, u"Concept"_s},
                                     {u"mainAgreement"_s, u"Raamovereenkomst 2025"_s}}},
        {u"newPart"_s, QVariantList{QVariantMap{{u"name"_s, u"A"_s}, {u"x"_s, 1}}}},
        {u"hasNewPart"_s, true},
    };
    QVariantMap after = before;
    after.insert(u"document"_s, QVariantMap{{u"date"_s, u"2 januari 2026"_s}});
    after.insert(u"signatures"_s, QVariantMap{});
    after.insert(u"agreement"_s, QVariantMap{{u"signingState"_s, u"Getekend"_s},
                                             {u"mainAgreement"_s, u"Raamovereenkomst 2026"_s}});
    CHECK(DpaDrift::compare(content(before), content(before)).status == DpaDrift::Status::Same);
    const DpaDrift parameter = DpaDrift::compare(content(before), content(after));
    CHECK(parameter.changes ==
          QStringList{u"Agreement terms › main agreement: “Raamovereenkomst 2025” → "
                      u"“Raamovereenkomst 2026”"_s});

    after.insert(u"newPart"_s, QVariantList{QVariantMap{{u"name"_s, u"A"_s}, {u"x"_s, 2}},
                                            QVariantMap{{u"name"_s, u"B"_s}}});
    const DpaDrift records = DpaDrift::compare(content(before), content(after));
    CHECK(records.changes.contains(u"new part › “A”: changed (x)"_s));
    CHECK(records.changes.contains(u"new part: “B” added"_s));
    CHECK(DpaDrift::compare(QByteArray(), content(after)).status ==
          DpaDrift::Status::NotComparable);
}
