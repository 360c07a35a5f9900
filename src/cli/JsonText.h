#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pr::cli {

// A record's JSON form as lines a person reads: "field: value", lists as indented "- item",
// nested objects indented. For `show` and `audit`; scripts use --json.
class JsonText {
public:
    static QString format(const QJsonObject& object, int indent = 0);
    // One value on one line: strings as they are, everything else as compact JSON.
    static QString scalar(const QJsonValue& value);
};

} // namespace pr::cli
