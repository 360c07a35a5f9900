#pragma once

#include "core/domain/EnglishText.h"

#include <QList>

namespace pr::storage {
class SqliteDatabase;
}

// The organisation's English versions of the register's texts: the rows of english_text
// (Migration13.cpp). Internal to OrganisationRepository.

namespace pr::storage::detail {

void writeEnglishTexts(SqliteDatabase& db, const QList<core::EnglishText>& texts);
QList<core::EnglishText> readEnglishTexts(const SqliteDatabase& db);

} // namespace pr::storage::detail
