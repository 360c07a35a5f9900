#pragma once

#include "core/domain/SubProcessor.h"
#include "core/domain/SubProcessorNotice.h"
#include "core/workflow/SubProcessorImpact.h"
#include "usecases/ChangeResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace pr::usecases {

class UseCaseContext;

// A sub-processor change reaching the clients (art. 28(2) and (4) AVG, art. 9.2 of the DPA):
// which clients a new, replacing or widened sub-processor touches, recording that each was
// sent its notice (with the objection period of its own agreement), and recording a client's
// objection and how it ended. Both front ends call these; the rules are here and in core
// (SubProcessorImpact, ObjectionPeriod, the notice's validation).
class SubProcessorNotices {
    Q_DECLARE_TR_FUNCTIONS(SubProcessorNotices)

public:
    // The clients whose agreements in force or being prepared hold an activity SUBPROCESSORID
    // serves, as the register stands today; empty for an unknown id.
    static QList<core::AffectedClient> affectedClients(const UseCaseContext& context,
                                                       qint64 subProcessorId);
    // After an edit of BEFORE into AFTER: the clients of the activities it newly serves.
    static QList<core::AffectedClient> affectedByChange(const UseCaseContext& context,
                                                        const core::SubProcessor& before,
                                                        const core::SubProcessor& after);

    // That the notice about SUBPROCESSORID was sent to CLIENTID on SENTDATE. The notice follows
    // the client's agreement that the sub-processor touches and takes its objection period
    // (Agreement::changeNoticeDays). Refused for a client the sub-processor does not touch,
    // a date after today, or what the notice's validation refuses.
    struct Sending {
        qint64 subProcessorId = 0;
        qint64 clientId = 0;
        QDate sentDate;
        core::SubProcessorChange change = core::SubProcessorChange::Added;
        QString replacedName; // Replaced: the sub-processor it takes over from
    };
    static ChangeResult recordSent(const UseCaseContext& context, const Sending& sending);

    // The client's objection to notice NOTICEID: when it came, its grounds (and what was agreed),
    // and its outcome so far. Recording it again updates it, e.g. once the parties agree.
    // Refused for an objection after the period or after today, without grounds, or for an
    // unknown notice.
    struct Objection {
        qint64 noticeId = 0;
        QDate date;
        QString text;
        core::ObjectionOutcome outcome = core::ObjectionOutcome::Open;
    };
    static ChangeResult recordObjection(const UseCaseContext& context, const Objection& objection);

    // The notices still open on TODAY (a period that runs, an objection without an outcome).
    static QList<core::SubProcessorNotice> open(const UseCaseContext& context);
};

} // namespace pr::usecases
