#include "cli/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pr::cli {

QString JsonText::scalar(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString JsonText::format(const QJsonObject& object, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString text;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject()) {
            text += pad + it.key() + QStringLiteral(":\n") + format(value.toObject(), indent + 2);
        } else if (value.isArray()) {
            text += pad + it.key() + QStringLiteral(":\n");
            for (const QJsonValue& item : value.toArray()) {
                if (item.isObject()) {
                    text += pad + QStringLiteral("  -\n") + format(item.toObject(), indent + 4);
                } else {
                    text += pad + QStringLiteral("  - ") + scalar(item) + QLatin1Char('\n');
                }
            }
        } else {
            text += pad + it.key() + QStringLiteral(": ") + scalar(value) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace pr::cli
