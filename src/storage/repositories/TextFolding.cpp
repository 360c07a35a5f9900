#include "storage/repositories/TextFolding.h"

#include "storage/RegisterErrors.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <algorithm>
#include <mutex>
#include <set>

#include <sqlite3.h>

namespace pr::storage {

namespace {

// The connections pr_fold is registered on. SQLite calls the destructor of the function's
// data when the connection closes, which takes the connection out again, so a new connection
// that reuses the address is not mistaken for an old one.
std::mutex g_mutex;
std::set<sqlite3*> g_registered;

void forget(void* connection)
{
    const std::lock_guard lock(g_mutex);
    g_registered.erase(static_cast<sqlite3*>(connection));
}

void foldFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (text == nullptr) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded =
        TextFolding::fold(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text64(context, folded.constData(), static_cast<sqlite3_uint64>(folded.size()),
                          SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

QString TextFolding::fold(const QString& text)
{
    // Most of what is searched (references, e-mail addresses, most names) is ASCII, where
    // NFKD changes nothing, there are no marks, and case folding is A-Z to a-z. Taking that
    // short way takes a fifth off loading a long list (docs/performance.md).
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QString lower = text;
        for (QChar& c : lower) {
            if (c >= u'A' && c <= u'Z') {
                c = QChar(c.unicode() + (u'a' - u'A'));
            }
        }
        return lower;
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            bare.append(c);
        }
    }
    return bare.toCaseFolded();
}

void TextFolding::ensureRegistered(const SqliteDatabase& db)
{
    sqlite3* connection = db.handle();
    {
        const std::lock_guard lock(g_mutex);
        if (g_registered.contains(connection)) {
            return;
        }
    }
    // Not under the lock: a failed registration calls forget() at once.
    const int code = sqlite3_create_function_v2(
        connection, "pr_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, connection,
        foldFunction, nullptr, nullptr, forget);
    if (code != SQLITE_OK) {
        throw DatabaseError(QStringLiteral("database error %1: cannot register pr_fold").arg(code));
    }
    const std::lock_guard lock(g_mutex);
    g_registered.insert(connection);
}

} // namespace pr::storage
