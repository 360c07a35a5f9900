#include "UseCaseFixture.h"
#include "core/json/RegisterDocument.h"
#include "core/workflow/RequestRetention.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/register/RegisterImport.h"
#include "usecases/requests/ExpiredRequestAnonymisation.h"

#include <QFile>

#include <catch2/catch.hpp>

using pr::usecases::ChangeResult;
using pr::usecases::ExpiredRequestAnonymisation;

TEST_CASE("A register document is imported in one write", "[usecases][register]")
{
    pr::test::UseCaseFixture f(false);
    QFile source(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    pr::core::json::RegisterDocument document;
    QList<pr::core::json::JsonIssue> issues;
    REQUIRE(pr::core::json::parseRegisterDocument(source.readAll(), document, issues));
    const ChangeResult result = pr::usecases::RegisterImport::import(*f.context, document);
    REQUIRE(result.status == ChangeResult::Status::Saved);
    CHECK(pr::storage::ClientRepository::all(f.reopened()->database()).size() ==
          document.clients.size());
}

TEST_CASE("Expired requests follow the retention of the settings, and are anonymised in one "
          "write",
          "[usecases][requests]")
{
    pr::test::UseCaseFixture f;
    CHECK(ExpiredRequestAnonymisation::retention(*f.context) ==
          f.settings.requestRetentionPeriod());
    // A retention of one day: every request closed before yesterday is due.
    const pr::core::Period day{1, pr::core::Period::Unit::Days};
    f.settings.setRequestRetentionPeriod(day);
    CHECK(ExpiredRequestAnonymisation::retention(*f.context) == day);
    const auto due = ExpiredRequestAnonymisation::due(*f.context, day);
    REQUIRE_FALSE(due.isEmpty());
    REQUIRE(ExpiredRequestAnonymisation::anonymise(*f.context, due).status ==
            ChangeResult::Status::Saved);
    const auto reopened = f.reopened();
    for (const auto& request : due) {
        const auto stored = pr::storage::RequestRepository::find(reopened->database(), request.id);
        REQUIRE(stored.has_value());
        CHECK(stored->requesterName != request.requesterName);
        CHECK(stored->requesterContact.isEmpty());
    }
    CHECK(ExpiredRequestAnonymisation::due(*f.context, day).isEmpty());
}
