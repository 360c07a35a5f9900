#include "report/signing/PdfSigner.h"

#include "crypto/signing/CmsSigner.h"
#include "crypto/signing/SigningCredentials.h"
#include "report/signing/PdfSigningError.h"
#include "report/signing/PoDoFoQuiet.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <podofo/podofo.h>

#include <algorithm>
#include <set>
#include <span>
#include <string>

namespace pr::report {

namespace {

// Room for the CMS in /Contents. A 4096-bit RSA signature with a three-certificate chain
// takes about 6 KiB; 16 KiB leaves room for long chains. The unused tail stays zeros, which
// DER parsers ignore after the structure's own length.
constexpr qsizetype kContentsBytes = 16 * 1024;
// Written as the /ByteRange before the offsets are known, and overwritten in place with the
// real offsets padded to the same length. Unique enough never to occur in a document.
constexpr char kByteRangeBeacon[] = "[0 9999999999 9999999999 9999999999]";

QString translate(const char* text)
{
    return QCoreApplication::translate("pr::report::PdfSigner", text);
}

PoDoFo::PdfString pdfText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // Plain ASCII as a literal string, which every reader shows; anything else as UTF-16.
    if (std::all_of(utf8.begin(), utf8.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return PoDoFo::PdfString(utf8.constData());
    }
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.constData()),
                             utf8.size());
}

// "D:YYYYMMDDHHmmSS+00'00'" (ISO 32000-1, 7.9.4), always in UTC so the file does not depend on
// the signing computer's time zone.
PoDoFo::PdfString pdfDate(const QDateTime& time)
{
    const QDateTime utc = time.toTimeZone(QTimeZone::utc());
    const QByteArray text = QByteArrayLiteral("D:") +
                            utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
                            QByteArrayLiteral("+00'00'");
    return PoDoFo::PdfString(text.constData());
}

// A field name that no top-level field of the document uses yet: "Signature1", "Signature2", ….
PoDoFo::PdfString freeFieldName(PoDoFo::PdfMemDocument& document)
{
    std::set<std::string> used;
    if (PoDoFo::PdfAcroForm* form = document.GetAcroForm(false)) {
        if (PoDoFo::PdfObject* fields = form->GetObject()->GetIndirectKey("Fields");
            fields != nullptr && fields->IsArray()) {
            for (const PoDoFo::PdfObject& entry : fields->GetArray()) {
                const PoDoFo::PdfObject* field =
                    entry.IsReference() ? document.GetObjects().GetObject(entry.GetReference())
                                        : &entry;
                if (field != nullptr && field->IsDictionary()) {
                    if (const PoDoFo::PdfObject* name = field->GetDictionary().GetKey("T");
                        name != nullptr && name->IsString()) {
                        used.insert(name->GetString().GetStringUtf8());
                    }
                }
            }
        }
    }
    for (int number = 1;; ++number) {
        const std::string candidate = "Signature" + std::to_string(number);
        if (used.count(candidate) == 0) {
            return PoDoFo::PdfString(candidate.c_str());
        }
    }
}

void addSignatureField(PoDoFo::PdfMemDocument& document, const PdfSignatureRequest& request,
                       const QString& signerName)
{
    if (document.GetPageCount() < 1) {
        throw PdfSigningError(translate("The PDF has no pages to sign.").toStdString());
    }
    PoDoFo::PdfAcroForm* form = document.GetAcroForm(true);
    PoDoFo::PdfDictionary& formDictionary = form->GetObject()->GetDictionary();
    // SigFlags 3: the document holds signatures and must only be changed by appending.
    formDictionary.AddKey("SigFlags", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(3)));
    // PDF/A forbids NeedAppearances true, which PoDoFo sets on a new form.
    formDictionary.RemoveKey("NeedAppearances");

    const PoDoFo::PdfString fieldName = freeFieldName(document);
    PoDoFo::PdfPage* page = document.GetPage(document.GetPageCount() - 1);
    // An invisible widget (zero rectangle): the visible block is part of the page itself.
    PoDoFo::PdfSignatureField field(page, PoDoFo::PdfRect(0, 0, 0, 0), &document);
    field.SetFieldName(fieldName);
    // Print and Locked (ISO 32000-1, 12.5.3): PDF/A wants every annotation printable.
    PoDoFo::PdfDictionary& widget = field.GetWidgetAnnotation()->GetObject()->GetDictionary();
    widget.AddKey("F", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(4 | 128)));
    // PoDoFo stamps the annotation with the computer's clock; the injected time is the truth.
    widget.AddKey("M", pdfDate(request.signingTime));
    field.EnsureSignatureObject();

    PoDoFo::PdfDictionary& signature = field.GetSignatureObject()->GetDictionary();
    signature.AddKey("Type", PoDoFo::PdfName("Sig"));
    signature.AddKey("Filter", PoDoFo::PdfName("Adobe.PPKLite"));
    signature.AddKey("SubFilter", PoDoFo::PdfName("ETSI.CAdES.detached"));
    signature.AddKey("M", pdfDate(request.signingTime));
    if (!request.reason.isEmpty()) {
        signature.AddKey("Reason", pdfText(request.reason));
    }
    if (!request.location.isEmpty()) {
        signature.AddKey("Location", pdfText(request.location));
    }
    if (!request.contactInfo.isEmpty()) {
        signature.AddKey("ContactInfo", pdfText(request.contactInfo));
    }
    if (!signerName.isEmpty()) {
        signature.AddKey("Name", pdfText(signerName));
    }
    const std::string contents = "<" + std::string(2 * kContentsBytes, '0') + ">";
    signature.AddKey("Contents", PoDoFo::PdfObject(PoDoFo::PdfVariant(
                                     PoDoFo::PdfData(contents.c_str(), contents.size()))));
    signature.AddKey("ByteRange",
                     PoDoFo::PdfObject(PoDoFo::PdfVariant(PoDoFo::PdfData(kByteRangeBeacon))));
}

