// Format version 4: the notices of sub-processor changes and the client's privacy contact.

#include "JsonTestSupport.h"
#include "core/json/DomainJson.h"
#include "core/json/JsonMessages.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::describe;
using pr::test::exportBytes;
using pr::test::issuesAfter;

namespace {

SubProcessorNotice fullNotice(const RegisterDocument& document)
{
    SubProcessorNotice notice;
    notice.id = 3;
    notice.subProcessorId = document.subProcessors[0].id;
    notice.clientId = document.clients[0].id;
    notice.agreementId = document.agreements[0].id;
    notice.change = SubProcessorChange::Replaced;
    notice.replacedName = u"Oude Opslag B.V."_s;
    notice.sentDate = QDate(2026, 3, 2);
    notice.objectionDays = 14;
    notice.objectionDate = QDate(2026, 3, 9);
    notice.objectionText = u"Geen opslag buiten Nederland."_s;
    notice.outcome = ObjectionOutcome::ServiceTerminated;
    return notice;
}

// The full document with what version 4 added.
RegisterDocument version4Document()
{
    RegisterDocument document = pr::test::fullDocument();
    document.clients[0].privacyContact =
        PrivacyContact{u"Mr. L. de Wit"_s, u"fg@klant.example"_s, u"030 123 9999"_s, true};
    document.subProcessorNotices = {fullNotice(document)};
    return document;
}

// Version 4's notices and a client's privacy contact, without the other fields of version 4.
RegisterDocument withNoticesOnly()
{
    const RegisterDocument full = version4Document();
    RegisterDocument document = pr::test::asVersion3();
    document.clients = full.clients;
    document.subProcessorNotices = full.subProcessorNotices;
    return document;
}

} // namespace

TEST_CASE("A notice and a client's privacy contact survive export and import",
          "[json][document][subprocessor-notice]")
{
    const RegisterDocument document = version4Document();
    const QByteArray exported = exportBytes(document);
    RegisterDocument back;
    QList<JsonIssue> issues;
    CHECK(parseRegisterDocument(exported, back, issues));
    INFO(describe(issues));
    CHECK(back == document);
    CHECK(exportBytes(back) == exported);

    const QJsonObject notice =
        toJsonDocument(document).object().value(u"subProcessorNotices"_s).toArray()[0].toObject();
    CHECK(notice.value(u"change"_s) == QJsonValue(u"replaced"_s));
    CHECK(notice.value(u"outcome"_s) == QJsonValue(u"service-terminated"_s));
    CHECK(notice.value(u"sentDate"_s) == QJsonValue(u"2026-03-02"_s));
}

TEST_CASE("A document of version 3 has no notices and no client privacy contact",
          "[json][document][subprocessor-notice]")
{
    SECTION("without them it is read, with an empty list of notices")
    {
        const RegisterDocument document = pr::test::asVersion3();
        const QList<JsonIssue> issues = issuesAfter(document, [](QJsonObject& root) {
            root.insert(u"formatVersion"_s, 3);
            root.remove(u"subProcessorNotices"_s);
            pr::test::withVersion3Keys(root);
        });
        CHECK(issues.isEmpty());
    }
    SECTION("with them, they are fields that version did not know")
    {
        const QList<JsonIssue> issues = issuesAfter(withNoticesOnly(), [](QJsonObject& root) {
            root.insert(u"formatVersion"_s, 3);
            pr::test::withVersion3Keys(root);
        });
        CHECK(issues ==
              QList<JsonIssue>{{u"$.subProcessorNotices"_s, messages::unknownField()},
                               {u"$.clients[0].privacyContact"_s, messages::unknownField()}});
    }
}

TEST_CASE("A notice refers to its sub-processor, client and agreement, and is validated",
          "[json][document][subprocessor-notice]")
{
    const QList<JsonIssue> issues = issuesAfter(version4Document(), [](QJsonObject& root) {
        QJsonArray notices = root.value(u"subProcessorNotices"_s).toArray();
        QJsonObject notice = notices[0].toObject();
        notice.insert(u"clientId"_s, 999);
        notice.insert(u"objectionDate"_s, u"2026-03-01"_s); // before it was sent
        notices[0] = notice;
        root.insert(u"subProcessorNotices"_s, notices);
    });
    CHECK(pr::test::pathsOf(issues) == QStringList{u"$.subProcessorNotices[0].clientId"_s,
                                                   u"$.subProcessorNotices[0].objectionDate"_s});
}
