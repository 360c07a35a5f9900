#pragma once

#include <QString>

namespace pr::core::json {

// One problem found while reading JSON: where it is and what is wrong. Import reports every
// one of them at once, so that a file can be fixed in one pass.
struct JsonIssue {
    // A JSONPath-like location: "$.activities[3].purposes[0]", "$.organisation.postcode";
    // "$" for the document itself.
    QString path;
    // What is wrong, for people. English source text, translated in the "Json" context.
    QString message;

    friend bool operator==(const JsonIssue&, const JsonIssue&) = default;
};

} // namespace pr::core::json
