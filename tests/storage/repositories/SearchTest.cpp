#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "storage/repositories/TextFolding.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;

namespace {

template <typename Record>
QList<qint64> idsOf(const QList<Record>& records)
{
    QList<qint64> ids;
    for (const Record& record : records) {
        ids << record.id;
    }
    return ids;
}

} // namespace

TEST_CASE("Folding drops case, accents and compatibility forms", "[search]")
{
    CHECK(TextFolding::fold(QStringLiteral("Béhéer")) == QStringLiteral("beheer"));
    CHECK(TextFolding::fold(QStringLiteral("BÉHÉER")) == QStringLiteral("beheer"));
    CHECK(TextFolding::fold(QStringLiteral("Ømer Çelik")) == QStringLiteral("ømer celik"));
    CHECK(TextFolding::fold(QStringLiteral("Patiënten")) == QStringLiteral("patienten"));
    CHECK(TextFolding::fold(QStringLiteral("ﬁets")) == QStringLiteral("fiets"));
    // Composed and decomposed forms of the same letter fold alike.
    CHECK(TextFolding::fold(QStringLiteral("e\u0301")) == TextFolding::fold(QStringLiteral("é")));
}

TEST_CASE("ASCII text takes a short way to the same folding", "[search]")
{
    CHECK(TextFolding::fold(QStringLiteral("VZ-2026-01 Jansen@Example.NL [x]")) ==
          QStringLiteral("vz-2026-01 jansen@example.nl [x]"));
    CHECK(TextFolding::fold(QString()).isEmpty());
    // Every ASCII character folds as the full way (NFKD, no marks, case folding) folds it.
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString one(QChar{c});
        INFO("U+" << int(c));
        CHECK(TextFolding::fold(one) ==
              one.normalized(QString::NormalizationForm_KD).toCaseFolded());
    }
}

TEST_CASE("Search ignores case and accents: beheer finds Beheer and béhéer", "[search]")
{
    RepositoryFixture f;
    const auto activity = [&f](const QString& name) {
        return ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity({}, name));
    };
    const qint64 upper = activity(QStringLiteral("Beheer van werkplekken"));
    const qint64 accented = activity(QStringLiteral("Netwerk-béhéer"));
    activity(QStringLiteral("Hosting"));

    CHECK(idsOf(ActivityRepository::search(f.db, QStringLiteral("beheer"))) ==
          QList<qint64>{upper, accented});
    CHECK(idsOf(ActivityRepository::search(f.db, QStringLiteral("BÉHEER"))) ==
          QList<qint64>{upper, accented});
    CHECK(ActivityRepository::search(f.db, QStringLiteral("onderhoud")).isEmpty());
    // An empty search is the whole list.
    CHECK(ActivityRepository::search(f.db, QStringLiteral("  ")).size() == 3);
}

TEST_CASE("Activities are also found by their lists", "[search]")
{
    RepositoryFixture f;
    const qint64 id = ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity());
    for (const char* text : {"herstel", "nAw-gegevens", "patienten", "ACCOUNTANT"}) {
        INFO(text);
        CHECK(idsOf(ActivityRepository::search(f.db, QString::fromUtf8(text))) ==
              QList<qint64>{id});
    }
}

TEST_CASE("Every repository searches without case and accents", "[search]")
{
    RepositoryFixture f;
    Client client = pr::test::sampleClient(QStringLiteral("Café De Zwaan"));
    client.id = ClientRepository::insert(f.db, f.audit, client);
    ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Bakkerij")));
    CHECK(idsOf(ClientRepository::search(f.db, QStringLiteral("cafe de"))) ==
          QList<qint64>{client.id});

    const qint64 measure = SecurityMeasureRepository::insert(
        f.db, f.audit, pr::test::sampleMeasure(QStringLiteral("Versleutelde schijven")));
    CHECK(idsOf(SecurityMeasureRepository::search(f.db, QStringLiteral("VERSLEUTELDE"))) ==
          QList<qint64>{measure});

    const qint64 sub =
        SubProcessorRepository::insert(f.db, f.audit, pr::test::sampleSubProcessor());
    CHECK(idsOf(SubProcessorRepository::search(f.db, QStringLiteral("GRONINGEN"))) ==
          QList<qint64>{sub});

    const qint64 agreement =
        AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(client.id));
    CHECK(idsOf(AgreementRepository::search(f.db, QStringLiteral("zwaan"))) ==
          QList<qint64>{agreement});

    const qint64 request = RequestRepository::insert(f.db, f.audit, pr::test::sampleRequest());
    CHECK(idsOf(RequestRepository::search(f.db, QStringLiteral("celik"))) ==
          QList<qint64>{request});

    const qint64 breach = BreachRepository::insert(f.db, f.audit, pr::test::sampleBreach());
    CHECK(idsOf(BreachRepository::search(f.db, QStringLiteral("laptop"))) == QList<qint64>{breach});
    CHECK(BreachRepository::search(f.db, QStringLiteral("fiets")).isEmpty());
}

TEST_CASE("The folding function is registered once per connection and survives it", "[search]")
{
    // A new connection at possibly the same address must get the function again.
    for (int round = 0; round < 3; ++round) {
        RepositoryFixture f;
        ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
        CHECK(ClientRepository::search(f.db, QStringLiteral("ZUID")).size() == 1);
        CHECK(ClientRepository::search(f.db, QStringLiteral("zuid")).size() == 1);
    }
}
