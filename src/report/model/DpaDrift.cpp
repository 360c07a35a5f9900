#include "report/model/DpaDrift.h"

#include "core/domain/SignedVersion.h"
#include "report/model/DocumentContext.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/DpaContent.h"
#include "report/model/DpaModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

constexpr qsizetype kLongestValue = 60;

// The names of the DPA's parts and of the fields that are common enough to deserve one; any
// other field is named by its key, split into words ("returnDeletionDays": "return deletion
// days"), so that a part the view model gains later is still reported.
QString knownLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {u"activities"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Processing activities")},
        {u"measureGroups"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Security measures")},
        {u"measures"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "measures")},
        {u"subProcessors"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Sub-processors")},
        {u"agreement"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Agreement terms")},
        {u"firm"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Our details")},
        {u"client"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "The client's details")},
        {u"transfers"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Transfers outside the EEA")},
        {u"activityNames"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Names of the processing activities")},
        {u"purposes"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Purposes")},
        {u"dataCategories"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Categories of personal data")},
        {u"dataSubjectCategories"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "Categories of data subjects")},
        {u"specialCategories"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "special categories")},
        {u"version"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "version")},
        {u"startDate"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "start date")},
        {u"endDate"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "end date")},
        {u"durationMonths"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "duration in months")},
        {u"breachNotificationHours"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "hours to report a breach")},
        {u"auditIntervalMonths"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "months between audits")},
        {u"liabilityCap"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "liability")},
        {u"amount"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "amount")},
        {u"changeNoticeDays"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "days of notice for changes")},
        {u"processingLocation"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "where the data is processed")},
        {u"returnDeletionDays"_s,
         QT_TRANSLATE_NOOP("pr::report::DpaDrift", "days to return or delete the data")},
        {u"name"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "name")},
        {u"title"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "title")},
        {u"description"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "description")},
        {u"status"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "status")},
        {u"service"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "service")},
        {u"country"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "country")},
        {u"dataLocation"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "location of the data")},
        {u"safeguard"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "safeguard")},
        {u"retention"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "retention")},
        {u"legalBasis"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "legal basis")},
        {u"address"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "address")},
        {u"representative"_s, QT_TRANSLATE_NOOP("pr::report::DpaDrift", "representative")},
    };
    const auto found = labels.constFind(key);
    return found == labels.cend() ? QString()
                                  : QCoreApplication::translate("pr::report::DpaDrift", *found);
}

QString label(const QString& key)
{
    const QString known = knownLabel(key);
    if (!known.isEmpty()) {
        return known;
    }
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty()) {
            words += u' ';
        }
        words += c.toLower();
    }
    return words;
}

QString join(const QString& where, const QString& part)
{
    return where.isEmpty() ? part : where + u" › "_s + part;
}

QString quoted(const QString& text)
{
    return u"“"_s + text + u"”"_s;
}

QString valueText(const QJsonValue& value)
{
    QString text;
    if (value.isBool()) {
        text = value.toBool() ? DpaDrift::tr("yes") : DpaDrift::tr("no");
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble());
    } else if (value.isString()) {
        text = value.toString().simplified();
    } else if (value.isArray() || value.isObject()) {
        text =
            value.isArray()
                ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (text.isEmpty()) {
        return DpaDrift::tr("(empty)");
    }
    if (text.size() > kLongestValue) {
        text = text.left(kLongestValue - 1) + u'…';
    }
    return quoted(text);
}

