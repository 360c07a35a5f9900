#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/AuditEntry.h"
#include "core/domain/Breach.h"
#include "core/domain/Client.h"
#include "core/domain/DataSubjectRequest.h"
#include "core/domain/Organisation.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"
#include "core/domain/SubProcessorNotice.h"
#include "core/json/JsonIssue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>

namespace pr::core::json {

// The format name, the version this program writes, and the oldest it reads. Version 2 added
// the salted digests of the audit trail's values (docs/json-format.md); a version 1 trail is
// chained anew on import (storage::AuditUpgrade). Version 3 added the PDF the firm signed
// (Agreement::firmSignedPdf), a field a reader of version 2 would refuse as unknown. Version 4
// added the fields of schema versions 7 to 12, listed in docs/json-format.md ("Format
// versions"); a reader of version 3 would refuse each of them as unknown. Version 5 added the
// fields of schema versions 13 and 14 (the English versions of the register's texts, and
// what the AP's breach notification form asks), listed there the same way.
inline constexpr char16_t kRegisterFormatName[] = u"privacyregister";
inline constexpr int kRegisterFormatVersion = 5;
inline constexpr int kOldestRegisterFormatVersion = 1;

// A whole register as one JSON document: the unit of export and import
// (docs/json-format.md, resources/schema/register.schema.json).
struct RegisterDocument {
    int formatVersion = kRegisterFormatVersion;
    Organisation organisation;
    QList<ProcessingActivity> activities;
    QList<SecurityMeasure> measures;
    QList<SubProcessor> subProcessors;
    QList<Client> clients;
    QList<Agreement> agreements;
    QList<DataSubjectRequest> requests;
    QList<Breach> breaches;
    QList<SubProcessorNotice> subProcessorNotices;
    QList<AuditEntry> audit;

    friend bool operator==(const RegisterDocument&, const RegisterDocument&) = default;
};

// The canonical document: "format", "formatVersion", the organisation and every list. Write it
// with QJsonDocument::Indented; the same register gives the same bytes.
QJsonDocument toJsonDocument(const RegisterDocument& document);

// Reads UTF8 into OUT and reports every problem into ISSUES: JSON syntax (with line and
// column), the format name and version, the form of every record (fromJson), ids unique per
// list, every reference resolved, and the domain validation of every record, each with its
// JSON path. Returns false when there is any issue: the caller then imports nothing.
bool parseRegisterDocument(const QByteArray& utf8, RegisterDocument& out, QList<JsonIssue>& issues);

} // namespace pr::core::json
