#pragma once

#include <QString>
#include <QStringList>

// The texts of the issues that reading JSON reports, in one place so that the same problem
// reads the same everywhere (and the translator sees each sentence once). Context "Json".

namespace pr::core::json::messages {

QString missingField();
QString unknownField();
QString nullValue();
QString expectedText();
QString expectedWholeNumber();
QString expectedBoolean();
QString expectedList();
QString expectedObject();
QString outOfRange();
QString badDate();
QString badDateTime();
QString badBase64();
QString badHex();
QString listedTwice();
QString duplicateKey();
// CODE is not one of CODES, which the message lists so that the fix is at hand.
QString unknownCode(const QString& code, const QStringList& codes);

} // namespace pr::core::json::messages
