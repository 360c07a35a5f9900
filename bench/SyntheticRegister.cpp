#include "SyntheticRegister.h"

#include <QDate>
#include <QString>

#include <array>
#include <random>
#include <string_view>

namespace pr::bench {

namespace {
// Dutch words of the domain, so that the text compresses and sorts like the real thing
// (SQLite stores it as UTF-8 as it comes; page fill is what matters here).
constexpr std::array<std::string_view, 40> kWords = {
    "verzoek",
    "inzage",
    "persoonsgegevens",
    "verwerking",
    "klant",
    "medewerker",
    "afdeling",
    "bewaartermijn",
    "grondslag",
    "toestemming",
    "overeenkomst",
    "wettelijke",
    "verplichting",
    "beveiliging",
    "versleuteling",
    "leverancier",
    "subverwerker",
    "Amsterdam",
    "Utrecht",
    "Rotterdam",
    "straat",
    "laan",
    "plein",
    "gegevens",
    "correctie",
    "verwijdering",
    "bezwaar",
    "dataportabiliteit",
    "identiteit",
    "controle",
    "paspoort",
    "rijbewijs",
    "telefoon",
    "e-mail",
    "afgehandeld",
    "beoordeling",
    "termijn",
    "verlenging",
    "toelichting",
    "administratie",
};
constexpr std::array<std::string_view, 6> kRequestTypes = {
    "inzage", "rectificatie", "verwijdering", "beperking", "overdraagbaarheid", "bezwaar"};
constexpr std::array<std::string_view, 4> kChannels = {"e-mail", "telefoon", "post",
                                                       "webformulier"};
constexpr std::array<std::string_view, 4> kStatuses = {"received", "in_progress", "extended",
                                                       "closed"};
constexpr std::array<std::string_view, 6> kLegalBases = {
    "toestemming",   "overeenkomst",  "wettelijke plicht",
    "vitaal belang", "publieke taak", "gerechtvaardigd belang"};

class TextSource {
public:
    // Text of MIN to MAX characters made of words.
    QString text(int min, int max)
    {
        const auto length = static_cast<std::size_t>(between(min, max));
        std::string out;
        while (out.size() < length) {
            if (!out.empty()) {
                out += ' ';
            }
            out += pick(kWords);
        }
        out.resize(length);
        return QString::fromUtf8(out.data(), static_cast<qsizetype>(out.size()));
    }

    template <std::size_t N>
    QString choice(const std::array<std::string_view, N>& values)
    {
        const std::string_view value = pick(values);
        return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    }

    QString date(const QDate& from, int withinDays)
    {
        return from.addDays(between(0, withinDays)).toString(Qt::ISODate);
    }

    int between(int min, int max) { return std::uniform_int_distribution<int>(min, max)(m_random); }

private:
    template <std::size_t N>
    std::string_view pick(const std::array<std::string_view, N>& values)
    {
        return values[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
    }

    std::mt19937 m_random{20240115};
};

void createTables(storage::SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE IF NOT EXISTS bench_activity (
            id                INTEGER PRIMARY KEY,
            name              TEXT NOT NULL,
            purpose           TEXT NOT NULL,
            legal_basis       TEXT NOT NULL,
            data_categories   TEXT NOT NULL,
            data_subjects     TEXT NOT NULL,
            recipients        TEXT NOT NULL,
            retention         TEXT NOT NULL,
            transfers         TEXT NOT NULL,
            security_measures TEXT NOT NULL,
            owner             TEXT NOT NULL,
            created_on        TEXT NOT NULL,
            reviewed_on       TEXT,
            status            TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS bench_request (
            id              INTEGER PRIMARY KEY,
            activity_id     INTEGER REFERENCES bench_activity (id),
            reference       TEXT NOT NULL UNIQUE,
            request_type    TEXT NOT NULL,
            channel         TEXT NOT NULL,
            subject_name    TEXT NOT NULL,
            subject_email   TEXT NOT NULL,
            subject_address TEXT NOT NULL,
            description     TEXT NOT NULL,
            identity_check  TEXT NOT NULL,
            handled_by      TEXT NOT NULL,
            outcome_note    TEXT,
            received_on     TEXT NOT NULL,
            due_on          TEXT NOT NULL,
            closed_on       TEXT,
            status          TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS bench_request_by_status ON bench_request (status, due_on);
        CREATE INDEX IF NOT EXISTS bench_request_by_activity ON bench_request (activity_id);
    )sql");
}
} // namespace

void fillSyntheticRegister(storage::SqliteDatabase& db, RegisterSize size)
{
    createTables(db);
    TextSource source;
    const QDate start(2019, 1, 1);

    auto activity =
        db.prepare(u"INSERT INTO bench_activity (id, name, purpose, legal_basis, data_categories, "
                   u"data_subjects, recipients, retention, transfers, security_measures, owner, "
                   u"created_on, reviewed_on, status) "
                   u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (int id = 1; id <= size.activities; ++id) {
        activity.bind(1, id)
            .bind(2, source.text(20, 60))
            .bind(3, source.text(40, 80))
            .bind(4, source.choice(kLegalBases))
            .bind(5, source.text(40, 80))
            .bind(6, source.text(20, 50))
            .bind(7, source.text(20, 60))
            .bind(8, source.text(15, 40))
            .bind(9, source.text(10, 30))
            .bind(10, source.text(40, 80))
            .bind(11, source.text(10, 25))
            .bind(12, source.date(start, 1800))
            .bind(13, source.date(start.addYears(3), 700))
            .bind(14, QStringLiteral("active"))
            .run();
    }

    auto request = db.prepare(
        u"INSERT INTO bench_request (id, activity_id, reference, request_type, channel, "
        u"subject_name, subject_email, subject_address, description, identity_check, "
        u"handled_by, outcome_note, received_on, due_on, closed_on, status) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    for (int id = 1; id <= size.requests; ++id) {
        const QString status = source.choice(kStatuses);
        const bool closed = status == QLatin1String("closed");
        request.bind(1, id)
            .bind(2, source.between(1, size.activities))
            .bind(3, QStringLiteral("AVG-%1").arg(id, 8, 10, QLatin1Char('0')))
            .bind(4, source.choice(kRequestTypes))
            .bind(5, source.choice(kChannels))
            .bind(6, source.text(10, 30))
            .bind(7, source.text(20, 40))
            .bind(8, source.text(25, 60))
            .bind(9, source.text(40, 80))
            .bind(10, source.text(20, 50))
            .bind(11, source.text(10, 25))
            .bind(12, closed ? source.text(30, 80) : QString())
            .bind(13, source.date(start, 2000))
            .bind(14, source.date(start.addMonths(1), 2000))
            .bind(15, closed ? source.date(start.addMonths(1), 2000) : QString())
            .bind(16, status)
            .run();
    }
}

void closeOneRequest(storage::SqliteDatabase& db, int requestId)
{
    auto update =
        db.prepare(u"UPDATE bench_request SET status = 'closed', closed_on = ?2, "
                   u"outcome_note = 'Inzage verstrekt per beveiligde e-mail' WHERE id = ?1");
    update.bind(1, requestId).bind(2, QStringLiteral("2024-06-30")).run();
}

} // namespace pr::bench
