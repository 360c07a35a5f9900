// The English versions of the register's texts: which texts the English DPA shows and which of
// them are still in Dutch, recording a version as one audited change of the organisation.

#include "usecases/english/EnglishTexts.h"

#include "UseCaseFixture.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/OrganisationRepository.h"

using namespace Qt::StringLiterals;
using namespace pr;
using usecases::EnglishTextRow;
using usecases::EnglishTexts;

namespace {

std::optional<EnglishTextRow> rowFor(const QList<EnglishTextRow>& rows, const QString& dutch)
{
    for (const EnglishTextRow& row : rows) {
        if (row.dutch == dutch) {
            return row;
        }
    }
    return std::nullopt;
}

qint64 firstAgreementId(const storage::SqliteDatabase& db)
{
    return storage::AgreementRepository::all(db).front().id;
}

} // namespace

TEST_CASE("The demo register has an English version of every text its English DPAs show",
          "[usecases][english]")
{
    test::UseCaseFixture f;
    const QList<EnglishTextRow> rows = EnglishTexts::rows(*f.context);
    REQUIRE_FALSE(rows.isEmpty());
    for (const EnglishTextRow& row : rows) {
        INFO(row.dutch.toStdString());
        CHECK(row.source != core::EnglishSource::None);
        CHECK(row.inUse);
    }
    CHECK(rowFor(rows, u"Back-up en herstel"_s)->source == core::EnglishSource::Recorded);
    CHECK(rowFor(rows, u"NAW-gegevens"_s)->source == core::EnglishSource::Catalogue);
    // The firm's own processing is in no DPA.
    CHECK_FALSE(rowFor(rows, u"Personeelsadministratie"_s));
    for (const core::Agreement& agreement : storage::AgreementRepository::all(f.db())) {
        CHECK(EnglishTexts::withoutEnglish(*f.context, agreement.id).isEmpty());
        CHECK(EnglishTexts::warning(*f.context, agreement.id).isEmpty());
    }
}

TEST_CASE("Removing an English version puts the text back in Dutch, with a warning",
          "[usecases][english]")
{
    test::UseCaseFixture f;
    const qint64 agreementId = firstAgreementId(f.db());
    const usecases::ChangeResult removed =
        EnglishTexts::record(*f.context, u"back-up EN herstel"_s, QString());
    REQUIRE(removed.status == usecases::ChangeResult::Status::Saved);

    CHECK(EnglishTexts::withoutEnglish(*f.context, agreementId) ==
          QStringList{u"Back-up en herstel"_s});
    CHECK(EnglishTexts::warning(*f.context, agreementId).contains(u"\"Back-up en herstel\""_s));
    CHECK(rowFor(EnglishTexts::rows(*f.context), u"Back-up en herstel"_s)->source ==
          core::EnglishSource::None);

    // Saved means saved, and the change is in the trail as one of the organisation.
    const auto reopened = f.reopened();
    const auto organisation = storage::OrganisationRepository::find(reopened->database());
    REQUIRE(organisation);
    for (const core::EnglishText& text : organisation->englishTexts) {
        CHECK(text.dutch != u"Back-up en herstel"_s);
    }

    REQUIRE(EnglishTexts::record(*f.context, u"Back-up en herstel"_s, u" Backup and restore "_s)
                .status == usecases::ChangeResult::Status::Saved);
    CHECK(EnglishTexts::withoutEnglish(*f.context, agreementId).isEmpty());
    const auto row = rowFor(EnglishTexts::rows(*f.context), u"Back-up en herstel"_s);
    CHECK(row->english == u"Backup and restore"_s);
    CHECK(row->source == core::EnglishSource::Recorded);
}

TEST_CASE("A recorded version replaces the catalogue's; one no longer in use is listed apart",
          "[usecases][english]")
{
    test::UseCaseFixture f;
    REQUIRE(EnglishTexts::record(*f.context, u"NAW-gegevens"_s, u"Name, address, town"_s).status ==
            usecases::ChangeResult::Status::Saved);
    const auto naw = rowFor(EnglishTexts::rows(*f.context), u"NAW-gegevens"_s);
    CHECK(naw->english == u"Name, address, town"_s);
    CHECK(naw->source == core::EnglishSource::Recorded);

    REQUIRE(EnglishTexts::record(*f.context, u"Iets wat nergens staat"_s, u"Nothing"_s).status ==
            usecases::ChangeResult::Status::Saved);
    const QList<EnglishTextRow> rows = EnglishTexts::rows(*f.context);
    CHECK(rows.back() == EnglishTextRow{u"Iets wat nergens staat"_s, u"Nothing"_s,
                                        core::EnglishSource::Recorded, false});
}

TEST_CASE("withEnglish changes, adds and removes recorded versions", "[usecases][english]")
{
    core::Organisation organisation;
    organisation.englishTexts = {{u"Inzien"_s, u"Viewing"_s}};
    organisation = EnglishTexts::withEnglish(
        organisation, {{u"inzien"_s, u"Looking at"_s}, {u"Wissen"_s, u"Erasing"_s}});
    CHECK(organisation.englishTexts ==
          QList<core::EnglishText>{{u"Inzien"_s, u"Looking at"_s}, {u"Wissen"_s, u"Erasing"_s}});
    organisation = EnglishTexts::withEnglish(organisation, u"INZIEN"_s, u"  "_s);
    CHECK(organisation.englishTexts == QList<core::EnglishText>{{u"Wissen"_s, u"Erasing"_s}});
}
