#include "report/pdf/PdfInfoRewriter.h"

#include "report/ReportError.h"
#include "report/pdf/XmpPacket.h"

#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

constexpr qsizetype kXrefEntrySize = 20; // "nnnnnnnnnn ggggg n \n", fixed by the PDF standard

struct XrefEntry {
    qint64 offset = 0;
    int generation = 0;
    bool inUse = false;
};

int trailerNumber(const QString& trailer, const QString& key, bool reference)
{
    const QRegularExpression pattern(u"/"_s + key + (reference ? u" (\\d+) 0 R"_s : u" (\\d+)"_s));
    const QRegularExpressionMatch match = pattern.match(trailer);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

QByteArray PdfInfoRewriter::rewrite(const QByteArray& pdf, const PdfMetadata& metadata,
                                    const QString& producer)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0) {
        fail();
    }
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));
    const int infoNumber = trailerNumber(trailer, u"Info"_s, true);
    const int rootNumber = trailerNumber(trailer, u"Root"_s, true);
    const int size = trailerNumber(trailer, u"Size"_s, false);
    bool ok = false;
    const qint64 xrefAt = pdf.mid(startxref + 9).trimmed().split('\n').value(0).toLongLong(&ok);
    if (!ok || infoNumber <= 0 || rootNumber <= 0 || size <= infoNumber || xrefAt <= 0 ||
        xrefAt >= trailerAt) {
        fail();
    }

    // The table: "xref\n0 SIZE\n" and SIZE entries of 20 bytes each.
    const QByteArray head = "xref\n0 " + QByteArray::number(size) + '\n';
    if (pdf.mid(xrefAt, head.size()) != head ||
        xrefAt + head.size() + size * kXrefEntrySize > trailerAt) {
        fail();
    }
    QList<XrefEntry> entries(size);
    for (int i = 0; i < size; ++i) {
        const QByteArray entry = pdf.mid(xrefAt + head.size() + i * kXrefEntrySize, kXrefEntrySize);
        entries[i].offset = entry.left(10).toLongLong(&ok);
        entries[i].generation = entry.mid(11, 5).toInt();
        entries[i].inUse = entry.at(17) == 'n';
        if (!ok) {
            fail();
        }
    }
    const qint64 infoAt = entries[infoNumber].offset;
    if (!entries[infoNumber].inUse ||
        !pdf.mid(infoAt).startsWith(QByteArray::number(infoNumber) + " 0 obj")) {
        fail();
    }
    // The Info object ends where the next object begins: its strings may hold any bytes, so
    // searching for "endobj" could stop inside one.
    qint64 infoEnd = xrefAt;
    for (const XrefEntry& entry : entries) {
        if (entry.inUse && entry.offset > infoAt) {
            infoEnd = std::min(infoEnd, entry.offset);
        }
    }

    const QByteArray info = infoObject(infoNumber, metadata, producer);
    const qint64 shift = info.size() - (infoEnd - infoAt);
    QByteArray out = pdf.left(infoAt) + info + pdf.mid(infoEnd, xrefAt - infoEnd);

    const QByteArray id = QCryptographicHash::hash(out, QCryptographicHash::Md5).toHex();
    const qint64 newXrefAt = out.size();
    out += head;
    for (const XrefEntry& entry : entries) {
        const qint64 offset =
            entry.inUse && entry.offset > infoAt ? entry.offset + shift : entry.offset;
        out += QByteArray::number(offset).rightJustified(10, '0') + ' ' +
               QByteArray::number(entry.generation).rightJustified(5, '0') + ' ' +
               (entry.inUse ? 'n' : 'f') + " \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Info " +
           QByteArray::number(infoNumber) + " 0 R\n/Root " + QByteArray::number(rootNumber) +
           " 0 R\n/ID [<" + id + "> <" + id + ">]\n>>\nstartxref\n" +
           QByteArray::number(newXrefAt) + "\n%%EOF\n";
    return out;
}

QByteArray PdfInfoRewriter::infoObject(int number, const PdfMetadata& metadata,
                                       const QString& producer)
{
    QByteArray object = QByteArray::number(number) + " 0 obj\n<<\n";
    const auto add = [&object](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            object += QByteArray("/") + key + ' ' + textString(value) + '\n';
        }
    };
    add("Title", metadata.title);
    add("Author", metadata.author);
    add("Subject", metadata.subject);
    add("Creator", metadata.creator);
    add("Producer", producer);
    if (metadata.created.isValid()) {
        const QByteArray date = XmpPacket::pdfDate(metadata.created);
        object += "/CreationDate (" + date + ")\n/ModDate (" + date + ")\n";
    }
    object += ">>\nendobj\n";
    return object;
}

QByteArray PdfInfoRewriter::textString(const QString& text)
{
    // UTF-16BE with a byte order mark, as a hex string: no escaping to get wrong.
    QByteArray utf16 = "\xfe\xff";
    for (const QChar ch : text) {
        utf16 += char(ch.unicode() >> 8);
        utf16 += char(ch.unicode() & 0xff);
    }
    return '<' + utf16.toHex() + '>';
}

void PdfInfoRewriter::fail()
{
    throw ReportError(
        tr("The PDF written by Qt has an unexpected structure; its metadata cannot be set.")
            .toStdString());
}

} // namespace pr::report
