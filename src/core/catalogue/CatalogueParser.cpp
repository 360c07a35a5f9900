#include "core/catalogue/CatalogueParser.h"

#include "core/domain/Art9Exception.h"
#include "core/domain/SecurityCategory.h"
#include "core/domain/SpecialCategory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace pr::core {

namespace {

// The ids that a catalogue of KIND must use, when they are fixed by an enum: every one of them
// exactly once, so that the program can find the text for each value. Empty for free lists.
QStringList fixedIds(CatalogueKind kind)
{
    QStringList ids;
    if (kind == CatalogueKind::SpecialCategories) {
        for (const SpecialCategory value : enumValues<SpecialCategory>()) {
            ids.append(enumCode(value));
        }
    } else if (kind == CatalogueKind::Art9Exceptions) {
        for (const Art9Exception value : enumValues<Art9Exception>()) {
            ids.append(enumCode(value));
        }
    }
    return ids;
}

// Lists whose items need their one-sentence explanation, as the user picks from them by
// meaning rather than by a familiar name.
bool needsDescription(CatalogueKind kind)
{
    return kind == CatalogueKind::SecurityMeasures || kind == CatalogueKind::SpecialCategories ||
           kind == CatalogueKind::Art9Exceptions;
}

class Parser {
public:
    explicit Parser(QList<CatalogueError>& errors)
        : m_errors(errors)
    {}

    std::optional<Catalogue> parse(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            reportSyntax(json, parseError);
            return std::nullopt;
        }
        if (!document.isObject()) {
            report(QStringLiteral("$"),
                   QCoreApplication::translate(
                       "Catalogue", "Expected an object with format, kind and entries."));
            return std::nullopt;
        }
        const qsizetype errorsBefore = m_errors.size();
        const QJsonObject root = document.object();
        reportUnknownKeys(
            root, {QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("entries")},
            QStringLiteral("$"));
        checkFormat(root.value(QStringLiteral("format")));
        const std::optional<CatalogueKind> kind = readKind(root.value(QStringLiteral("kind")));
        QList<CatalogueEntry> entries;
        if (kind) {
            entries = readEntries(*kind, root.value(QStringLiteral("entries")));
        }
        if (m_errors.size() != errorsBefore || !kind) {
            return std::nullopt;
        }
        return Catalogue(*kind, entries);
    }

private:
    void report(const QString& path, const QString& message)
    {
        m_errors.append(CatalogueError{QString(), path, message});
    }

    void reportSyntax(const QByteArray& json, const QJsonParseError& parseError)
    {
        // Line and column of the offset, counted as an editor counts them (from 1).
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        report(QStringLiteral("$"),
               QCoreApplication::translate("Catalogue", "Not valid JSON at line %1, column %2: %3")
                   .arg(line)
                   .arg(column)
                   .arg(parseError.errorString()));
    }

