#include "report/pdf/XmpPacket.h"

#include "report/template/HtmlEscape.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// XML 1.0 cannot carry most control characters, not even escaped.
QString xmlText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x20 || ch == u'\t' || ch == u'\n') {
            clean.append(ch);
        }
    }
    return htmlEscape(clean);
}

QString utcOffset(const QDateTime& dateTime, QChar separator)
{
    const int offset = dateTime.offsetFromUtc();
    if (offset == 0) {
        return u"Z"_s;
    }
    const int minutes = qAbs(offset) / 60;
    return QString::asprintf("%c%02d", offset < 0 ? '-' : '+', minutes / 60) + separator +
           QString::asprintf("%02d", minutes % 60);
}

} // namespace

QByteArray XmpPacket::build(const PdfMetadata& metadata, const QString& producer)
{
    QString dc;
    dc += u"<dc:format>application/pdf</dc:format>\n"_s;
    if (!metadata.title.isEmpty()) {
        dc += u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>"
              "</dc:title>\n"_s.arg(xmlText(metadata.title));
    }
    if (!metadata.author.isEmpty()) {
        dc += u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n"_s.arg(
            xmlText(metadata.author));
    }
    if (!metadata.subject.isEmpty()) {
        dc += u"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>"
              "</dc:description>\n"_s.arg(xmlText(metadata.subject));
    }
    QString xmp;
    if (!metadata.creator.isEmpty()) {
        xmp += u"<xmp:CreatorTool>%1</xmp:CreatorTool>\n"_s.arg(xmlText(metadata.creator));
    }
    if (metadata.created.isValid()) {
        const QString date = xmpDate(metadata.created);
        xmp += u"<xmp:CreateDate>%1</xmp:CreateDate>\n<xmp:ModifyDate>%1</xmp:ModifyDate>\n"_s.arg(
            date);
    }

    const QString packet =
        u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "%1</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "<pdf:Producer>%2</pdf:Producer>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "%3</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "<pdfaid:part>1</pdfaid:part>\n"
        "<pdfaid:conformance>B</pdfaid:conformance>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>"_s.arg(dc, xmlText(producer), xmp);
    return packet.toUtf8();
}

QString XmpPacket::xmpDate(const QDateTime& dateTime)
{
    return dateTime.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + utcOffset(dateTime, u':');
}

QByteArray XmpPacket::pdfDate(const QDateTime& dateTime)
{
    QString offset = utcOffset(dateTime, u'\'');
    if (offset != u"Z") {
        offset += u'\'';
    }
    return (u"D:"_s + dateTime.toString(u"yyyyMMddHHmmss"_s) + offset).toLatin1();
}

} // namespace pr::report
