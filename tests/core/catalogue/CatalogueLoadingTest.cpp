#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueSet.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

using namespace Qt::StringLiterals;
using namespace pr::core;

namespace {

QStringList pathsOf(const QList<CatalogueError>& errors)
{
    QStringList paths;
    for (const CatalogueError& error : errors) {
        paths.append(error.path);
    }
    return paths;
}

// Loads JSON that must be refused and returns the paths of its errors.
QStringList refusedPaths(const QByteArray& json)
{
    QList<CatalogueError> errors;
    const std::optional<Catalogue> catalogue = Catalogue::fromJson(json, errors);
    CHECK_FALSE(catalogue.has_value());
    for (const CatalogueError& error : errors) {
        UNSCOPED_INFO(error.toString().toStdString());
        CHECK_FALSE(error.message.isEmpty());
    }
    return pathsOf(errors);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

} // namespace

TEST_CASE("A small catalogue loads from JSON, a device and a file", "[catalogue]")
{
    const QByteArray json = R"({"format": 1, "kind": "operations", "entries": [
        {"id": "view", "title": "inzien", "titleEn": "viewing"},
        {"id": "delete", "title": "verwijderen", "description": "Wissen."}]})";
    QList<CatalogueError> errors;

    const std::optional<Catalogue> fromJson = Catalogue::fromJson(json, errors);
    REQUIRE(fromJson.has_value());
    CHECK(errors.isEmpty());
    CHECK(fromJson->kind() == CatalogueKind::Operations);
    CHECK(fromJson->entries() ==
          QList<CatalogueEntry>{
              {u"view"_s, u"inzien"_s, QString(), QString(), u"viewing"_s, QString()},
              {u"delete"_s, u"verwijderen"_s, u"Wissen."_s, QString(), QString(), QString()}});

    QBuffer buffer;
    buffer.setData(json);
    CHECK(Catalogue::load(buffer, errors) == fromJson);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"operations.json"_s);
    writeFile(path, json);
    CHECK(Catalogue::loadFromFile(path, errors) == fromJson);
    CHECK(errors.isEmpty());
}

