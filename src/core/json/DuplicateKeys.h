#pragma once

#include "core/json/JsonIssue.h"

#include <QByteArray>
#include <QList>

namespace pr::core::json {

// Every key that appears more than once in one object of UTF8, which must already parse as
// JSON. Qt's parser keeps the last of two equal keys without a word; an import must not
// guess which of two values the writer meant. One issue per repeated key, at its path.
QList<JsonIssue> findDuplicateKeys(const QByteArray& utf8);

} // namespace pr::core::json
