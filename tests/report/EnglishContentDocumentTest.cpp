// The English DPA shows the register's content in English where an English version is
// recorded or a catalogue item was picked unchanged, and the Dutch text where there is none;
// the Dutch DPA is untouched by either.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "storage/repositories/OrganisationRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::compact;
using pr::test::PdfFile;

namespace {

QString dpaText(const pr::test::DemoRegister& demo, qint64 clientId, const QString& language)
{
    auto request = pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, clientId);
    request.language = language;
    return compact(PdfFile(demo.render(request)).pagesInReadingOrder().join(u' '));
}

} // namespace

TEST_CASE("the demo's English DPAs show the register's content in English", "[document][dpa]")
{
    const pr::test::DemoRegister demo;
    for (const qint64 client : {pr::test::kZonnehoek, pr::test::kLindeboom, pr::test::kBuurtwerk,
                                pr::test::kTrapkracht}) {
        INFO("client " << client);
        const QString english = dpaText(demo, client, u"en"_s);
        // A recorded text, a catalogue item, a staff role with its operation, a measure.
        for (const QString& phrase :
             {u"Remote administration"_s, u"Name and address"_s, u"System administrator"_s,
              u"Two-factor authentication"_s, u"the Netherlands"_s}) {
            INFO(phrase.toStdString());
            CHECK(english.contains(compact(phrase)));
        }
        for (const QString& dutch :
             {u"Beheer op afstand"_s, u"NAW-gegevens"_s, u"Systeembeheerder"_s,
              u"Tweefactorauthenticatie"_s, u"Nederland"_s}) {
            INFO(dutch.toStdString());
            CHECK_FALSE(english.contains(compact(dutch)));
        }
    }
    // The Dutch DPA keeps the register's own words.
    const QString dutch = dpaText(demo, pr::test::kBuurtwerk, u"nl"_s);
    CHECK(dutch.contains(compact(u"Beheer op afstand"_s)));
    CHECK(dutch.contains(compact(u"NAW-gegevens"_s)));
    CHECK_FALSE(dutch.contains(compact(u"Remote administration"_s)));
}

TEST_CASE("a text without an English version stands in Dutch in the English DPA", "[document][dpa]")
{
    pr::test::DemoRegister demo;
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto organisation = pr::storage::OrganisationRepository::find(db).value();
        organisation.englishTexts.removeIf(
            [](const pr::core::EnglishText& text) { return text.dutch == u"Beheer op afstand"_s; });
        // The user's own version of a catalogue item wins over the catalogue's.
        organisation.englishTexts.append({u"NAW-gegevens"_s, u"Name, address and town"_s});
        pr::storage::OrganisationRepository::update(db, audit, organisation);
    });
    const QString english = dpaText(demo, pr::test::kBuurtwerk, u"en"_s);
    CHECK(english.contains(compact(u"Beheer op afstand"_s)));
    CHECK(english.contains(compact(u"Name, address and town"_s)));
}
