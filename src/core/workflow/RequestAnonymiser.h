#pragma once

#include "core/domain/DataSubjectRequest.h"

#include <QString>
#include <QStringList>

namespace pr::core {

// Removes who made a request and what was written about it, and keeps what the statistics and
// the proof of timely handling need: reference, right, channel, every date, the status (the
// outcome as answered, refused or withdrawn), whether it was extended and for which client.
//
// Blanked: the contact. Replaced by kRedacted: the name (validation wants a name or a contact)
// and every free text that is not empty: outcome, refusal reason, extension reason. Free text
// is where names, addresses and case details end up, so none of it is kept. A text that was
// required stays non-empty, so the record still validates and an export still imports.
//
// The audit trail has the old values in its history; storage redacts personalFields() there
// (storage::AuditTrail::redact, docs/security.md "Audit trail").
class RequestAnonymiser {
public:
    // Language-neutral on purpose: the same marker in every language, so that isAnonymised()
    // does not depend on the language the program ran in when the request was anonymised.
    static constexpr QStringView kRedacted = u"***";

    static DataSubjectRequest anonymised(const DataSubjectRequest& request);
    // The fields anonymised() can change, by their JSON names (core/json/DomainJson.h): the
    // ones whose history the audit trail must lose as well. The extension goes whole: its
    // reason is free text, and the trail keeps it as one value.
    static QStringList personalFields();
    // Whether REQUEST holds nothing anonymised() would remove.
    static bool isAnonymised(const DataSubjectRequest& request);
};

} // namespace pr::core
