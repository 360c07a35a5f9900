#include "storage/repositories/BreachReportParts.h"

#include "storage/repositories/ChildRows.h"
#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

using core::Breach;

namespace {

constexpr ChildTable kNatures{u"breach_nature", u"breach_id", u"nature"};
constexpr ChildTable kSpecialCategories{u"breach_special_category", u"breach_id", u"category"};

QStringList specialCodes(core::SpecialCategories flags)
{
    QStringList codes;
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (flags.testFlag(category)) {
            codes << core::enumCode(category);
        }
    }
    return codes;
}

template <core::CodedEnum E>
E valueOfCode(const QString& code)
{
    if (const std::optional<E> value = core::enumFromCode<E>(code)) {
        return *value;
    }
    throwUnknownCode(code);
}

} // namespace

void writeBreachReportParts(SqliteDatabase& db, const Breach& breach)
{
    db.prepare(uR"sql(
        UPDATE breach
        SET started_at = ?2, ended_at = ?3, ongoing = ?4, cause = ?5, internal_reporter = ?6,
            max_subject_count = ?7, max_record_count = ?8, unintelligible = ?9,
            protection = ?10, confidentiality_lost = ?11, integrity_lost = ?12,
            availability_lost = ?13, measures_planned = ?14, risk = ?15, risk_reasoning = ?16,
            other_eu_countries = ?17, other_eu_countries_detail = ?18, other_authorities = ?19,
            ap_contact_person = ?20, subjects_informed_how = ?21,
            subjects_not_informed_ground = ?22
        WHERE id = ?1
    )sql")
        .bind(1, integer(breach.id))
        .bind(2, instant(breach.startedAt))
        .bind(3, instant(breach.endedAt))
        .bind(4, breach.ongoing)
        .bind(5, notNull(breach.cause))
        .bind(6, notNull(breach.internalReporter))
        .bind(7, optionalInteger(breach.maxSubjectCount))
        .bind(8, optionalInteger(breach.maxRecordCount))
        .bind(9, breach.unintelligible)
        .bind(10, notNull(breach.protection))
        .bind(11, breach.confidentialityLost)
        .bind(12, breach.integrityLost)
        .bind(13, breach.availabilityLost)
        .bind(14, notNull(breach.measuresPlanned))
        .bind(15, optionalCode(breach.risk))
        .bind(16, notNull(breach.riskReasoning))
        .bind(17, breach.otherEuCountries)
        .bind(18, notNull(breach.otherEuCountriesDetail))
        .bind(19, notNull(breach.otherAuthorities))
        .bind(20, notNull(breach.apContactPerson))
        .bind(21, notNull(breach.subjectsInformedHow))
        .bind(22, optionalCode(breach.subjectsNotInformedGround))
        .run();
    QStringList natures;
    for (const core::BreachNature nature : breach.natures) {
        natures << core::enumCode(nature);
    }
    replaceTexts(db, kNatures, breach.id, natures);
    replaceTexts(db, kSpecialCategories, breach.id, specialCodes(breach.specialCategories));
}

void readBreachReportParts(const SqliteDatabase& db, Breach& breach)
{
    SqliteStatement row = db.prepare(uR"sql(
        SELECT started_at, ended_at, ongoing, cause, internal_reporter, max_subject_count,
               max_record_count, unintelligible, protection, confidentiality_lost,
               integrity_lost, availability_lost, measures_planned, risk, risk_reasoning,
               other_eu_countries, other_eu_countries_detail, other_authorities,
               ap_contact_person, subjects_informed_how, subjects_not_informed_ground
        FROM breach WHERE id = ?1
    )sql");
    row.bind(1, integer(breach.id));
    if (!row.step()) {
        return;
    }
    breach.startedAt = instantAt(row, 0);
    breach.endedAt = instantAt(row, 1);
    breach.ongoing = row.integer(2) != 0;
    breach.cause = row.text(3);
    breach.internalReporter = row.text(4);
    breach.maxSubjectCount = optionalIntegerAt(row, 5);
    breach.maxRecordCount = optionalIntegerAt(row, 6);
    breach.unintelligible = optionalBoolAt(row, 7);
    breach.protection = row.text(8);
    breach.confidentialityLost = row.integer(9) != 0;
    breach.integrityLost = row.integer(10) != 0;
    breach.availabilityLost = row.integer(11) != 0;
    breach.measuresPlanned = row.text(12);
    breach.risk = optionalEnumAt<core::BreachRisk>(row, 13);
    breach.riskReasoning = row.text(14);
    breach.otherEuCountries = row.integer(15) != 0;
    breach.otherEuCountriesDetail = row.text(16);
    breach.otherAuthorities = row.text(17);
    breach.apContactPerson = row.text(18);
    breach.subjectsInformedHow = row.text(19);
    breach.subjectsNotInformedGround = optionalEnumAt<core::NotInformedGround>(row, 20);
    breach.natures.clear();
    for (const QString& code : texts(db, kNatures, breach.id)) {
        breach.natures << valueOfCode<core::BreachNature>(code);
    }
    breach.specialCategories = {};
    for (const QString& code : texts(db, kSpecialCategories, breach.id)) {
        breach.specialCategories.setFlag(valueOfCode<core::SpecialCategory>(code));
    }
}

} // namespace pr::storage::detail