TEST_CASE("Broken JSON is refused with its position", "[catalogue]")
{
    QList<CatalogueError> errors;
    CHECK_FALSE(Catalogue::fromJson("{\n  \"format\": 1,\n  \"kind\": }", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == u"$"_s);
    CHECK(errors[0].message.contains(u"line 3"_s));

    CHECK(refusedPaths("[1, 2]") == QStringList{u"$"_s});
    CHECK(refusedPaths("") == QStringList{u"$"_s});
}

TEST_CASE("Every problem in a catalogue is reported with its JSON path", "[catalogue]")
{
    SECTION("top level")
    {
        CHECK(refusedPaths(R"({"kind": "operations", "entries": [{"id": "a", "title": "b"}]})") ==
              QStringList{u"$.format"_s});
        CHECK(refusedPaths(R"({"format": 2, "kind": "operations",
                               "entries": [{"id": "a", "title": "b"}]})") ==
              QStringList{u"$.format"_s});
        CHECK(refusedPaths(R"({"format": 1, "kind": "recipes", "entries": []})") ==
              QStringList{u"$.kind"_s});
        CHECK(refusedPaths(R"({"format": 1, "kind": 7, "entries": []})") ==
              QStringList{u"$.kind"_s});
        CHECK(refusedPaths(R"({"format": 1, "kind": "operations"})") ==
              QStringList{u"$.entries"_s});
        CHECK(refusedPaths(R"({"format": 1, "kind": "operations", "entries": {}})") ==
              QStringList{u"$.entries"_s});
        CHECK(refusedPaths(R"({"format": 1, "kind": "operations", "entries": []})") ==
              QStringList{u"$.entries"_s});
        CHECK(refusedPaths(R"({"format": 1, "kind": "operations", "comment": "x",
                               "entries": [{"id": "a", "title": "b"}]})") ==
              QStringList{u"$.comment"_s});
    }
    SECTION("entries")
    {
        const QByteArray json = R"({"format": 1, "kind": "data-categories", "entries": [
            {"id": "ok", "title": "Goed"},
            "not an object",
            {"title": "Zonder id"},
            {"id": "Bad Id", "title": "Slechte id"},
            {"id": "ok", "title": "Dubbele id"},
            {"id": "no-title"},
            {"id": "blank-title", "title": "   "},
            {"id": "again", "title": "goed"},
            {"id": "number", "title": 12},
            {"id": "grouped", "title": "Groep", "group": "technical"},
            {"id": "typo", "title": "Tikfout", "descripton": "x"}
        ]})";
        CHECK(refusedPaths(json) ==
              QStringList{u"$.entries[1]"_s, u"$.entries[2].id"_s, u"$.entries[3].id"_s,
                          u"$.entries[4].id"_s, u"$.entries[5].title"_s, u"$.entries[6].title"_s,
                          u"$.entries[7].title"_s, u"$.entries[8].title"_s, u"$.entries[9].group"_s,
                          u"$.entries[10].descripton"_s});
    }
    SECTION("security measures need a known group and a description")
    {
        const QByteArray json = R"({"format": 1, "kind": "security-measures", "entries": [
            {"id": "a", "group": "technical", "title": "A", "description": "Goed."},
            {"id": "b", "group": "magical", "title": "B", "description": "Onbekende groep."},
            {"id": "c", "title": "C", "description": "Zonder groep."},
            {"id": "d", "group": "physical", "title": "D"}
        ]})";
        CHECK(refusedPaths(json) == QStringList{u"$.entries[1].group"_s, u"$.entries[2].group"_s,
                                                u"$.entries[3].description"_s});
    }
    SECTION("enum-bound lists must use and cover the enum's codes")
    {
        QByteArray json = R"({"format": 1, "kind": "art9-exceptions", "entries": [)";
        for (const char letter : std::string("abcdefghi")) {
            json += R"({"id": ")" + QByteArray(1, letter) + R"(", "title": "T)" +
                    QByteArray(1, letter) + R"(", "description": "D."},)";
        }
        json += R"({"id": "k", "title": "Tk", "description": "D."}]})";
        CHECK(refusedPaths(json) == QStringList{u"$.entries[9].id"_s, u"$.entries"_s});
    }
}

TEST_CASE("A file that cannot be read is reported with its name", "[catalogue]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"missing.json"_s);
    QList<CatalogueError> errors;
    CHECK_FALSE(Catalogue::loadFromFile(path, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == path);
    CHECK(errors[0].path == u"$"_s);
    CHECK(errors[0].toString().startsWith(path + u": $: "_s));

    const QString broken = dir.filePath(u"broken.json"_s);
    writeFile(broken, R"({"format": 1, "kind": "operations", "entries": [{"id": "x"}]})");
    errors.clear();
    CHECK_FALSE(Catalogue::loadFromFile(broken, errors));
    CHECK(pathsOf(errors) == QStringList{u"$.entries[0].title"_s});
    CHECK(errors[0].file == broken);
}

TEST_CASE("A catalogue set refuses a missing file or one of the wrong kind", "[catalogue]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir shipped(QStringLiteral(PR_SOURCE_DIR) + u"/resources/catalogues"_s);
    for (const CatalogueKind kind : enumValues<CatalogueKind>()) {
        REQUIRE(QFile::copy(shipped.filePath(Catalogue::fileName(kind)),
                            dir.filePath(Catalogue::fileName(kind))));
    }
    QList<CatalogueError> errors;
    REQUIRE(CatalogueSet::loadFromFolder(dir.path(), errors).has_value());
    REQUIRE(errors.isEmpty());

    // Staff roles copied over the operations file.
    const QString operations = dir.filePath(u"operations.json"_s);
    REQUIRE(QFile::remove(operations));
    REQUIRE(QFile::copy(dir.filePath(u"staff-roles.json"_s), operations));
    // And no data categories at all.
    REQUIRE(QFile::remove(dir.filePath(u"data-categories.json"_s)));
    CHECK_FALSE(CatalogueSet::loadFromFolder(dir.path(), errors).has_value());
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].file == dir.filePath(u"data-categories.json"_s));
    CHECK(errors[1].file == operations);
    CHECK(errors[1].path == u"$.kind"_s);
}