// What names a record in a list: its name or title as the DPA prints it, else its first text
// (a group of measures: its category), else the whole record.
QString identity(const QJsonValue& item)
{
    const QJsonObject object = item.toObject();
    for (const QString& key : {u"name"_s, u"title"_s, u"label"_s}) {
        const QString text = object.value(key).toString().simplified();
        if (!text.isEmpty()) {
            return text;
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString text = it.value().toString().simplified();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The keys of two records whose values differ, without those that only follow from another
// one that differs too: the has* and other yes/no flags when a value changed, and the
// "…Text" form of a list that changed.
QStringList changedKeys(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys();
    for (const QString& key : after.keys()) {
        if (!before.contains(key)) {
            keys << key;
        }
    }
    keys.sort();
    QStringList changed;
    for (const QString& key : keys) {
        if (before.value(key) != after.value(key)) {
            changed << key;
        }
    }
    const bool valueChanged = std::any_of(changed.cbegin(), changed.cend(), [&](const QString& k) {
        return !before.value(k).isBool() && !after.value(k).isBool();
    });
    QStringList kept;
    for (const QString& key : changed) {
        const bool flag = before.value(key).isBool() || after.value(key).isBool();
        if (flag && (valueChanged || key.startsWith(u"has"_s))) {
            continue;
        }
        if (key.endsWith(u"Text"_s) && changed.contains(key.chopped(4))) {
            continue;
        }
        kept << key;
    }
    return kept;
}

void compareValues(const QString& where, const QJsonValue& before, const QJsonValue& after,
                   QStringList& out);

void compareObjects(const QString& where, const QJsonObject& before, const QJsonObject& after,
                    QStringList& out)
{
    for (const QString& key : changedKeys(before, after)) {
        compareValues(join(where, label(key)), before.value(key), after.value(key), out);
    }
}

// A record that is in both lists but differs: one line with the fields that changed, and the
// lists inside it (the measures of a group) compared in turn.
void compareRecord(const QString& where, const QJsonObject& before, const QJsonObject& after,
                   QStringList& out)
{
    QStringList fields;
    for (const QString& key : changedKeys(before, after)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if ((a.isArray() && b.isArray() && !a.toArray().isEmpty() &&
             a.toArray().first().isObject()) ||
            (a.isObject() && b.isObject())) {
            compareValues(join(where, label(key)), a, b, out);
        } else {
            fields << label(key);
        }
    }
    if (!fields.isEmpty()) {
        out << DpaDrift::tr("%1: changed (%2)").arg(where, fields.join(u", "_s));
    }
}

void compareLists(const QString& where, const QJsonArray& before, const QJsonArray& after,
                  QStringList& out)
{
    const auto hasRecords = [](const QJsonArray& array) {
        return std::any_of(array.cbegin(), array.cend(),
                           [](const QJsonValue& item) { return item.isObject(); });
    };
    if (hasRecords(before) || hasRecords(after)) {
        QHash<QString, QJsonObject> old;
        QStringList oldOrder;
        for (const QJsonValue& item : before) {
            old.insert(identity(item), item.toObject());
            oldOrder << identity(item);
        }
        QSet<QString> seen;
        for (const QJsonValue& item : after) {
            const QString id = identity(item);
            seen.insert(id);
            if (!old.contains(id)) {
                out << DpaDrift::tr("%1: %2 added").arg(where, quoted(id));
            } else if (old.value(id) != item.toObject()) {
                compareRecord(join(where, quoted(id)), old.value(id), item.toObject(), out);
            }
        }
        for (const QString& id : oldOrder) {
            if (!seen.contains(id)) {
                out << DpaDrift::tr("%1: %2 removed").arg(where, quoted(id));
            }
        }
        return;
    }
    QStringList added;
    QStringList removed;
    for (const QJsonValue& item : after) {
        if (!before.contains(item)) {
            added << valueText(item);
        }
    }
    for (const QJsonValue& item : before) {
        if (!after.contains(item)) {
            removed << valueText(item);
        }
    }
    if (!added.isEmpty()) {
        out << DpaDrift::tr("%1: added %2").arg(where, added.join(u", "_s));
    }
    if (!removed.isEmpty()) {
        out << DpaDrift::tr("%1: removed %2").arg(where, removed.join(u", "_s));
    }
    if (added.isEmpty() && removed.isEmpty()) {
        out << DpaDrift::tr("%1: order changed").arg(where);
    }
}

void compareValues(const QString& where, const QJsonValue& before, const QJsonValue& after,
                   QStringList& out)
{
    if (before.isObject() && after.isObject()) {
        compareObjects(where, before.toObject(), after.toObject(), out);
    } else if (before.isArray() && after.isArray()) {
        compareLists(where, before.toArray(), after.toArray(), out);
    } else {
        out << DpaDrift::tr("%1: %2 → %3").arg(where, valueText(before), valueText(after));
    }
}

} // namespace

QByteArray DpaDrift::currentContent(const storage::SqliteDatabase& db,
                                    const core::Agreement& agreement, const QString& language)
{
    const DocumentLanguage& documentLanguage = DocumentLanguage::forCode(language);
    // The document block is not kept, so the day it would be made on does not matter.
    const QVariantMap model =
        DpaModel::build(db, agreement.clientId, agreement.id, DocumentContext{}, documentLanguage);
    return DpaContent::of(model, documentLanguage.code());
}

DpaDrift DpaDrift::compare(const QByteArray& signedContent, const QByteArray& current)
{
    DpaDrift drift;
    const QJsonObject before = DpaContent::contentOf(signedContent);
    if (before.isEmpty()) {
        drift.status = Status::NotComparable;
        return drift;
    }
    compareObjects(QString(), before, DpaContent::contentOf(current), drift.changes);
    drift.changes.removeDuplicates();
    drift.status = drift.changes.isEmpty() ? Status::Same : Status::Changed;
    return drift;
}

DpaDrift DpaDrift::check(const storage::SqliteDatabase& db, const core::Agreement& agreement)
{
    if (!core::SignedVersion::isSigned(agreement)) {
        return {};
    }
    if (agreement.signedContent.isEmpty()) {
        DpaDrift drift;
        drift.status = Status::NotComparable;
        return drift;
    }
    QString language = DpaContent::languageOf(agreement.signedContent);
    if (language.isEmpty()) {
        language = u"nl"_s;
    }
    return compare(agreement.signedContent, currentContent(db, agreement, language));
}

QString DpaDrift::warning() const
{
    return tr("Differs from the signed version: the register has changed since this agreement "
              "was signed, and a new render would say something else. Changed:") +
           u"\n• "_s + changes.join(u"\n• "_s);
}

QString DpaDrift::summary() const
{
    switch (status) {
    case Status::NotSigned:
        return tr("Not signed: there is no signed version to compare with.");
    case Status::Same:
        return tr("The register still makes the agreement that was signed.");
    case Status::Changed:
        return tr("Differs from the signed version (%n change(s)).", nullptr,
                  static_cast<int>(changes.size()));
    case Status::NotComparable:
        return tr("Cannot be compared with the signed version: the register did not yet keep "
                  "what the agreement said when it was signed.");
    }
    return {};
}

} // namespace pr::report
