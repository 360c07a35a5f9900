#include "storage/audit/AuditDiff.h"

#include "crypto/Digest.h"
#include "storage/ByteView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace pr::storage {

namespace {

// The JSON fields that hold files as base64 (DomainJson.h). The signed content is text, but
// a whole DPA's worth of it: the trail names it by size and digest as it does the PDF.
bool isBinary(const QString& key)
{
    return key == u"logoPng" || key == u"signaturePng" || key == u"signedPdf" ||
           key == u"firmSignedPdf" || key == u"signedContent";
}

QString binaryText(const QString& base64)
{
    const QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    const crypto::Sha256Digest digest = crypto::sha256(byteView(bytes));
    return QStringLiteral("%1 bytes, SHA-256 %2")
        .arg(bytes.size())
        .arg(QString::fromStdString(crypto::toHex(digest)));
}

// As JSON writes it, so that the trail shows what an export shows (qint64 stays exact).
QString numberText(const QJsonValue& number)
{
    const QJsonArray wrapper{number};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QString AuditDiff::text(const QString& key, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::String:
        return isBinary(key) && !value.toString().isEmpty() ? binaryText(value.toString())
                                                            : value.toString();
    case QJsonValue::Array:
        return value.toArray().isEmpty()
                   ? QString()
                   : QString::fromUtf8(
                         QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return value.toObject().isEmpty()
                   ? QString()
                   : QString::fromUtf8(
                         QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QList<core::FieldChange> AuditDiff::changes(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    QList<core::FieldChange> result;
    for (const QString& key : keys) {
        if (key == u"id") {
            continue;
        }
        const QString from = text(key, before.value(key));
        const QString to = text(key, after.value(key));
        if (from != to) {
            result << core::FieldChange{key, from, to};
        }
    }
    return result;
}

} // namespace pr::storage
