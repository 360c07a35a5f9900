// The HTML and Markdown exports: standalone files for the firm's website, nothing loaded from
// elsewhere, the right language, and no markup meant only for the PDF.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/ReportError.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::DocumentRequest;

namespace {

QList<DocumentRequest> htmlRequests()
{
    auto english = pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 1);
    english.language = u"en"_s;
    return {pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Html),
            pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 1), english,
            pr::test::request(DocumentKind::ProcessingRegister, DocumentFormat::Html)};
}

QByteArray logoPng()
{
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

TEST_CASE("every HTML document is one standalone HTML5 file", "[document][html]")
{
    const pr::test::DemoRegister demo;
    for (const DocumentRequest& request : htmlRequests()) {
        const QString html = QString::fromUtf8(demo.render(request));
        INFO(pr::report::DocumentRenderer::templateName(request).toStdString());
        CHECK(html.startsWith(u"<!DOCTYPE html>\n"_s));
        CHECK(html.contains(u"<html lang=\"%1\">"_s.arg(request.language)));
        CHECK(html.contains(u"<meta charset=\"utf-8\">"_s));
        CHECK(html.count(u"<title>"_s) == 1);
        CHECK(html.count(u"<body>"_s) == 1);
        CHECK(html.trimmed().endsWith(u"</html>"_s));
        // Nothing is fetched: no scripts, style sheets, fonts or images from elsewhere. The
        // firm's website may be mentioned as text; it is never a resource.
        static const QRegularExpression resource(
            u"<(script|link|iframe|object|embed)\\b|@import|url\\(|(src|href)\\s*=\\s*\"(?!data:)"_s,
            QRegularExpression::CaseInsensitiveOption);
        CHECK_FALSE(html.contains(resource));
        // The table attributes Qt's PDF layout needs are obsolete in HTML5 and stay out.
        static const QRegularExpression presentational(
            u"\\s(border|cellspacing|cellpadding|width)=\""_s);
        CHECK_FALSE(html.contains(presentational));
        CHECK(html.contains(u"<style>"_s));
    }
}

TEST_CASE("the logo is in the HTML body and in the PDF's header, not in its body",
          "[document][html]")
{
    pr::test::DemoRegister demo;
    const QByteArray withoutLogo =
        demo.render(pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Html));
    CHECK_FALSE(withoutLogo.contains("class=\"logo\""));
    demo.write([](pr::storage::SqliteDatabase& db, const pr::storage::AuditContext& audit) {
        auto firm = pr::storage::OrganisationRepository::find(db).value();
        firm.logoPng = logoPng();
        pr::storage::OrganisationRepository::update(db, audit, firm);
    });
    const QString html = QString::fromUtf8(
        demo.render(pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Html)));
    CHECK(html.contains(u"<div class=\"logo\"><img src=\"data:image/png;base64,"_s));
    CHECK(html.contains(u"alt=\"Voorbeeld IT-beheer B.V.\""_s));
    // In the PDF the running header paints it on every page, and the body does not repeat it.
    const pr::test::PdfFile pdf(demo.render(pr::test::request(DocumentKind::PrivacyStatement)));
    const int pages = pdf.info(u"Pages"_s).toInt();
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(pdf.imageCount(page) == 1);
    }
}

TEST_CASE("the privacy statement as Markdown", "[document][markdown]")
{
    const pr::test::DemoRegister demo;
    const QString markdown = QString::fromUtf8(
        demo.render(pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Markdown)));
    CHECK(markdown.startsWith(u"# Privacyverklaring\n"_s));
    CHECK(markdown.contains(u"## 11. Uw rechten"_s));
    CHECK(
        markdown.contains(u"- **Grondslag:** Toestemming (artikel 6, eerste lid, onder a, AVG)"_s));
    CHECK(markdown.contains(u"binnen 4 weken na ontvangst"_s));
    // Made from its own template, not converted from HTML: no tags, no entities.
    CHECK_FALSE(markdown.contains(u"<"_s));
    CHECK_FALSE(markdown.contains(u"&amp;"_s));
    CHECK_FALSE(markdown.contains(u"&#39;"_s));
    // The apostrophe of "pagina's" in the register is printed as it is.
    CHECK(markdown.contains(u"welke pagina's worden gelezen"_s));
}

TEST_CASE("Markdown is only made of the privacy statement", "[document][markdown]")
{
    const pr::test::DemoRegister demo;
    CHECK_THROWS_AS(demo.render(pr::test::request(DocumentKind::Dpa, DocumentFormat::Markdown, 1)),
                    pr::report::ReportError);
    CHECK_THROWS_AS(
        demo.render(pr::test::request(DocumentKind::ProcessingRegister, DocumentFormat::Markdown)),
        pr::report::ReportError);
    auto english = pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Html);
    english.language = u"en"_s;
    CHECK_THROWS_AS(demo.render(english), pr::report::ReportError);
    english.language = u"fr"_s;
    english.templateOverride = pr::report::TemplateOverride{u"<p>x</p>"_s, u"own"_s};
    CHECK_THROWS_AS(demo.render(english), pr::report::ReportError);
}

TEST_CASE("the same register and clock give the same document", "[document]")
{
    const pr::test::DemoRegister demo;
    const auto request = pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, 2);
    const QByteArray first = demo.render(request);
    const QByteArray second = demo.render(request);
    const pr::test::PdfFile a(first);
    const pr::test::PdfFile b(second);
    CHECK(a.pages() == b.pages());
    CHECK(a.pageBoxes() == b.pageBoxes());
    CHECK(first == second);
    const auto html = pr::test::request(DocumentKind::ProcessingRegister, DocumentFormat::Html);
    CHECK(demo.render(html) == demo.render(html));
}

TEST_CASE("every page of every PDF has the header and Pagina X van Y; only the DPA the initials",
          "[document][pdf]")
{
    const pr::test::DemoRegister demo;
    struct Expected {
        DocumentRequest request;
        QString title;
        QString subject;
        bool initials;
    };
    for (const Expected& expected : {
             Expected{pr::test::request(DocumentKind::PrivacyStatement),
                      u"Privacyverklaring Voorbeeld IT-beheer B.V."_s, u"artikel 13 en 14"_s,
                      false},
             Expected{pr::test::request(DocumentKind::ProcessingRegister),
                      u"Register van verwerkingsactiviteiten Voorbeeld IT-beheer B.V."_s,
                      u"artikel 30"_s, false},
             Expected{pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, 3),
                      u"Verwerkersovereenkomst Voorbeeld IT-beheer B.V. – Stichting Buurtwerk "
                      "Oostwijk"_s,
                      u"artikel 28, derde lid"_s, true},
         }) {
        INFO(expected.title.toStdString());
        const pr::test::PdfFile pdf(demo.render(expected.request));
        CHECK(pdf.info(u"Title"_s) == expected.title);
        CHECK(pdf.info(u"Subject"_s).contains(expected.subject));
        CHECK(pdf.info(u"Author"_s) == u"Voorbeeld IT-beheer B.V."_s);
        const QStringList pages = pdf.pages();
        REQUIRE(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i) {
            INFO("page " << i + 1);
            CHECK(pages[i].contains(u"Voorbeeld IT-beheer B.V."_s));
            CHECK(pages[i].contains(u"Pagina %1 van %2"_s.arg(i + 1).arg(pages.size())));
            CHECK(pages[i].contains(u"Paraaf verwerker:"_s) == expected.initials);
        }
    }
}
