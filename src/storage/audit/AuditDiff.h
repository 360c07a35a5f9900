#pragma once

#include "core/domain/FieldChange.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pr::storage {

// The fields in which two JSON forms of a record (core/json/DomainJson.h) differ, as the audit
// trail records them. An insert compares an empty object with the new record, a delete the
// old record with an empty object, so every entry has the same shape.
class AuditDiff {
public:
    // The top-level fields of BEFORE and AFTER whose text differs, in field-name order. "id" is
    // left out: the entry names the record already.
    static QList<core::FieldChange> changes(const QJsonObject& before, const QJsonObject& after);

    // A field's value as the trail shows it: text as it is, numbers and booleans as JSON
    // writes them, lists and nested blocks as compact JSON, and nothing (absent, null, "",
    // [] or {}) as "". Binary content (KEY names an image or a PDF) is shown by size and
    // SHA-256 instead of kilobytes of base64: enough to tell which file it was.
    static QString text(const QString& key, const QJsonValue& value);
};

} // namespace pr::storage
