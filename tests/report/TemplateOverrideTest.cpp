// Where templates come from: the built-in ones, the user's own copies in the data folder
// (which override them, partials too, and are checked when loaded), and a template given for
// one rendering (the CLI's --template). A broken or misspelt template is refused with its
// file, line and column, and nothing is rendered.

#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/template/TemplateError.h"
#include "report/template/TemplateLibrary.h"
#include "support/TestRegister.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::TemplateError;
using pr::report::TemplateLibrary;

namespace {

void writeText(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    REQUIRE(pr::test::writeFile(path, text.toUtf8()));
}

const QString kOwnTemplate = uR"(<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Eigen {{firm.name}}</title>{{> style}}</head>
<body><p>EIGEN SJABLOON voor {{firm.name}}</p></body></html>
)"_s;

} // namespace

TEST_CASE("every built-in template is valid and uses only names of its view model",
          "[document][template]")
{
    // The letters' templates are checked the same way by rendering them
    // (LetterDocumentTest): their view model needs a request that fits each letter.
    CHECK(TemplateLibrary::builtInNames() == QStringList{u"brief-datalek-betrokkenen.html"_s,
                                                         u"brief-identificatie.html"_s,
                                                         u"brief-inzage.html"_s,
                                                         u"brief-ontvangstbevestiging.html"_s,
                                                         u"brief-verlenging.html"_s,
                                                         u"brief-verwijdering.html"_s,
                                                         u"brief-weigering.html"_s,
                                                         u"kennisgeving-subverwerker.html"_s,
                                                         u"melding-datalek-ap.html"_s,
                                                         u"melding-datalek-opdrachtgever.html"_s,
                                                         u"partials/breach-counts.html"_s,
                                                         u"partials/breach-kinds.html"_s,
                                                         u"partials/grid-attributes.html"_s,
                                                         u"partials/letter-closing.html"_s,
                                                         u"partials/letter-head.html"_s,
                                                         u"partials/letter-refusal-ground.html"_s,
                                                         u"partials/letter-right.html"_s,
                                                         u"partials/letter-style.html"_s,
                                                         u"partials/measure-groups.html"_s,
                                                         u"partials/style.html"_s,
                                                         u"privacyverklaring.html"_s,
                                                         u"privacyverklaring.md"_s,
                                                         u"register-datalekken.html"_s,
                                                         u"verwerkersovereenkomst-en.html"_s,
                                                         u"verwerkersovereenkomst.html"_s,
                                                         u"verwerkingsregister.html"_s});
    const pr::test::DemoRegister demo;
    const pr::report::DocumentRenderer renderer(demo.db(), demo.clock(), TemplateLibrary());
    const TemplateLibrary library;
    auto english = pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 1);
    english.language = u"en"_s;
    auto notice = pr::test::request(DocumentKind::SubProcessorNotice, DocumentFormat::Html, 1);
    notice.subProcessorId = 4; // Skywatch Monitoring, which client 1's agreement touches
    // Demo breaches: 1 of the firm's own data, 3 of a client's.
    auto toAp = pr::test::request(DocumentKind::BreachNotificationAp, DocumentFormat::Html);
    toAp.breachId = 1;
    auto toSubjects =
        pr::test::request(DocumentKind::BreachNotificationSubjects, DocumentFormat::Html);
    toSubjects.breachId = 1;
    auto toClient = pr::test::request(DocumentKind::BreachNotificationClient, DocumentFormat::Html);
    toClient.breachId = 3;
    for (const auto& request :
         {pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Html),
          pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Markdown),
          pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 1), english,
          pr::test::request(DocumentKind::ProcessingRegister, DocumentFormat::Html), notice, toAp,
          toSubjects, toClient,
          pr::test::request(DocumentKind::BreachRegister, DocumentFormat::Html)}) {
        const QString name = pr::report::DocumentRenderer::templateName(request);
        INFO(name.toStdString());
        const TemplateLibrary::Template loaded = library.load(name);
        CHECK_FALSE(loaded.userCopy);
        CHECK(library.renderer().unknownNames(loaded.text, renderer.viewModel(request)).isEmpty());
    }
}

TEST_CASE("the user's copy in the data folder overrides the built-in template",
          "[document][template]")
{
    const pr::test::DemoRegister demo;
    QTemporaryDir folder;
    const TemplateLibrary library(folder.path());
    CHECK_FALSE(library.hasUserCopy(u"privacyverklaring.html"_s));
    writeText(folder.filePath(u"privacyverklaring.html"_s), kOwnTemplate);
    CHECK(library.hasUserCopy(u"privacyverklaring.html"_s));

    const auto request = pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Html);
    const QString html = QString::fromUtf8(demo.render(request, library));
    CHECK(html.contains(u"EIGEN SJABLOON voor Voorbeeld IT-beheer B.V."_s));
    // The built-in partial still applies.
    CHECK(html.contains(u"<style>"_s));
    const pr::test::PdfFile pdf(demo.render(
        pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Pdf), library));
    CHECK(pdf.info(u"Title"_s) == u"Eigen Voorbeeld IT-beheer B.V."_s);

    // A partial can be overridden too.
    writeText(folder.filePath(u"partials/style.html"_s), u"<style>/* EIGEN STIJL */</style>"_s);
    CHECK(demo.render(request, library).contains("EIGEN STIJL"));

    // Restoring the default removes the copy.
    library.removeUserCopy(u"privacyverklaring.html"_s);
    CHECK_FALSE(demo.render(request, library).contains("EIGEN SJABLOON"));
}

