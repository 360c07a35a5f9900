#pragma once

#include "core/domain/validation/ValidationIssue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

// Shared by the validation tests: each rule is a case that breaks one thing in a valid record
// and names the fields the issues must point at, no more and no fewer.

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& list)
    {
        return "{ " + list.join(QStringLiteral(", ")).toStdString() + " }";
    }
};

} // namespace Catch

namespace pr::test {

inline QStringList fieldsOf(const QList<pr::core::ValidationIssue>& issues)
{
    QStringList fields;
    for (const pr::core::ValidationIssue& issue : issues) {
        fields.append(issue.field);
    }
    return fields;
}

template <typename T>
struct RuleCase {
    std::string rule;                   // what the case breaks, for the failure message
    std::function<void(T&)> breakValue; // turns the valid record into a broken one
    QStringList fields;                 // the fields the issues must name, in order
};

// Applies every case to a fresh copy of VALID and checks the fields of the issues, and that
// every issue has a message.
template <typename T>
void checkRules(const T& valid, const std::vector<RuleCase<T>>& cases)
{
    for (const RuleCase<T>& rule : cases) {
        INFO(rule.rule);
        T value = valid;
        rule.breakValue(value);
        const QList<pr::core::ValidationIssue> issues = validate(value);
        CHECK(fieldsOf(issues) == rule.fields);
        for (const pr::core::ValidationIssue& issue : issues) {
            CHECK_FALSE(issue.message.trimmed().isEmpty());
        }
    }
}

} // namespace pr::test
