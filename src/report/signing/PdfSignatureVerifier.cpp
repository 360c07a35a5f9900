#include "report/signing/PdfSignatureVerifier.h"

#include "report/signing/PdfSigningError.h"
#include "report/signing/PoDoFoQuiet.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <podofo/podofo.h>

#include <algorithm>
#include <span>

namespace pr::report {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("pr::report::PdfSignatureVerifier", text);
}

QString textOf(const PoDoFo::PdfDictionary& dictionary, const char* key)
{
    const PoDoFo::PdfObject* value = dictionary.GetKey(key);
    if (value == nullptr) {
        return {};
    }
    if (value->IsString() || value->IsHexString()) {
        return QString::fromStdString(value->GetString().GetStringUtf8());
    }
    if (value->IsName()) {
        return QString::fromStdString(value->GetName().GetName());
    }
    return {};
}

// "D:YYYYMMDDHHmmSSOHH'mm'" with everything after the year optional (ISO 32000-1, 7.9.4).
QDateTime parsePdfDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    auto part = [&match](int index, int fallback) {
        return match.captured(index).isEmpty() ? fallback : match.captured(index).toInt();
    };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    int offset = 0;
    const QString sign = match.captured(7);
    if (sign == QLatin1String("+") || sign == QLatin1String("-")) {
        offset = (part(8, 0) * 60 + part(9, 0)) * 60 * (sign == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime result(date, time, QTimeZone(offset));
    return result.isValid() ? result.toUTC() : QDateTime();
}

std::span<const std::uint8_t> bytesOf(const QByteArray& data)
{
    return {reinterpret_cast<const std::uint8_t*>(data.constData()),
            static_cast<std::size_t>(data.size())};
}

PdfSignatureCheck::Status statusOf(crypto::CmsVerification::Status status)
{
    switch (status) {
    case crypto::CmsVerification::Status::Valid:
        return PdfSignatureCheck::Status::Valid;
    case crypto::CmsVerification::Status::DigestMismatch:
        return PdfSignatureCheck::Status::DigestMismatch;
    case crypto::CmsVerification::Status::SignatureInvalid:
        return PdfSignatureCheck::Status::SignatureInvalid;
    case crypto::CmsVerification::Status::Malformed:
        break;
    }
    return PdfSignatureCheck::Status::Malformed;
}

// Checks the byte range against the file and, when it is sound, the CMS in its gap.
void checkRange(PdfSignatureCheck& check, const QByteArray& pdf, const std::string& anchors)
{
    const auto& range = check.byteRange;
    const qint64 size = pdf.size();
    const qint64 gapStart = range[0] + range[1];
    const qint64 gapEnd = range[2];
    if (range[0] != 0 || range[1] < 0 || range[3] < 0 || gapEnd < gapStart + 2 ||
        range[2] + range[3] > size) {
        check.detail = translate("the byte range does not fit the file");
        return;
    }
    check.coversWholeFile = range[2] + range[3] == size;
    // The gap must be exactly the /Contents hex string, so that nothing else is unsigned.
    if (pdf.at(gapStart) != '<' || pdf.at(gapEnd - 1) != '>') {
        check.detail = translate("the byte range leaves out more than the signature");
        return;
    }
    const QByteArray hex = pdf.mid(gapStart + 1, gapEnd - gapStart - 2);
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f\\s]*$"));
    if (!hexOnly.match(QString::fromLatin1(hex)).hasMatch()) {
        check.detail = translate("the signature value is not a hexadecimal string");
        return;
    }
    const QByteArray cms = QByteArray::fromHex(hex);
    QByteArray content = pdf.left(gapStart);
    content.append(pdf.constData() + range[2], static_cast<qsizetype>(range[3]));

    crypto::CmsVerification result =
        crypto::verifyDetachedCms(bytesOf(cms), bytesOf(content), anchors);
    check.status = statusOf(result.status);
    if (result.signer) {
        check.signerSubject = QString::fromStdString(result.signer->subject);
        if (!result.signer->subjectCommonName.empty()) {
            check.signerName = QString::fromStdString(result.signer->subjectCommonName);
        }
    }
    if (result.status != crypto::CmsVerification::Status::Valid) {
        check.detail = QString::fromStdString(result.detail);
    }
    check.cms = std::move(result);
}

} // namespace

std::vector<PdfSignatureCheck> verifyPdfSignatures(const QByteArray& pdf,
                                                   const std::string& trustAnchorsPem)
{
    detail::quietPoDoFo();
    PoDoFo::PdfMemDocument document;
    try {
        document.LoadFromBuffer(pdf.constData(), static_cast<long>(pdf.size()));
    } catch (const PoDoFo::PdfError& error) {
        throw PdfSigningError(
            translate("The file is not a readable PDF (%1).")
                .arg(QString::fromUtf8(PoDoFo::PdfError::ErrorName(error.GetError())))
                .toStdString());
    }
    // Field names by the signature dictionary they point to (/V).
    QHash<QString, QString> fieldNames;
    PoDoFo::PdfVecObjects* objects = &document.GetObjects();
    for (PoDoFo::PdfObject* object : *objects) {
        if (object->IsDictionary() && object->GetDictionary().HasKey("FT") &&
            object->GetDictionary().HasKey("V") &&
            object->GetDictionary().GetKey("V")->IsReference()) {
            fieldNames.insert(QString::fromStdString(
                                  object->GetDictionary().GetKey("V")->GetReference().ToString()),
                              textOf(object->GetDictionary(), "T"));
        }
    }
    std::vector<PdfSignatureCheck> checks;
    for (PoDoFo::PdfObject* object : *objects) {
        if (!object->IsDictionary()) {
            continue;
        }
        const PoDoFo::PdfDictionary& dictionary = object->GetDictionary();
        const PoDoFo::PdfObject* range = dictionary.GetKey("ByteRange");
        if (range == nullptr || !range->IsArray() || !dictionary.HasKey("Contents")) {
            continue;
        }
        PdfSignatureCheck check;
        check.fieldName = fieldNames.value(QString::fromStdString(object->Reference().ToString()));
        check.subFilter = textOf(dictionary, "SubFilter");
        check.signerName = textOf(dictionary, "Name");
        check.reason = textOf(dictionary, "Reason");
        check.location = textOf(dictionary, "Location");
        check.signingTime = parsePdfDate(textOf(dictionary, "M"));
        const PoDoFo::PdfArray& numbers = range->GetArray();
        bool numeric = numbers.size() == 4;
        for (std::size_t i = 0; numeric && i < 4; ++i) {
            numeric = numbers[i].IsNumber();
            if (numeric) {
                check.byteRange[i] = numbers[i].GetNumber();
            }
        }
        if (numeric) {
            checkRange(check, pdf, trustAnchorsPem);
        } else {
            check.detail = translate("the byte range is not four numbers");
        }
        checks.push_back(std::move(check));
    }
    std::sort(checks.begin(), checks.end(),
              [](const auto& lhs, const auto& rhs) { return lhs.byteRange[1] < rhs.byteRange[1]; });
    return checks;
}

bool allSignaturesValid(const std::vector<PdfSignatureCheck>& checks)
{
    if (checks.empty() || !checks.back().coversWholeFile) {
        return false;
    }
    return std::all_of(checks.begin(), checks.end(), [](const PdfSignatureCheck& check) {
        return check.status == PdfSignatureCheck::Status::Valid;
    });
}

} // namespace pr::report