TEST_CASE("a broken user copy is refused with its file, line and column", "[document][template]")
{
    const pr::test::DemoRegister demo;
    QTemporaryDir folder;
    const TemplateLibrary library(folder.path());
    const QString path = folder.filePath(u"verwerkingsregister.html"_s);
    const auto request = pr::test::request(DocumentKind::ProcessingRegister, DocumentFormat::Html);

    struct Case {
        QString text;
        int line;
        int column;
    };
    for (const Case& broken : {
             Case{u"<p>regel 1</p>\n<p>{{#clients}}{{name}}</p>\n"_s, 2, 4}, // never closed
             Case{u"<p>\n  {{{firm.name}}}</p>"_s, 2, 3},                    // unescaped
             Case{u"<p>\n\n {{& firm.name}}</p>"_s, 3, 2},                   // unescaped
             Case{u"{{=<% %>=}}<p><% firm.name %></p>"_s, 1, 1},             // delimiters
             Case{u"<p>{{firm.nmae}}</p>"_s, 1, 4},                          // misspelt name
             Case{u"<p>{{> kop}}</p>"_s, 1, 4},                              // no such partial
         }) {
        INFO(broken.text.toStdString());
        writeText(path, broken.text);
        try {
            demo.render(request, library);
            FAIL("rendered a broken template");
        } catch (const TemplateError& error) {
            CHECK(error.location().templateName == path);
            CHECK(error.line() == broken.line);
            CHECK(error.column() == broken.column);
            CHECK(error.message().contains(path));
        }
    }
    // Loading alone checks it too (the template editor and the GUI load before rendering).
    writeText(path, u"{{#a}}"_s);
    CHECK_THROWS_AS(library.load(u"verwerkingsregister.html"_s), TemplateError);
    // A broken partial in the data folder is reported with its own file.
    writeText(path, kOwnTemplate);
    const QString partial = folder.filePath(u"partials/style.html"_s);
    writeText(partial, u"<style>\n{{/style}}</style>"_s);
    try {
        demo.render(request, library);
        FAIL("rendered with a broken partial");
    } catch (const TemplateError& error) {
        CHECK(error.location().templateName == partial);
        CHECK(error.line() == 2);
    }
}

TEST_CASE("a template given for one rendering is checked the same way", "[document][template]")
{
    const pr::test::DemoRegister demo;
    auto request = pr::test::request(DocumentKind::Dpa, DocumentFormat::Html, 2);
    request.templateOverride =
        pr::report::TemplateOverride{u"<p>{{client.name}} {{agreement.breachNotificationHours}} "
                                     "uur</p>"_s,
                                     u"/tmp/eigen.html"_s};
    CHECK(demo.render(request) == "<p>Lindeboom Accountants B.V. 24 uur</p>");
    request.templateOverride->text = u"<p>\n{{client.naam}}</p>"_s;
    try {
        demo.render(request);
        FAIL("rendered a misspelt name");
    } catch (const TemplateError& error) {
        CHECK(error.message() ==
              u"/tmp/eigen.html, line 2, column 1: the document has no field \"client.naam\" "
              "(docs/templates.md lists them)"_s);
    }
}

TEST_CASE("saving a user copy checks it first and writes it for the owner only",
          "[document][template]")
{
    QTemporaryDir folder;
    const TemplateLibrary library(folder.path());
    const QString name = u"verwerkersovereenkomst.html"_s;
    CHECK_THROWS_AS(library.saveUserCopy(name, u"{{#x}}"_s), TemplateError);
    CHECK_FALSE(library.hasUserCopy(name));
    CHECK_THROWS_AS(library.saveUserCopy(u"../elders.html"_s, kOwnTemplate),
                    pr::report::ReportError);

    library.saveUserCopy(name, kOwnTemplate);
    REQUIRE(library.hasUserCopy(name));
    CHECK(library.load(name).userCopy);
    CHECK(library.load(name).text == kOwnTemplate);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(library.userPath(name)) & others) == 0);
    library.removeUserCopy(name);
    CHECK_FALSE(library.load(name).userCopy);
}

TEST_CASE("a template cannot pull files into a document", "[document][template][safety]")
{
    const pr::test::DemoRegister demo;
    QTemporaryDir folder;
    QImage image(50, 50, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString picture = folder.filePath(u"geheim.png"_s);
    REQUIRE(image.save(picture));
    auto request = pr::test::request(DocumentKind::PrivacyStatement, DocumentFormat::Pdf);
    request.templateOverride = pr::report::TemplateOverride{
        u"<p>x</p><img src=\"file://%1\"><img src=\"%1\"><img src=\"geheim.png\">"_s.arg(picture),
        u"eigen"_s};
    const QString previous = QDir::currentPath();
    QDir::setCurrent(folder.path());
    const QByteArray pdf = demo.render(request);
    QDir::setCurrent(previous);
    // Not the picture, and not the "missing image" icon Qt would draw in its place.
    CHECK(pr::test::PdfFile(pdf).imageSizes(1).isEmpty());
}
