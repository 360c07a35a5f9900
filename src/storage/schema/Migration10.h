#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 10: the facts the letters to data subjects state. On a request: the reasonable
// doubt about the person's identity and what they are asked to provide (art. 12(6)), the legal
// ground of a refusal, how the copy of an access answer is provided (art. 15(3)), the
// recipients told of an erasure (art. 19) and the notes kept for the file, which no letter
// prints. On the organisation: after how many days back-ups are overwritten (what it says about
// automated decisions is a fact of the privacy statement, schema 11, which the access answer
// states too). Released migrations are never edited.
void applyMigration10(SqliteDatabase& db);

} // namespace pr::storage
