#pragma once

#include "core/domain/EntityKind.h"
#include "core/domain/validation/ValidationIssue.h"
#include "storage/audit/AuditContext.h"
#include "usecases/records/EditRules.h"
#include "usecases/records/RegisterRules.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::usecases {

// One version of a record as an editor saved it: what RecordChanges stores, and what the
// desktop program's undo puts back. Made by an editor from the values in its form.
class RecordVersion {
public:
    virtual ~RecordVersion() = default;

    virtual core::EntityKind kind() const = 0;
    // The record's id; 0 for a new record until its first insert gave it one.
    virtual qint64 id() const = 0;
    // The record as the user knows it, for the undo menu: its name or title.
    virtual QString name() const = 0;
    // Every reason why this version cannot be stored as the new version of BEFORE (nullptr:
    // as a new record) on TODAY: the record's own validation and the rules of its kind
    // (EditRules).
    virtual QList<core::ValidationIssue> check(const RecordVersion* before, QDate today) const = 0;
    // Every reason why this version cannot be stored in the register DB as it is now: the
    // rules of its kind that read other records (RegisterRules). None by default.
    virtual QList<core::ValidationIssue>
    checkInRegister(const storage::SqliteDatabase& /*db*/) const
    {
        return {};
    }
    // Stores this version as new. The first insert takes the id the register gives it; every
    // later one (redo after undo) keeps that id, so that later steps still find the record.
    virtual void insert(storage::SqliteDatabase& db, const storage::AuditContext& audit) = 0;
    // Replaces the stored record of the same id with this version.
    virtual void update(storage::SqliteDatabase& db, const storage::AuditContext& audit) const = 0;
    // Deletes the record of this id.
    virtual void remove(storage::SqliteDatabase& db, const storage::AuditContext& audit) const = 0;
};

// The RecordVersion of a record of REPOSITORY's type; every repository has insert, update and
// remove of the same shape.
template <typename Repository, typename Record>
class RecordVersionOf final : public RecordVersion {
public:
    RecordVersionOf(core::EntityKind kind, Record record, QString name)
        : m_kind(kind)
        , m_record(std::move(record))
        , m_name(std::move(name))
    {}

    core::EntityKind kind() const override { return m_kind; }
    qint64 id() const override { return m_record.id; }
    QString name() const override { return m_name; }
    const Record& record() const { return m_record; }

    QList<core::ValidationIssue> check(const RecordVersion* before, QDate today) const override
    {
        const auto* stored = dynamic_cast<const RecordVersionOf*>(before);
        // validate() of RECORD's type, found by argument-dependent lookup where the template is
        // used: whoever makes a version of a record includes that record's validation.
        QList<core::ValidationIssue> issues = validate(m_record);
        issues += EditRules<Record>::check(stored != nullptr ? &stored->m_record : nullptr,
                                           m_record, today);
        return issues;
    }

    QList<core::ValidationIssue> checkInRegister(const storage::SqliteDatabase& db) const override
    {
        return RegisterRules<Record>::check(db, m_record);
    }

    void insert(storage::SqliteDatabase& db, const storage::AuditContext& audit) override
    {
        m_record.id = Repository::insert(db, audit, m_record);
    }
    void update(storage::SqliteDatabase& db, const storage::AuditContext& audit) const override
    {
        Repository::update(db, audit, m_record);
    }
    void remove(storage::SqliteDatabase& db, const storage::AuditContext& audit) const override
    {
        Repository::remove(db, audit, m_record.id);
    }

private:
    core::EntityKind m_kind;
    Record m_record;
    QString m_name;
};

} // namespace pr::usecases
