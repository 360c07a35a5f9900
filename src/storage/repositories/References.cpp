#include "storage/repositories/References.h"

#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QCoreApplication>

namespace pr::storage::detail {

using core::EntityKind;

namespace {

// Runs SQL, which selects (id, name) with ?1 as the id it is about, into records of KIND.
QList<Referrer> records(const SqliteDatabase& db, EntityKind kind, QStringView sql, qint64 id)
{
    QList<Referrer> result;
    SqliteStatement select = db.prepare(sql);
    select.bind(1, integer(id));
    while (select.step()) {
        result << Referrer{kind, select.integer(0), select.text(1)};
    }
    return result;
}

// An agreement has no name of its own: people know it by its client and version.
QList<Referrer> agreements(const SqliteDatabase& db, QStringView sql, qint64 id)
{
    QList<Referrer> result;
    SqliteStatement select = db.prepare(sql);
    select.bind(1, integer(id));
    while (select.step()) {
        result << Referrer{EntityKind::Agreement, select.integer(0),
                           QCoreApplication::translate("Storage", "%1, version %2")
                               .arg(select.text(1), select.text(2))};
    }
    return result;
}

std::optional<Referrer> single(const QList<Referrer>& found)
{
    return found.isEmpty() ? std::nullopt : std::optional<Referrer>(found.first());
}

} // namespace

std::optional<Referrer> clientRecord(const SqliteDatabase& db, qint64 clientId)
{
    return single(records(db, EntityKind::Client,
                          u"SELECT id, legal_name FROM client WHERE id = ?1", clientId));
}

std::optional<Referrer> activityRecord(const SqliteDatabase& db, qint64 activityId)
{
    return single(records(db, EntityKind::ProcessingActivity,
                          u"SELECT id, name FROM processing_activity WHERE id = ?1", activityId));
}

QList<Referrer> agreementsOfClient(const SqliteDatabase& db, qint64 clientId)
{
    return agreements(db, uR"sql(
        SELECT a.id, c.legal_name, a.version
        FROM agreement a JOIN client c ON c.id = a.client_id
        WHERE a.client_id = ?1
        ORDER BY a.start_date, a.id
    )sql",
                      clientId);
}

QList<Referrer> activitiesForClient(const SqliteDatabase& db, qint64 clientId)
{
    return records(db, EntityKind::ProcessingActivity, uR"sql(
        SELECT p.id, p.name
        FROM activity_client l JOIN processing_activity p ON p.id = l.activity_id
        WHERE l.client_id = ?1
        ORDER BY p.name COLLATE NOCASE, p.id
    )sql",
                   clientId);
}

QList<Referrer> requestsForClient(const SqliteDatabase& db, qint64 clientId)
{
    return records(db, EntityKind::DataSubjectRequest, uR"sql(
        SELECT id, reference FROM data_subject_request
        WHERE client_id = ?1
        ORDER BY received_date, id
    )sql",
                   clientId);
}

QList<Referrer> breachesForClient(const SqliteDatabase& db, qint64 clientId)
{
    return records(db, EntityKind::Breach, uR"sql(
        SELECT id, reference FROM breach
        WHERE client_id = ?1
        ORDER BY discovered_at, id
    )sql",
                   clientId);
}

QList<Referrer> agreementsWithActivity(const SqliteDatabase& db, qint64 activityId)
{
    return agreements(db, uR"sql(
        SELECT a.id, c.legal_name, a.version
        FROM agreement_activity l
            JOIN agreement a ON a.id = l.agreement_id
            JOIN client c ON c.id = a.client_id
        WHERE l.activity_id = ?1
        ORDER BY c.legal_name COLLATE NOCASE, a.start_date, a.id
    )sql",
                      activityId);
}

QList<Referrer> subProcessorsForActivity(const SqliteDatabase& db, qint64 activityId)
{
    return records(db, EntityKind::SubProcessor, uR"sql(
        SELECT s.id, s.name
        FROM sub_processor_activity l JOIN sub_processor s ON s.id = l.sub_processor_id
        WHERE l.activity_id = ?1
        ORDER BY s.name COLLATE NOCASE, s.id
    )sql",
                   activityId);
}

} // namespace pr::storage::detail
