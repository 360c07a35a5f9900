// Each client's documents show that client's own data (core::ClientScope): in the demo
// register only the dental practice's backups and remote management touch health data and
// BSNs, so only its DPA and its part of the processor register mention them, with the ground
// of art. 9(2) that fits it; no other client's contract names them at all.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::test::compact;

namespace {

// What only the dental practice's documents may say, compacted and in lower case: the health
// data and its art. 9(2) ground, the BSN (art. 46 UAVG). The abbreviation itself is looked for
// as a word (wordsOf), since in compacted text "Jacobs naam" holds it too.
const QStringList kDutchSpecial{compact(u"art. 9"_s).toLower(),
                                compact(u"artikel 9, tweede lid"_s).toLower(), u"gezondheid"_s,
                                u"burgerservicenummer"_s};
const QStringList kEnglishSpecial{compact(u"Art. 9(2)"_s).toLower(), u"health"_s,
                                  compact(u"citizen service number"_s).toLower()};

QByteArray dpaPdf(const pr::test::DemoRegister& demo, qint64 client, const QString& language = {})
{
    auto request = pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, client);
    if (!language.isEmpty()) {
        request.language = language;
    }
    return demo.render(request);
}

QString dpaText(const pr::test::DemoRegister& demo, qint64 client, const QString& language = {})
{
    return pr::test::compactBodyText(dpaPdf(demo, client, language), true).toLower();
}

// The words of a PDF's body, in lower case.
QStringList wordsOf(const QByteArray& pdf)
{
    const QString text =
        pr::test::PdfFile(pdf).pagesInReadingOrder(pr::test::bodyCropPt(true)).join(u' ').toLower();
    return text.split(QRegularExpression(u"\\W+"_s), Qt::SkipEmptyParts);
}

// The part of the register's part B about the client named NAME: from its heading to the
// next client's, or to the list of sub-processors after the last one.
QString registerPartOf(const QString& registerText, const QString& name)
{
    const QString heading = compact(u"Verwerkingsverantwoordelijke:"_s).toLower();
    const qsizetype start = registerText.indexOf(heading + compact(name).toLower());
    REQUIRE(start >= 0);
    qsizetype end = registerText.indexOf(heading, start + heading.size());
    if (end < 0) {
        end = registerText.indexOf(u"subverwerkers"_s, start);
    }
    REQUIRE(end > start);
    return registerText.mid(start, end - start);
}

QStringList found(const QString& text, const QStringList& phrases)
{
    QStringList present;
    for (const QString& phrase : phrases) {
        if (text.contains(phrase)) {
            present << phrase;
        }
    }
    return present;
}

} // namespace

TEST_CASE("Only the dental practice's DPA mentions health data, its art. 9 ground and the BSN",
          "[document][dpa][client-scope]")
{
    const pr::test::DemoRegister demo;
    const QString zonnehoek = dpaText(demo, pr::test::kZonnehoek);
    CHECK(zonnehoek.contains(u"gezondheid"_s));
    CHECK(zonnehoek.contains(compact(u"art. 9 lid 2 onder h AVG"_s).toLower()));
    CHECK(zonnehoek.contains(u"burgerservicenummer"_s));
    CHECK(wordsOf(dpaPdf(demo, pr::test::kZonnehoek)).contains(u"bsn"_s));
    CHECK(zonnehoek.contains(compact(u"Patiëntendossiers en röntgenfoto's"_s).toLower()));
    // Art. 2 of the DPA: the client's own union of data and data subjects.
    CHECK(zonnehoek.contains(compact(u"Daaronder vallen gevoelige"_s).toLower()));
    CHECK(zonnehoek.contains(u"patiënten"_s));

    for (const qint64 client :
         {pr::test::kLindeboom, pr::test::kBuurtwerk, pr::test::kTrapkracht}) {
        INFO("client " << client);
        const QString text = dpaText(demo, client);
        CHECK(found(text, kDutchSpecial).isEmpty());
        CHECK_FALSE(text.contains(u"patiënt"_s));
        CHECK_FALSE(wordsOf(dpaPdf(demo, client)).contains(u"bsn"_s));
    }
    // The accountant's backups hold financial data, which is sensitive but not of art. 9.
    const QString lindeboom = dpaText(demo, pr::test::kLindeboom);
    CHECK(lindeboom.contains(compact(u"Financiële gegevens"_s).toLower()));
    CHECK(lindeboom.contains(compact(u"Daaronder vallen gevoelige"_s).toLower()));
    // Nothing sensitive at all for the foundation: art. 2 does not say there is.
    CHECK_FALSE(dpaText(demo, pr::test::kBuurtwerk)
                    .contains(compact(u"Daaronder vallen gevoelige"_s).toLower()));
    // The webshop's backups are kept for a month, the others' for the activity's 90 days.
    CHECK(dpaText(demo, pr::test::kTrapkracht)
              .contains(compact(u"na 30 dagen automatisch overschreven"_s).toLower()));
}

TEST_CASE("The English DPA of a client without special categories has no art. 9 mention",
          "[document][dpa][client-scope]")
{
    const pr::test::DemoRegister demo;
    const QString zonnehoek = dpaText(demo, pr::test::kZonnehoek, u"en"_s);
    CHECK(zonnehoek.contains(u"health"_s));
    CHECK(zonnehoek.contains(compact(u"Art. 9(2)(h) GDPR"_s).toLower()));
    for (const qint64 client :
         {pr::test::kLindeboom, pr::test::kBuurtwerk, pr::test::kTrapkracht}) {
        INFO("client " << client);
        CHECK(found(dpaText(demo, client, u"en"_s), kEnglishSpecial).isEmpty());
        CHECK_FALSE(wordsOf(dpaPdf(demo, client, u"en"_s)).contains(u"bsn"_s));
    }
}

TEST_CASE("Each client's part of the processor register shows that client's own data",
          "[document][register][client-scope]")
{
    const pr::test::DemoRegister demo;
    const QString text =
        pr::test::compactBodyText(demo.render(pr::test::request(DocumentKind::ProcessingRegister)),
                                  false)
            .toLower();
    const QString zonnehoek = registerPartOf(text, u"Tandartspraktijk Zonnehoek B.V."_s);
    CHECK(zonnehoek.contains(u"gezondheid"_s));
    CHECK(zonnehoek.contains(compact(u"(artikel 9, tweede lid, onder h)"_s).toLower()));
    CHECK(zonnehoek.contains(u"burgerservicenummer"_s));
    for (const QString& name : {u"Lindeboom Accountants B.V."_s, u"Stichting Buurtwerk Oostwijk"_s,
                                u"Trapkracht Webwinkel B.V."_s}) {
        INFO(name.toStdString());
        const QString part = registerPartOf(text, name);
        CHECK(found(part, kDutchSpecial).isEmpty());
        CHECK_FALSE(part.contains(u"patiënt"_s));
    }
}
