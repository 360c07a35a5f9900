#include "storage/repositories/EnglishTextRows.h"

#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

void writeEnglishTexts(SqliteDatabase& db, const QList<core::EnglishText>& texts)
{
    db.exec(u"DELETE FROM english_text");
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO english_text (position, dutch, english) VALUES (?1, ?2, ?3)
    )sql");
    for (qsizetype i = 0; i < texts.size(); ++i) {
        insert.bind(1, integer(i))
            .bind(2, notNull(texts[i].dutch))
            .bind(3, notNull(texts[i].english))
            .run();
    }
}

QList<core::EnglishText> readEnglishTexts(const SqliteDatabase& db)
{
    QList<core::EnglishText> texts;
    SqliteStatement rows = db.prepare(u"SELECT dutch, english FROM english_text ORDER BY position");
    while (rows.step()) {
        texts << core::EnglishText{rows.text(0), rows.text(1)};
    }
    return texts;
}

} // namespace pr::storage::detail