    void reportUnknownKeys(const QJsonObject& object, const QStringList& known, const QString& path)
    {
        // Reported rather than ignored: a misspelt "descripton" would otherwise vanish.
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                report(path + u'.' + it.key(),
                       QCoreApplication::translate("Catalogue", "Unknown field."));
            }
        }
    }

    void checkFormat(const QJsonValue& value)
    {
        const QString path = QStringLiteral("$.format");
        if (value.isUndefined()) {
            report(path, QCoreApplication::translate("Catalogue", "Missing."));
        } else if (!value.isDouble() || value.toDouble() != CatalogueParser::kFormatVersion) {
            report(path,
                   QCoreApplication::translate(
                       "Catalogue", "Unsupported format version; this program reads version %1.")
                       .arg(CatalogueParser::kFormatVersion));
        }
    }

    std::optional<CatalogueKind> readKind(const QJsonValue& value)
    {
        const QString path = QStringLiteral("$.kind");
        if (!value.isString()) {
            report(path, value.isUndefined()
                             ? QCoreApplication::translate("Catalogue", "Missing.")
                             : QCoreApplication::translate("Catalogue", "Expected a string."));
            return std::nullopt;
        }
        const std::optional<CatalogueKind> kind = enumFromCode<CatalogueKind>(value.toString());
        if (!kind) {
            report(path, QCoreApplication::translate("Catalogue", "Unknown catalogue kind \"%1\".")
                             .arg(value.toString()));
        }
        return kind;
    }

    QList<CatalogueEntry> readEntries(CatalogueKind kind, const QJsonValue& value)
    {
        const QString path = QStringLiteral("$.entries");
        if (!value.isArray()) {
            report(path, value.isUndefined()
                             ? QCoreApplication::translate("Catalogue", "Missing.")
                             : QCoreApplication::translate("Catalogue", "Expected an array."));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            report(path, QCoreApplication::translate("Catalogue",
                                                     "A catalogue needs at least one entry."));
            return {};
        }
        QList<CatalogueEntry> entries;
        QSet<QString> ids;
        QSet<QString> titles;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            if (!array[i].isObject()) {
                report(itemPath, QCoreApplication::translate("Catalogue", "Expected an object."));
                continue;
            }
            CatalogueEntry entry = readEntry(kind, array[i].toObject(), itemPath);
            if (!entry.id.isEmpty()) {
                if (ids.contains(entry.id)) {
                    report(itemPath + QStringLiteral(".id"),
                           QCoreApplication::translate("Catalogue", "Duplicate id."));
                }
                ids.insert(entry.id);
            }
            const QString titleKey = entry.title.trimmed().toCaseFolded();
            if (!titleKey.isEmpty()) {
                if (titles.contains(titleKey)) {
                    report(itemPath + QStringLiteral(".title"),
                           QCoreApplication::translate("Catalogue", "Duplicate title."));
                }
                titles.insert(titleKey);
            }
            entries.append(entry);
        }
        for (const QString& id : fixedIds(kind)) {
            if (!ids.contains(id)) {
                report(path,
                       QCoreApplication::translate("Catalogue", "Missing the entry with id \"%1\".")
                           .arg(id));
            }
        }
        return entries;
    }

    CatalogueEntry readEntry(CatalogueKind kind, const QJsonObject& object, const QString& path)
    {
        const bool grouped = kind == CatalogueKind::SecurityMeasures;
        QStringList known{QStringLiteral("id"), QStringLiteral("title"),
                          QStringLiteral("description"), QStringLiteral("titleEn"),
                          QStringLiteral("descriptionEn")};
        if (grouped) {
            known.append(QStringLiteral("group"));
        }
        reportUnknownKeys(object, known, path);

        CatalogueEntry entry;
        entry.id = readText(object, QStringLiteral("id"), path, true);
        entry.title = readText(object, QStringLiteral("title"), path, true);
        entry.description =
            readText(object, QStringLiteral("description"), path, needsDescription(kind));
        entry.titleEn = readText(object, QStringLiteral("titleEn"), path, false);
        entry.descriptionEn = readText(object, QStringLiteral("descriptionEn"), path, false);
        if (grouped) {
            entry.group = readText(object, QStringLiteral("group"), path, true);
        }
        checkId(kind, entry.id, path + QStringLiteral(".id"));
        if (grouped && !entry.group.isEmpty() && !enumFromCode<SecurityCategory>(entry.group)) {
            report(path + QStringLiteral(".group"),
                   QCoreApplication::translate("Catalogue", "Unknown security category \"%1\".")
                       .arg(entry.group));
        }
        return entry;
    }

    void checkId(CatalogueKind kind, const QString& id, const QString& path)
    {
        if (id.isEmpty()) {
            return;
        }
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!pattern.match(id).hasMatch()) {
            report(path, QCoreApplication::translate(
                             "Catalogue", "Use lower-case letters and digits joined by hyphens."));
            return;
        }
        const QStringList fixed = fixedIds(kind);
        if (!fixed.isEmpty() && !fixed.contains(id)) {
            report(path, QCoreApplication::translate("Catalogue", "Not one of: %1.")
                             .arg(fixed.join(QStringLiteral(", "))));
        }
    }

    // The trimmed text of KEY in OBJECT; empty (and reported) when it is required and missing
    // or blank, or when it is not a string.
    QString readText(const QJsonObject& object, const QString& key, const QString& path,
                     bool required)
    {
        const QString fieldPath = path + u'.' + key;
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required) {
                report(fieldPath, QCoreApplication::translate("Catalogue", "Missing."));
            }
            return {};
        }
        if (!value.isString()) {
            report(fieldPath, QCoreApplication::translate("Catalogue", "Expected a string."));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty()) {
            report(fieldPath, QCoreApplication::translate("Catalogue", "Empty."));
        }
        return text;
    }

    QList<CatalogueError>& m_errors;
};

} // namespace

std::optional<Catalogue> CatalogueParser::parse(const QByteArray& json,
                                                QList<CatalogueError>& errors)
{
    return Parser(errors).parse(json);
}

} // namespace pr::core
