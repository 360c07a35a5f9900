#include "../../support/ScopedLanguage.h"
#include "ValidationTestSupport.h"
#include "core/catalogue/CatalogueKind.h"
#include "core/domain/Art9Exception.h"
#include "core/domain/AuditAction.h"
#include "core/domain/CookieKind.h"
#include "core/domain/CookieParty.h"
#include "core/domain/DataSource.h"
#include "core/domain/DataSubjectRight.h"
#include "core/domain/EntityKind.h"
#include "core/domain/LegalBasis.h"
#include "core/domain/MeasureStatus.h"
#include "core/domain/NotificationPhase.h"
#include "core/domain/ProcessingRole.h"
#include "core/domain/RequestChannel.h"
#include "core/domain/RequestStatus.h"
#include "core/domain/RetentionKind.h"
#include "core/domain/RetentionTrigger.h"
#include "core/domain/RetentionUnit.h"
#include "core/domain/SecurityCategory.h"
#include "core/domain/SigningState.h"
#include "core/domain/SpecialCategory.h"
#include "core/domain/StatementAudience.h"
#include "core/domain/TransferSafeguard.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;

TEMPLATE_TEST_CASE("Every enum value has a unique stable code and a label", "[domain][enum]",
                   LegalBasis, SpecialCategory, Art9Exception, TransferSafeguard, DataSource,
                   ProcessingRole, RetentionKind, RetentionUnit, RetentionTrigger, SecurityCategory,
                   MeasureStatus, SigningState, DataSubjectRight, RequestChannel, RequestStatus,
                   NotificationPhase, AuditAction, EntityKind, CatalogueKind, StatementAudience,
                   CookieParty, CookieKind)
{
    static const QRegularExpression codePattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    const QList<TestType> values = enumValues<TestType>();
    REQUIRE_FALSE(values.isEmpty());
    QSet<QString> codes;
    QSet<QString> labels;
    QSet<TestType> seen;
    for (const TestType value : values) {
        const QString code = enumCode(value);
        INFO(code.toStdString());
        CHECK(codePattern.match(code).hasMatch());
        CHECK(enumFromCode<TestType>(code) == value);
        CHECK_FALSE(enumLabel(value).trimmed().isEmpty());
        codes.insert(code);
        labels.insert(enumLabel(value));
        seen.insert(value);
    }
    // Unique codes, labels and values: a copy-paste slip in a table shows up here.
    CHECK(codes.size() == values.size());
    CHECK(labels.size() == values.size());
    CHECK(seen.size() == values.size());

    CHECK_FALSE(enumFromCode<TestType>(u""_s).has_value());
    CHECK_FALSE(enumFromCode<TestType>(u"no-such-code"_s).has_value());
    // Codes are stored, not typed: they match exactly.
    CHECK_FALSE(enumFromCode<TestType>(enumCode(values.first()).toUpper() + u" "_s).has_value());
    CHECK(enumCode(static_cast<TestType>(0x7fff'0000)).isEmpty());
    CHECK(enumLabel(static_cast<TestType>(0x7fff'0000)).isEmpty());

    // The Dutch labels are unique too: two values translated alike could not be told apart.
    const pr::test::ScopedLanguage dutch("nl");
    QSet<QString> dutchLabels;
    for (const TestType value : values) {
        CHECK_FALSE(enumLabel(value).trimmed().isEmpty());
        dutchLabels.insert(enumLabel(value));
    }
    CHECK(dutchLabels.size() == values.size());
}

TEST_CASE("Codes that storage and JSON rely on", "[domain][enum]")
{
    CHECK(enumCode(LegalBasis::Consent) == u"a"_s);
    CHECK(enumCode(LegalBasis::LegitimateInterests) == u"f"_s);
    CHECK(enumCode(Art9Exception::ExplicitConsent) == u"a"_s);
    CHECK(enumCode(Art9Exception::ArchivingResearch) == u"j"_s);
    CHECK(enumCode(DataSubjectRight::Access) == u"access"_s);
    CHECK(enumCode(DataSubjectRight::Erasure) == u"erasure"_s);
    CHECK(enumCode(SigningState::Draft) == u"draft"_s);
    CHECK(enumCode(SigningState::Countersigned) == u"countersigned"_s);
    CHECK(enumCode(SecurityCategory::NetworkServerApplication) == u"network-server-application"_s);
    CHECK(enumCode(TransferSafeguard::StandardClauses) == u"scc"_s);
    CHECK(enumValues<LegalBasis>().size() == 6);
    CHECK(enumValues<Art9Exception>().size() == 10);
    CHECK(enumValues<DataSubjectRight>().size() == 7);
    CHECK(enumValues<SecurityCategory>().size() == 4);
    CHECK(enumValues<SigningState>().size() == 5);
}

TEST_CASE("Labels are English without a translation loaded", "[domain][enum]")
{
    CHECK(enumLabel(LegalBasis::LegitimateInterests) == u"Legitimate interests"_s);
    CHECK(enumLabel(DataSubjectRight::Access) == u"Access"_s);
    CHECK(enumLabel(SigningState::Terminated) == u"Terminated"_s);
}

TEST_CASE("Labels are Dutch with the Dutch translation", "[domain][enum]")
{
    const pr::test::ScopedLanguage dutch("nl");
    CHECK(enumLabel(LegalBasis::LegitimateInterests) == u"Gerechtvaardigd belang"_s);
    CHECK(enumLabel(DataSubjectRight::Access) == u"Inzage"_s);
    CHECK(enumLabel(SigningState::Terminated) == u"Beëindigd"_s);
    CHECK(enumLabel(ProcessingRole::Controller) == u"Verwerkingsverantwoordelijke"_s);
    CHECK(enumLabel(EntityKind::Agreement) == u"Verwerkersovereenkomst"_s);
}

TEST_CASE("Each right names its article of the AVG", "[domain][enum]")
{
    CHECK(gdprArticle(DataSubjectRight::Access) == u"15"_s);
    CHECK(gdprArticle(DataSubjectRight::Rectification) == u"16"_s);
    CHECK(gdprArticle(DataSubjectRight::Erasure) == u"17"_s);
    CHECK(gdprArticle(DataSubjectRight::Restriction) == u"18"_s);
    CHECK(gdprArticle(DataSubjectRight::Portability) == u"20"_s);
    CHECK(gdprArticle(DataSubjectRight::Objection) == u"21"_s);
    CHECK(gdprArticle(DataSubjectRight::ConsentWithdrawal) == u"7(3)"_s);
}

TEST_CASE("Exactly the eight categories of art. 9(1) need an exception", "[domain][enum]")
{
    QStringList article9;
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        if (isArticle9(category)) {
            article9.append(enumCode(category));
        }
    }
    CHECK(article9 == QStringList{u"health"_s, u"ethnicity"_s, u"political-opinions"_s,
                                  u"religion"_s, u"trade-union"_s, u"genetic"_s, u"biometric"_s,
                                  u"sex-life"_s});
}

TEST_CASE("Special categories combine as flags", "[domain][enum]")
{
    SpecialCategories flags = SpecialCategory::Health | SpecialCategory::Children;
    CHECK(flags.testFlag(SpecialCategory::Health));
    CHECK(flags.testFlag(SpecialCategory::Children));
    CHECK_FALSE(flags.testFlag(SpecialCategory::Bsn));
    // Distinct bits, so no two categories can be confused in a stored set.
    quint32 all = 0;
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        const auto bit = static_cast<quint32>(category);
        CHECK((bit & (bit - 1)) == 0);
        CHECK((all & bit) == 0);
        all |= bit;
    }
}

TEST_CASE("Only answered, refused and withdrawn requests are closed", "[domain][enum]")
{
    CHECK_FALSE(isClosed(RequestStatus::Received));
    CHECK_FALSE(isClosed(RequestStatus::AwaitingIdentity));
    CHECK_FALSE(isClosed(RequestStatus::InProgress));
    CHECK(isClosed(RequestStatus::Answered));
    CHECK(isClosed(RequestStatus::Refused));
    CHECK(isClosed(RequestStatus::Withdrawn));
}
