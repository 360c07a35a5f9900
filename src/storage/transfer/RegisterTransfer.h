#pragma once

#include "core/json/RegisterDocument.h"
#include "storage/audit/AuditContext.h"

namespace pr::storage {

class SqliteDatabase;

// A whole register in and out of its JSON document (docs/json-format.md).
//
// Export writes every record in id order, with the audit trail. Import fills an EMPTY
// register (only the organisation profile from `init` may be there; it is replaced):
// - a document that carries an audit trail is restored as it was: its records keep their
//   ids, its trail is copied entry by entry and must verify, and nothing new is recorded —
//   so that export, import and export again give the same bytes;
// - a document without a trail (the demo register, a file written by hand) gets one insert
//   entry per record, stamped by AUDIT.
// The caller runs it inside Register::write(): any failure rolls the whole import back.
class RegisterTransfer {
public:
    static core::json::RegisterDocument exportDocument(const SqliteDatabase& db);
    // Throws RegisterError when the register is not empty or the document's trail is broken.
    static void importDocument(SqliteDatabase& db, const AuditContext& audit,
                               const core::json::RegisterDocument& document);
    // No records and no audit entries (the organisation profile does not count).
    static bool isEmpty(const SqliteDatabase& db);
};

} // namespace pr::storage
