#pragma once

// The demo register opened for the use cases, at the demo's moment, with settings of the
// test's own: what every use-case test starts from.

#include "core/json/RegisterDocument.h"
#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"
#include "storage/transfer/RegisterTransfer.h"
#include "support/TestRegister.h"
#include "usecases/UseCaseContext.h"
#include "usecases/register/RegisterCreation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace pr::test {

struct UseCaseFixture {
    // Saturday 21 November 2026, 09:00: the day the demo register is written for.
    core::FixedClock clock{QDateTime(QDate(2026, 11, 21), QTime(9, 0))};
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.prreg"));
    core::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<storage::Register> reg;
    std::unique_ptr<usecases::UseCaseContext> context;

    explicit UseCaseFixture(bool demo = true)
    {
        core::json::RegisterDocument document;
        if (demo) {
            QFile source(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json"));
            REQUIRE(source.open(QIODevice::ReadOnly));
            QList<core::json::JsonIssue> issues;
            REQUIRE(core::json::parseRegisterDocument(source.readAll(), document, issues));
        } else {
            document.organisation.legalName = QStringLiteral("Leeg B.V.");
        }
        reg = storage::Register::create(path, password(), document.organisation.legalName,
                                        fastOptions());
        if (demo) {
            reg->write([&](storage::SqliteDatabase& db) {
                const storage::AuditContext audit{clock, QStringLiteral("eigenaar")};
                storage::RegisterTransfer::importDocument(db, audit, document);
                // As `init --demo` makes it: the signed agreements keep what they say.
                usecases::RegisterCreation::keepSignedContent(db, audit);
            });
        }
        context = std::make_unique<usecases::UseCaseContext>(*reg, clock, settings,
                                                             QStringLiteral("medewerker"));
    }

    const storage::SqliteDatabase& db() const { return reg->database(); }
    QDate today() const { return clock.today(); }

    // The register as it is on disk, opened anew: saved means saved.
    std::unique_ptr<storage::Register> reopened() const
    {
        return storage::Register::open(path, password(), storage::OpenMode::ReadOnly,
                                       fastOptions());
    }
};

} // namespace pr::test
