#pragma once

#include "../domain/ValidationTestSupport.h"
#include "core/json/DomainJson.h"
#include "core/json/RegisterDocument.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <string>

// Shared by the JSON tests: records with every field set (each one valid and all of them
// referring to each other, so that together they form a register that imports cleanly), and
// helpers to read issues.

namespace Catch {

template <>
struct StringMaker<pr::core::json::JsonIssue> {
    static std::string convert(const pr::core::json::JsonIssue& issue)
    {
        return (issue.path + QStringLiteral(": ") + issue.message).toStdString();
    }
};

} // namespace Catch

namespace pr::test {

// Every field set, none at its default where another value is possible.
core::Organisation fullOrganisation();
core::ProcessingActivity fullActivity();
core::SecurityMeasure fullMeasure();
core::SubProcessor fullSubProcessor();
core::Client fullClient();
core::Agreement fullAgreement();
core::DataSubjectRequest fullRequest();
core::Breach fullBreach();
core::AuditEntry fullAuditEntry();
core::SubProcessorNotice fullNotice();

// One of each full record: a register without a single issue.
core::json::RegisterDocument fullDocument();
// fullDocument() as version 4 could hold it: none of the fields version 5 added.
core::json::RegisterDocument asVersion4();
// fullDocument() as version 3 could hold it: none of the fields version 4 added.
core::json::RegisterDocument asVersion3();
// ROOT's liability caps with the keys version 3 and before wrote ("amountCents", "text").
void withVersion3Keys(QJsonObject& root);

// The bytes of the canonical export.
QByteArray exportBytes(const core::json::RegisterDocument& document);

// TEXT, which must be a JSON object.
QJsonObject objectFrom(const char* text);

QStringList pathsOf(const QList<core::json::JsonIssue>& issues);

// Every issue as "path: message", one per line, for failure messages.
std::string describe(const QList<core::json::JsonIssue>& issues);

// The issues of reading JSON as a T under the path "$.x".
template <typename T>
QList<core::json::JsonIssue> issuesReading(const QJsonValue& json)
{
    T out;
    QList<core::json::JsonIssue> issues;
    const bool ok = core::json::fromJson(json, QStringLiteral("$.x"), out, issues);
    CHECK(ok == issues.isEmpty());
    return issues;
}

// The paths of the issues of parsing DOCUMENT after CHANGE edited its JSON.
template <typename Change>
QList<core::json::JsonIssue> issuesAfter(const core::json::RegisterDocument& document,
                                         Change change)
{
    QJsonObject root = core::json::toJsonDocument(document).object();
    change(root);
    core::json::RegisterDocument out;
    QList<core::json::JsonIssue> issues;
    const bool ok = core::json::parseRegisterDocument(
        QJsonDocument(root).toJson(QJsonDocument::Indented), out, issues);
    CHECK(ok == issues.isEmpty());
    return issues;
}

} // namespace pr::test
