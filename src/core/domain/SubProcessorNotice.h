#pragma once

#include "core/domain/ObjectionOutcome.h"
#include "core/domain/SubProcessorChange.h"

#include <QDate>
#include <QString>

namespace pr::core {

// The notice that told one client of a new or replacing sub-processor (art. 28(2) and (4)
// AVG, art. 9.2 of the firm's DPA), and the client's objection, if it made one. One record per
// client and change: each client's objection period comes from its own agreement.
struct SubProcessorNotice {
    qint64 id = 0;             // 0 = not yet stored
    qint64 subProcessorId = 0; // the sub-processor the notice announces
    qint64 clientId = 0;       // who was told
    qint64 agreementId = 0;    // the client's DPA whose art. 9.2 the notice follows
    SubProcessorChange change = SubProcessorChange::Added;
    QString replacedName; // Replaced: the sub-processor it takes over from
    QDate sentDate;       // when the notice was sent
    // The objection period of the agreement when the notice was sent
    // (Agreement::changeNoticeDays): kept with the notice, so that a later edit of the
    // agreement does not move a deadline the client was already given.
    int objectionDays = 30;
    QDate objectionDate;   // when the client objected; null = no objection (yet)
    QString objectionText; // the client's grounds, and what was agreed
    ObjectionOutcome outcome = ObjectionOutcome::Open; // only with an objection

    // The last day the client can object: the day the notice was sent plus the period. Null
    // when the notice has no sent date.
    QDate objectionDeadline() const
    {
        return sentDate.isValid() ? sentDate.addDays(objectionDays) : QDate();
    }
    bool hasObjection() const { return objectionDate.isValid(); }

    friend bool operator==(const SubProcessorNotice&, const SubProcessorNotice&) = default;
};

} // namespace pr::core
