#include "storage/repositories/ActivityClientScopes.h"

#include "storage/RegisterErrors.h"
#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

using core::ClientScope;
using core::ProcessingActivity;

namespace {

// The two list tables of a scope share one shape: (activity, client, position, category).
void writeTexts(SqliteDatabase& db, QStringView table, qint64 activityId, qint64 clientId,
                const QStringList& values)
{
    SqliteStatement insert = db.prepare(QStringLiteral("INSERT INTO %1 (activity_id, client_id, "
                                                       "position, category) "
                                                       "VALUES (?1, ?2, ?3, ?4)")
                                            .arg(table));
    for (qsizetype i = 0; i < values.size(); ++i) {
        insert.bind(1, integer(activityId))
            .bind(2, integer(clientId))
            .bind(3, integer(i))
            .bind(4, notNull(values[i]))
            .run();
    }
}

QStringList readTexts(const SqliteDatabase& db, QStringView table, qint64 activityId,
                      qint64 clientId)
{
    SqliteStatement select = db.prepare(QStringLiteral("SELECT category FROM %1 "
                                                       "WHERE activity_id = ?1 AND client_id = ?2 "
                                                       "ORDER BY position")
                                            .arg(table));
    select.bind(1, integer(activityId)).bind(2, integer(clientId));
    QStringList values;
    while (select.step()) {
        values << select.text(0);
    }
    return values;
}

void writeSpecialCategories(SqliteDatabase& db, qint64 activityId, const ClientScope& scope)
{
    const core::SpecialCategoryScope& special = *scope.specialCategories;
    // As for the activity's own: a ground for a category that is not flagged has no row to
    // live on; validation reports it before it gets here.
    for (auto it = special.art9Exceptions.cbegin(); it != special.art9Exceptions.cend(); ++it) {
        if (!special.categories.testFlag(it.key())) {
            throw DatabaseError(QStringLiteral("database error: an art. 9(2) exception for the "
                                               "category '%1', which is not flagged")
                                    .arg(core::enumCode(it.key())));
        }
    }
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO activity_client_special_category (activity_id, client_id, category,
                                                      art9_exception)
        VALUES (?1, ?2, ?3, ?4)
    )sql");
    for (const core::SpecialCategory category : core::enumValues<core::SpecialCategory>()) {
        if (!special.categories.testFlag(category)) {
            continue;
        }
        const auto exception = special.art9Exceptions.constFind(category);
        insert.bind(1, integer(activityId))
            .bind(2, integer(scope.clientId))
            .bind(3, core::enumCode(category))
            .bind(4, exception == special.art9Exceptions.cend()
                         ? std::optional<QString>()
                         : std::optional<QString>(core::enumCode(*exception)))
            .run();
    }
}

core::SpecialCategoryScope readSpecialCategories(const SqliteDatabase& db, qint64 activityId,
                                                 qint64 clientId, QString childrenSafeguards)
{
    core::SpecialCategoryScope special;
    special.childrenSafeguards = std::move(childrenSafeguards);
    SqliteStatement select = db.prepare(uR"sql(
        SELECT category, art9_exception FROM activity_client_special_category
        WHERE activity_id = ?1 AND client_id = ?2
    )sql");
    select.bind(1, integer(activityId)).bind(2, integer(clientId));
    while (select.step()) {
        const auto category = enumAt<core::SpecialCategory>(select, 0);
        special.categories |= category;
        if (const auto exception = optionalEnumAt<core::Art9Exception>(select, 1)) {
            special.art9Exceptions.insert(category, *exception);
        }
    }
    return special;
}

void insertScope(SqliteDatabase& db, qint64 activityId, const ClientScope& scope)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO activity_client_scope (activity_id, client_id, has_data_categories,
                                           has_special_categories, has_data_subject_categories,
                                           children_safeguards, retention_kind,
                                           retention_amount, retention_unit, retention_trigger,
                                           retention_description, retention_legal_basis)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
    )sql");
    const core::RetentionPeriod retention = scope.retention.value_or(core::RetentionPeriod{});
    insert.bind(1, integer(activityId))
        .bind(2, integer(scope.clientId))
        .bind(3, scope.dataCategories.has_value())
        .bind(4, scope.specialCategories.has_value())
        .bind(5, scope.dataSubjectCategories.has_value())
        .bind(6, notNull(scope.specialCategories ? scope.specialCategories->childrenSafeguards
                                                 : QString()))
        .bind(7, scope.retention ? std::optional<QString>(core::enumCode(retention.kind))
                                 : std::nullopt)
        .bind(8, retention.amount)
        .bind(9, core::enumCode(retention.unit))
        .bind(10, core::enumCode(retention.trigger))
        .bind(11, notNull(retention.description))
        .bind(12, notNull(retention.legalBasis))
        .run();
}

} // namespace

void writeClientScopes(SqliteDatabase& db, const ProcessingActivity& activity)
{
    // The lists go with their scopes (ON DELETE CASCADE).
    db.prepare(u"DELETE FROM activity_client_scope WHERE activity_id = ?1")
        .bind(1, integer(activity.id))
        .run();
    for (const ClientScope& scope : activity.clientScopes) {
        insertScope(db, activity.id, scope);
        if (scope.dataCategories) {
            writeTexts(db, u"activity_client_data_category", activity.id, scope.clientId,
                       *scope.dataCategories);
        }
        if (scope.specialCategories) {
            writeSpecialCategories(db, activity.id, scope);
        }
        if (scope.dataSubjectCategories) {
            writeTexts(db, u"activity_client_data_subject_category", activity.id, scope.clientId,
                       *scope.dataSubjectCategories);
        }
    }
}

void readClientScopes(const SqliteDatabase& db, ProcessingActivity& activity)
{
    SqliteStatement select = db.prepare(uR"sql(
        SELECT s.client_id, s.has_data_categories, s.has_special_categories,
               s.has_data_subject_categories, s.children_safeguards, s.retention_kind,
               s.retention_amount, s.retention_unit, s.retention_trigger,
               s.retention_description, s.retention_legal_basis
        FROM activity_client_scope s
        JOIN activity_client c ON c.activity_id = s.activity_id AND c.client_id = s.client_id
        WHERE s.activity_id = ?1
        ORDER BY c.position
    )sql");
    select.bind(1, integer(activity.id));
    while (select.step()) {
        ClientScope scope;
        scope.clientId = select.integer(0);
        if (select.integer(1) != 0) {
            scope.dataCategories =
                readTexts(db, u"activity_client_data_category", activity.id, scope.clientId);
        }
        if (select.integer(2) != 0) {
            scope.specialCategories =
                readSpecialCategories(db, activity.id, scope.clientId, select.text(4));
        }
        if (select.integer(3) != 0) {
            scope.dataSubjectCategories = readTexts(db, u"activity_client_data_subject_category",
                                                    activity.id, scope.clientId);
        }
        if (const auto kind = optionalEnumAt<core::RetentionKind>(select, 5)) {
            core::RetentionPeriod retention;
            retention.kind = *kind;
            retention.amount = static_cast<int>(select.integer(6));
            retention.unit = enumAt<core::RetentionUnit>(select, 7);
            retention.trigger = enumAt<core::RetentionTrigger>(select, 8);
            retention.description = select.text(9);
            retention.legalBasis = select.text(10);
            scope.retention = retention;
        }
        activity.clientScopes << scope;
    }
}

} // namespace pr::storage::detail