QByteArray writeUpdate(PoDoFo::PdfMemDocument& document, const QByteArray& original)
{
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    // The original bytes first, unchanged; PoDoFo appends the new revision after them.
    device.Write(original.constData(), static_cast<size_t>(original.size()));
    document.WriteUpdate(&device, false);
    device.Flush();
    return QByteArray(buffer.GetBuffer(), static_cast<qsizetype>(device.GetLength()));
}

// Fills in /ByteRange and /Contents of the new signature in OUTPUT, which holds the new
// revision with the placeholders written by addSignatureField.
void embedSignature(QByteArray& output, qsizetype originalSize,
                    const crypto::SigningCredentials& credentials)
{
    const QByteArray beacon(kByteRangeBeacon);
    const QByteArray placeholder = '<' + QByteArray(2 * kContentsBytes, '0') + '>';
    const qsizetype rangeAt = output.lastIndexOf(beacon);
    const qsizetype contentsAt = output.lastIndexOf(placeholder);
    if (rangeAt < originalSize || contentsAt < originalSize) {
        throw PdfSigningError(
            translate("The signature could not be placed in the PDF.").toStdString());
    }
    const qsizetype afterContents = contentsAt + placeholder.size();
    QByteArray range = QStringLiteral("[0 %1 %2 %3]")
                           .arg(contentsAt)
                           .arg(afterContents)
                           .arg(output.size() - afterContents)
                           .toLatin1();
    if (range.size() > beacon.size()) {
        throw PdfSigningError(translate("The PDF is too large to sign.").toStdString());
    }
    range.append(QByteArray(beacon.size() - range.size(), ' '));
    output.replace(rangeAt, beacon.size(), range);

    QByteArray signedBytes = output.left(contentsAt);
    signedBytes.append(output.constData() + afterContents, output.size() - afterContents);
    const std::vector<std::uint8_t> cms = crypto::signDetachedCms(
        credentials, std::span(reinterpret_cast<const std::uint8_t*>(signedBytes.constData()),
                               static_cast<std::size_t>(signedBytes.size())));
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char*>(cms.data()), static_cast<qsizetype>(cms.size()))
            .toHex()
            .toUpper();
    if (hex.size() > 2 * kContentsBytes) {
        throw PdfSigningError(
            translate("The signature is larger than the room reserved for it.").toStdString());
    }
    output.replace(contentsAt + 1, hex.size(), hex);
}

} // namespace

QByteArray signPdf(const QByteArray& pdf, const crypto::SigningCredentials& credentials,
                   const PdfSignatureRequest& request)
{
    if (!request.signingTime.isValid()) {
        throw PdfSigningError(translate("The signing time is missing.").toStdString());
    }
    QString signerName = request.signerName;
    if (signerName.isEmpty()) {
        signerName = QString::fromStdString(credentials.certificate().subjectCommonName);
    }
    detail::quietPoDoFo();
    QByteArray output;
    try {
        PoDoFo::PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), static_cast<long>(pdf.size()), true);
        if (document.GetEncrypted()) {
            throw PdfSigningError(
                translate("The PDF is encrypted; this program signs only unencrypted PDFs.")
                    .toStdString());
        }
        addSignatureField(document, request, signerName);
        output = writeUpdate(document, pdf);
    } catch (const PoDoFo::PdfError& error) {
        throw PdfSigningError(
            translate("The file is not a PDF that can be signed (%1).")
                .arg(QString::fromUtf8(PoDoFo::PdfError::ErrorName(error.GetError())))
                .toStdString());
    }
    if (!output.startsWith(pdf)) {
        throw PdfSigningError(
            translate("The PDF library changed the signed part of the document.").toStdString());
    }
    embedSignature(output, pdf.size(), credentials);
    return output;
}

} // namespace pr::report
