#include "core/json/JsonMessages.h"

#include <QCoreApplication>

namespace pr::core::json::messages {

QString missingField()
{
    return QCoreApplication::translate("Json", "Required field is missing.");
}

QString unknownField()
{
    // Reported rather than dropped: a misspelt field name would otherwise lose its value.
    return QCoreApplication::translate("Json", "Unknown field.");
}

QString nullValue()
{
    return QCoreApplication::translate(
        "Json", "null is not a value here: leave the field out when it has no value.");
}

QString expectedText()
{
    return QCoreApplication::translate("Json", "Expected text.");
}

QString expectedWholeNumber()
{
    return QCoreApplication::translate("Json", "Expected a whole number.");
}

QString expectedBoolean()
{
    return QCoreApplication::translate("Json", "Expected true or false.");
}

QString expectedList()
{
    return QCoreApplication::translate("Json", "Expected a list.");
}

QString expectedObject()
{
    return QCoreApplication::translate("Json", "Expected an object.");
}

QString outOfRange()
{
    return QCoreApplication::translate("Json", "The number is too large.");
}

QString badDate()
{
    return QCoreApplication::translate("Json", "Not a date like 2026-11-21.");
}

QString badDateTime()
{
    return QCoreApplication::translate(
        "Json", "Not a date and time with its offset like 2026-11-21T14:30:00+01:00 (Z for UTC).");
}

QString badBase64()
{
    return QCoreApplication::translate("Json", "Not valid base64.");
}

QString badHex()
{
    return QCoreApplication::translate("Json", "Not a hexadecimal value.");
}

QString duplicateKey()
{
    return QCoreApplication::translate(
        "Json", "This field appears more than once in the same object; keep one of them.");
}

QString listedTwice()
{
    return QCoreApplication::translate("Json", "Listed twice.");
}

QString unknownCode(const QString& code, const QStringList& codes)
{
    return QCoreApplication::translate("Json", "Unknown code \"%1\"; expected one of: %2.")
        .arg(code, codes.join(QStringLiteral(", ")));
}

} // namespace pr::core::json::messages
