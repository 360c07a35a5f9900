// Timing of a typical large document: hidden ("[.]"), so CTest does not run it; measure in an
// optimised build with
//     build/release/tests/report/test_report "[benchmark]"

#include "report/PdfTestSupport.h"
#include "report/pdf/PdfDocumentWriter.h"
#include "report/template/TemplateRenderer.h"

#include <QElapsedTimer>
#include <QVariantMap>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <vector>

using namespace Qt::StringLiterals;
using pr::report::PageOptions;
using pr::report::PdfDocumentWriter;
using pr::report::PdfMetadata;
using pr::report::TemplateRenderer;

TEST_CASE("benchmark: a 200-row table to PDF", "[.][benchmark]")
{
    const QString text = uR"(<html><body><h1>{{title}}</h1>
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<thead><tr><th>Nr</th><th>Verwerking</th><th>Doel</th><th>Grondslag</th><th>Bewaartermijn</th>
</tr></thead><tbody>{{#rows}}<tr><td>{{nr}}</td><td>{{name}}</td><td>{{purpose}}</td>
<td>{{basis}}</td><td>{{retention}}</td></tr>{{/rows}}</tbody></table></body></html>)"_s;
    QVariantList rows;
    for (int row = 1; row <= 200; ++row) {
        rows.append(QVariantMap{{u"nr"_s, row},
                                {u"name"_s, u"Verwerking %1 & co"_s.arg(row)},
                                {u"purpose"_s, u"Uitvoering van de overeenkomst met de klant"_s},
                                {u"basis"_s, u"Art. 6(1)(b) AVG"_s},
                                {u"retention"_s, u"7 jaar na einde overeenkomst"_s}});
    }
    const QVariantMap viewModel{{u"title"_s, u"Verwerkingsregister"_s}, {u"rows"_s, rows}};
    PageOptions options;
    options.headerText = u"Voorbeeld B.V."_s;
    options.footerPattern = u"Pagina %1 van %2"_s;
    options.initialsLine = u"Paraaf verwerker: ____   Paraaf verwerkingsverantwoordelijke: ____"_s;
    const PdfDocumentWriter writer(PdfMetadata{u"Register"_s, {}, {}, {}, {}}, options);
    writer.write(u"<p>warm-up: fonts are registered on first use</p>"_s);

    std::vector<qint64> renderUs;
    std::vector<qint64> pdfUs;
    QByteArray pdf;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QString html = TemplateRenderer().render(text, viewModel);
        renderUs.push_back(timer.nsecsElapsed() / 1000);
        timer.restart();
        pdf = writer.write(html);
        pdfUs.push_back(timer.nsecsElapsed() / 1000);
    }
    std::sort(renderUs.begin(), renderUs.end());
    std::sort(pdfUs.begin(), pdfUs.end());
    const QString pages = pr::test::PdfFile(pdf).info(u"Pages"_s);
    std::cout << "200-row table, " << pages.toStdString() << " pages, " << pdf.size()
              << " bytes: template " << renderUs[2] / 1000.0 << " ms, PDF " << pdfUs[2] / 1000.0
              << " ms (median of 5)\n";
    CHECK(pages.toInt() >= 8);
}
