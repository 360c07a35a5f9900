#include "JsonTestSupport.h"
#include "core/calendar/DeadlineCalendar.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::describe;
using pr::test::exportBytes;

// The demo register of resources/demo/ (issue 4, item 7): it must import cleanly and hold
// what the demo promises, judged on the day the demo is written for.

namespace {

const QDate kDemoToday(2026, 11, 21);

QByteArray demoBytes()
{
    QFile file(QStringLiteral(PR_SOURCE_DIR) + u"/resources/demo/demo-register.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

RegisterDocument parseOrFail(const QByteArray& bytes)
{
    RegisterDocument document;
    QList<JsonIssue> issues;
    const bool ok = parseRegisterDocument(bytes, document, issues);
    INFO(describe(issues));
    REQUIRE(issues.isEmpty());
    REQUIRE(ok);
    return document;
}

RegisterDocument demo()
{
    return parseOrFail(demoBytes());
}

// The deadline a request works to, as the warnings compute it.
QDate deadlineOf(const DataSubjectRequest& request)
{
    return requestDeadlines(request.receivedDate).effective(request.extension.has_value());
}

} // namespace

TEST_CASE("The demo register imports without a single issue", "[json][demo]")
{
    const RegisterDocument document = demo();
    CHECK(document.organisation.legalName == u"Voorbeeld IT-beheer B.V."_s);
}

TEST_CASE("The demo register survives export and import byte for byte", "[json][demo]")
{
    const QByteArray shipped = demoBytes();
    const QByteArray first = exportBytes(parseOrFail(shipped));
    const QByteArray second = exportBytes(parseOrFail(first));
    CHECK(second == first);
    // The shipped file is itself in canonical form, so an export of an imported demo register
    // can be compared with it directly.
    CHECK(first == shipped);
}

TEST_CASE("The demo register has complete processing activities in both roles", "[json][demo]")
{
    const RegisterDocument document = demo();
    int asProcessor = 0;
    int asController = 0;
    for (const ProcessingActivity& activity : document.activities) {
        INFO(activity.name.toStdString());
        (activity.role == ProcessingRole::Processor ? asProcessor : asController) += 1;
        CHECK_FALSE(activity.purposes.isEmpty());
        CHECK_FALSE(activity.dataCategories.isEmpty());
        CHECK_FALSE(activity.dataSubjectCategories.isEmpty());
        CHECK_FALSE(activity.recipients.isEmpty());
        CHECK(activity.retention.kind != RetentionKind::Unspecified);
        CHECK_FALSE(activity.retention.description.isEmpty());
        REQUIRE_FALSE(activity.staffRoles.isEmpty());
        for (const StaffRole& role : activity.staffRoles) {
            CHECK_FALSE(role.operations.isEmpty());
        }
        if (activity.role == ProcessingRole::Controller) {
            REQUIRE(activity.legalBasis.has_value());
            if (*activity.legalBasis == LegalBasis::LegitimateInterests) {
                CHECK_FALSE(activity.legitimateInterest.isEmpty());
            }
        } else {
            CHECK(activity.source == DataSource::OtherSource);
        }
    }
    CHECK(asProcessor >= 10);
    CHECK(asController >= 5);
}

TEST_CASE("The demo register has 30 security measures in all four groups", "[json][demo]")
{
    const RegisterDocument document = demo();
    CHECK(document.measures.size() == 30);
    // The catalogue read as plain JSON: its own loader is tested elsewhere, and a header of it
    // (CatalogueKind::SpecialCategories) would shadow pr::core::SpecialCategories here.
    QFile file(QStringLiteral(PR_SOURCE_DIR) + u"/resources/catalogues/security-measures.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> groupOfEntry;
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object().value(u"entries"_s).toArray();
    for (const QJsonValue& entry : entries) {
        groupOfEntry.insert(entry.toObject().value(u"id"_s).toString(),
                            entry.toObject().value(u"group"_s).toString());
    }
    REQUIRE_FALSE(groupOfEntry.isEmpty());
    QSet<SecurityCategory> categories;
    for (const SecurityMeasure& measure : document.measures) {
        INFO(measure.title.toStdString());
        categories.insert(measure.category);
        if (!measure.catalogueId.isEmpty()) {
            // Picked from the catalogue: the id exists there, in the same group.
            REQUIRE(groupOfEntry.contains(measure.catalogueId));
            CHECK(groupOfEntry.value(measure.catalogueId) == enumCode(measure.category));
        }
    }
    CHECK(categories.size() == enumValues<SecurityCategory>().size());
}

TEST_CASE("The demo register has its sub-processors, clients and agreements", "[json][demo]")
{
    const RegisterDocument document = demo();
    // Five serve the clients' processing; one, the CRM supplier, the firm's own, so that an
    // access answer names a recipient by name.
    CHECK(document.subProcessors.size() == 6);
    bool outsideEeaWithClauses = false;
    for (const SubProcessor& subProcessor : document.subProcessors) {
        outsideEeaWithClauses |=
            !subProcessor.insideEea && subProcessor.safeguard == TransferSafeguard::StandardClauses;
    }
    CHECK(outsideEeaWithClauses);

    CHECK(document.clients.size() == 4);
    REQUIRE(document.agreements.size() == 4);
    QSet<qint64> clientsWithAgreement;
    QSet<SigningState> states;
    for (const Agreement& agreement : document.agreements) {
        clientsWithAgreement.insert(agreement.clientId);
        states.insert(agreement.signingState);
    }
    CHECK(clientsWithAgreement.size() == 4);
    CHECK(states == QSet<SigningState>{SigningState::Draft, SigningState::Sent,
                                       SigningState::SignedByFirm, SigningState::Countersigned});
}

TEST_CASE("The demo register's requests cover every status and right, and some are urgent",
          "[json][demo]")
{
    const RegisterDocument document = demo();
    CHECK(document.requests.size() == 12);
    QSet<RequestStatus> statuses;
    QSet<DataSubjectRight> rights;
    int overdue = 0;
    int dueThisWeek = 0;
    for (const DataSubjectRequest& request : document.requests) {
        statuses.insert(request.status);
        rights.insert(request.right);
        if (isClosed(request.status)) {
            continue;
        }
        const QDate deadline = deadlineOf(request);
        REQUIRE(deadline.isValid());
        if (deadline < kDemoToday) {
            ++overdue;
        } else if (deadline <= kDemoToday.addDays(7)) {
            ++dueThisWeek;
        }
    }
    CHECK(statuses.size() == enumValues<RequestStatus>().size());
    CHECK(rights.size() == enumValues<DataSubjectRight>().size());
    CHECK(overdue >= 2);
    CHECK(dueThisWeek >= 2);
}

TEST_CASE("The demo register records what its letters state", "[json][demo]")
{
    const RegisterDocument document = demo();
    CHECK(document.organisation.backupOverwriteDays > 0);
    CHECK(document.organisation.statement.noAutomatedDecisions);
    bool refusedWithGround = false;
    bool withNotes = false;
    for (const DataSubjectRequest& request : document.requests) {
        INFO("request " << request.id);
        // Proof of identity is asked only with the reasonable doubt the letter states.
        if (request.identityRequestedDate.isValid()) {
            CHECK_FALSE(request.identityDoubt.isEmpty());
        }
        if (request.refusalGround) {
            CHECK(refusalGroundFits(*request.refusalGround, request.right));
            refusedWithGround = true;
        }
        withNotes |= !request.notes.isEmpty();
    }
    CHECK(refusedWithGround);
    CHECK(withNotes);
}

TEST_CASE("The demo register's breaches show the three ways a breach is handled", "[json][demo]")
{
    const RegisterDocument document = demo();
    REQUIRE(document.breaches.size() == 3);
    bool notifiedWithFollowUp = false;
    bool notNotifiedWithReason = false;
    bool processorWithClientNotified = false;
    for (const Breach& breach : document.breaches) {
        notifiedWithFollowUp |= breach.apNotified == true && breach.apNotifications.size() >= 2 &&
                                breach.apNotifications.last().phase == NotificationPhase::FollowUp;
        notNotifiedWithReason |=
            breach.apNotified == false && !breach.apNotNotifiedReason.trimmed().isEmpty();
        processorWithClientNotified |= breach.clientId != 0 && breach.clientNotifiedAt.isValid();
    }
    CHECK(notifiedWithFollowUp);
    CHECK(notNotifiedWithReason);
    CHECK(processorWithClientNotified);
}
