#include "report/model/DpaContent.h"

#include "report/template/TrustedHtml.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

// The view model's parts that are not what the agreement says: the date it was rendered on
// and the signature block, and the state of signing (which signing itself changes).
const QString kDocument = u"document"_s;
const QString kSignatures = u"signatures"_s;
const QString kAgreement = u"agreement"_s;
const QString kSigningState = u"signingState"_s;
const QString kLanguage = u"language"_s;
const QString kContent = u"content"_s;

QJsonValue canonical(const QVariant& value);

QJsonObject canonicalMap(const QVariantMap& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        object.insert(it.key(), canonical(it.value()));
    }
    return object;
}

QJsonValue canonical(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<TrustedHtml>()) {
        const QString html = value.value<TrustedHtml>().html();
        // An image (a logo) is kept by its digest: the same picture compares equal, and the
        // content stays small.
        if (html.contains(u"<img"_s)) {
            return u"image sha256:"_s +
                   QString::fromLatin1(
                       QCryptographicHash::hash(html.toUtf8(), QCryptographicHash::Sha256).toHex());
        }
        return html;
    }
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue::Null;
    case QMetaType::QVariantMap:
        return canonicalMap(value.toMap());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray array;
        for (const QVariant& item : value.toList()) {
            array.append(canonical(item));
        }
        return array;
    }
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

} // namespace

QByteArray DpaContent::of(const QVariantMap& model, const QString& language)
{
    QVariantMap kept = model;
    kept.remove(kDocument);
    kept.remove(kSignatures);
    QVariantMap agreement = kept.value(kAgreement).toMap();
    agreement.remove(kSigningState);
    kept.insert(kAgreement, agreement);
    const QJsonObject root{{kLanguage, language}, {kContent, canonicalMap(kept)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString DpaContent::languageOf(const QByteArray& content)
{
    return QJsonDocument::fromJson(content).object().value(kLanguage).toString();
}

QJsonObject DpaContent::contentOf(const QByteArray& content)
{
    return QJsonDocument::fromJson(content).object().value(kContent).toObject();
}

} // namespace pr::report
