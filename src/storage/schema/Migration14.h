#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 14: what the Autoriteit Persoonsgegevens' notification form asks of a breach.
// Its timeline (started, ended, ongoing), its kinds in the AP's terms, cause, who reported it
// within the firm, the special categories and the upper ends of the numbers, whether the data
// was unintelligible and how, the consequences for confidentiality, integrity and availability,
// the measures planned, the risk with its reasoning, other EU countries and authorities, the
// AP's contact person, how the people were told or on which ground not; and whether a report to
// the AP was final. Existing breaches keep their content; the new facts start unknown.
// Released migrations are never edited.
void applyMigration14(SqliteDatabase& db);

} // namespace pr::storage
